import { describe, expect, it } from 'vitest';
import { classifyCompany } from '../../../lib/extract/classify/derive';
import { classifyTitle } from '../../../lib/extract/classify/title';
import type { CompanySignals } from '../../../lib/signals/schema';

// Round 88: a software maker's page names its customers' trade; Baltic and Icelandic titles. Invented companies,
// places and wording throughout.
const fact = <T>(value: T) => ({
  value,
  source: 'site',
  layer: 'site' as const,
  url: 'https://www.example.com/',
  confidence: 0.85,
  observedAt: 1,
});

describe('Baltic, Finnish and Icelandic titles', () => {
  it('reads an Icelandic chief executive, finance chief and chair as c-level', () => {
    expect(classifyTitle('Fjármálastjóri')).toEqual({ seniority: 'c-level', department: 'finance' });
    expect(classifyTitle('Forstjóri')).toEqual({ seniority: 'c-level', department: 'executive' });
    expect(classifyTitle('Framkvæmdastjóri')).toEqual({ seniority: 'c-level', department: 'executive' });
    expect(classifyTitle('Stjórnarformaður')).toEqual({ seniority: 'c-level', department: 'executive' });
  });

  it('reads any other Icelandic "-stjóri" as a manager of its function, and a deputy chief as a vp', () => {
    expect(classifyTitle('Sölustjóri')).toEqual({ seniority: 'manager', department: 'sales' });
    expect(classifyTitle('Framleiðslustjóri')).toEqual({ seniority: 'manager', department: 'operations' });
    expect(classifyTitle('Mannauðsstjóri')).toEqual({ seniority: 'manager', department: 'hr' });
    expect(classifyTitle('Aðstoðarforstjóri').seniority).toBe('vp');
    // Guard: "solutions" is no Icelandic sales word.
    expect(classifyTitle('Solutions Engineer').department).toBe('engineering');
  });

  it('reads the heads of production and finance in Estonian, Latvian and Lithuanian', () => {
    expect(classifyTitle('Tootmisjuht')).toEqual({ seniority: 'manager', department: 'operations' });
    expect(classifyTitle('Finantsjuht')).toEqual({ seniority: 'manager', department: 'finance' });
    expect(classifyTitle('Ražošanas vadītājs').department).toBe('operations');
    expect(classifyTitle('Gamybos vadovė').department).toBe('operations');
    expect(classifyTitle('Turundusjuht').department).toBe('marketing');
    expect(classifyTitle('Rinkodaros vadovas').department).toBe('marketing');
  });

  it('reads a chief accountant as the head of finance, and the Estonian tegevdirektor as the chief executive', () => {
    expect(classifyTitle('Pearaamatupidaja')).toEqual({ seniority: 'head', department: 'finance' });
    expect(classifyTitle('Galvenā grāmatvede')).toEqual({ seniority: 'head', department: 'finance' });
    expect(classifyTitle('Vyriausioji buhalterė')).toEqual({ seniority: 'head', department: 'finance' });
    expect(classifyTitle('Tegevdirektor')).toEqual({ seniority: 'c-level', department: 'executive' });
  });
});

describe("a directory's industry field that lists tags", () => {
  it('reads a list with the software form among its tags as software, not the trade it sells to', () => {
    const company = { name: fact('Acme'), industry: fact('Shipping, Analytics, SaaS') } as CompanySignals;
    classifyCompany(company);
    expect(company.industryGroup?.value).toBe('software');
    const semicolons = { name: fact('Acme'), industry: fact('Hospitals; B2B SaaS') } as CompanySignals;
    classifyCompany(semicolons);
    expect(semicolons.industryGroup?.value).toBe('software');
  });

  it('leaves a single stated industry and a list without the form as they were (guards)', () => {
    const single = { name: fact('Acme'), industry: fact('Logistics') } as CompanySignals;
    classifyCompany(single);
    expect(single.industryGroup?.value).toBe('transportation-logistics');
    const trades = { name: fact('Acme'), industry: fact('Freight, Logistics') } as CompanySignals;
    classifyCompany(trades);
    expect(trades.industryGroup?.value).toBe('transportation-logistics');
  });
});
