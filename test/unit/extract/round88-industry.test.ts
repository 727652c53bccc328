import { describe, expect, it } from 'vitest';
import { classifyTitle } from '../../../lib/extract/classify/title';

// Round 88: a software maker's page names its customers' trade; Baltic and Icelandic titles. Invented companies,
// places and wording throughout.

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
