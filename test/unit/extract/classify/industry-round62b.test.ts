import { describe, expect, it } from 'vitest';
import { industryGroup } from '../../../../lib/extract/classify/industry';
import { nameGroup } from '../../../../lib/extract/classify/page';
import { activityCodeGroup } from '../../../../lib/extract/text/activity-code';
import { foundedYear } from '../../../../lib/extract/text/founded';
import { statedIndustry } from '../../../../lib/extract/text/industry-row';

// Synthetic text only: the held-out pages are the measurement, never copied here.
const NOW = Date.UTC(2026, 0, 1);

describe("a Norwegian register's activity codes", () => {
  const register = [
    'Organisasjonsform',
    'Aksjeselskap',
    'Næringskode(r)',
    '33.140 Reparasjon av maskiner',
    '47.190 Detaljhandel med bredt vareutvalg',
    'Stiftelsesdato',
    '14.05.2004',
    'Registrert i Enhetsregisteret',
    '02.09.2005',
  ].join('\n');

  it('file the company by its first code', () => {
    expect(activityCodeGroup(register)).toBe('manufacturing');
  });

  it("state the first code's title as the industry", () => {
    expect(statedIndustry(register)).toBe('Reparasjon av maskiner');
  });

  it('date the founding, not the registration', () => {
    expect(foundedYear(register, NOW)?.year).toBe(2004);
  });
});

describe('a code before the title of a labelled industry row', () => {
  it('is left out of the industry', () => {
    expect(statedIndustry('Obor\t22.21 – Výroba plastových výrobků\nKraj\tVysočina')).toBe('Výroba plastových výrobků');
  });
});

describe('trade words of NACE titles in more languages', () => {
  it.each([
    ['Produzione macchine agricole', 'manufacturing'],
    ['Výroba dřevěných výrobků', 'manufacturing'],
    ['Przetwórstwo mleka', 'manufacturing'],
    ['Kälte- und Klimatechnik', 'real-estate-construction'],
    ['Suministros navales', 'transportation-logistics'],
    ['Schrijnwerkerij', 'real-estate-construction'],
    ['Havne- og miljørådgivning', 'professional-services'],
  ])('%s is %s', (label, group) => {
    expect(industryGroup(label)?.group).toBe(group);
  });

  it("name a company's trade", () => {
    expect(nameGroup('Brennvik Miljørådgivning AS')).toBe('professional-services');
    expect(nameGroup('Valdoria Cavi S.r.l.')).toBe('manufacturing');
    expect(nameGroup('Oderlin Przetwórstwo S.A.')).toBe('manufacturing');
  });

  it('leave a production of films or power to its own trade', () => {
    expect(industryGroup('Produzione cinematografica')?.group).toBe('media-publishing');
    expect(industryGroup('Produzione di energia elettrica')?.group).toBe('energy-utilities');
  });
});
