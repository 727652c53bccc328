import { describe, expect, it } from 'vitest';
import { appointedPerson } from '../../../lib/extract/appointment';
import { classifyPerson } from '../../../lib/extract/classify/derive';
import { classifyTitle } from '../../../lib/extract/classify/title';
import { personName } from '../../../lib/extract/people/names';
import type { PersonSignals } from '../../../lib/signals/schema';
import { signalsOf } from './read-page';

/**
 * Pages featuring one person, in shapes read since the sets of 7 December (holdout69, holdout70): an interview's
 * "Name, role of Company:" headline, notices in Arabic and Hebrew, a founder's page titled "Our Founder, Name", an
 * interview titled "Interview: Name of Company", a bio whose role is in the title or under a transliterated name.
 * Invented people and companies.
 */
const NOW = Date.UTC(2026, 11, 7);
const ctx = { url: 'https://news.example/a', observedAt: NOW };
const read = (text: string) => {
  const p = appointedPerson([text], ctx);
  return p ? [p.name?.value, p.title?.value, p.employer?.value] : undefined;
};
const page = (title: string, body: string, head = '', lang = 'en') =>
  `<html lang="${lang}"><head><title>${title}</title>${head}</head><body>${body}</body></html>`;
const description = (text: string) => `<meta name="description" content="${text}">`;

describe("an interview's headline: the speaker, their role of the company, a colon", () => {
  it('reads the name, the role and the company', () => {
    expect(
      read('Lucía Benavides Torres, gerenta de operaciones de Agrícola Pariñas: “Exportaremos más palta”'),
    ).toEqual(['Lucía Benavides Torres', 'gerenta de operaciones', 'Agrícola Pariñas']);
    expect(read('Tom Ashby, CFO of Harrowgate Mills: why we hedge energy')).toEqual([
      'Tom Ashby',
      'CFO',
      'Harrowgate Mills',
    ]);
  });

  it('reads no one where the head is not a name in apposition', () => {
    expect(read('Harrowgate Mills, a leader in flour: our 2026 plans')).toBeUndefined();
    expect(read('Tom Ashby: why we hedge energy')).toBeUndefined();
  });

  it('never takes a phrase that opens on a join for a name', () => {
    expect(personName('de Agrícola Pariñas')).toBeUndefined();
    expect(personName('van der Meer')).toBeUndefined();
  });
});

describe('appointment notices in Arabic and Hebrew', () => {
  it('reads the Arabic company that appoints, the name after its honorific, the accusative role', () => {
    expect(read('«موانئ الشرق للخدمات» تعيّن المهندسة سلمى خالد الراشد رئيساً تنفيذياً')).toEqual([
      'سلمى خالد الراشد',
      'الرئيس التنفيذي',
      'موانئ الشرق للخدمات',
    ]);
    expect(read('شركة النخبة للتطوير تعين أحمد سالم الكندي في منصب المدير العام')).toEqual([
      'أحمد سالم الكندي',
      'المدير العام',
      'شركة النخبة للتطوير',
    ]);
  });

  it('reads the Hebrew company that appoints, the role after its "to"', () => {
    expect(read('נגב אנרגיה מינתה את דנה לוי למנכ"לית')).toEqual(['דנה לוי', 'מנכ"לית', 'נגב אנרגיה']);
  });

  it('reads no one where no job title follows the name', () => {
    expect(read('«موانئ الشرق للخدمات» تعيّن مستشاراً قانونياً جديداً للشركة')).toBeUndefined();
    expect(read('شركة النخبة للتطوير تعين سلمى خالد الراشد')).toBeUndefined();
  });
});

describe("a company's page about its founder, titled so", () => {
  it('reads the role after "our", the name in the next part, and the site as employer', () => {
    const html = page(
      'Our Founder, Shri Anand Kulkarni | Kulkarni Foods',
      '<h1>Our founder</h1><p>It began with a cart in Pune in 1968.</p>',
      '<script type="application/ld+json">{"@type":"Organization","name":"Kulkarni Foods","url":"https://www.kulkarnifoods.example/"}</script>',
    );
    const person = signalsOf(html, 'https://www.kulkarnifoods.example/our-founder', NOW)?.person;
    expect([person?.name?.value, person?.title?.value, person?.employer?.value]).toEqual([
      'Anand Kulkarni',
      'Founder',
      'Kulkarni Foods',
    ]);
  });

  it('reads no one from a story titled without a name', () => {
    const html = page('Our Founder – Since 1968 | Kulkarni Foods', '<h1>Our founder</h1><p>It began in Pune.</p>');
    expect(signalsOf(html, 'https://www.kulkarnifoods.example/our-founder', NOW)?.person).toBeUndefined();
  });
});

describe('an interview titled "Interview: Name of Company"', () => {
  it("takes the role from the summary's words before the same company", () => {
    const html = page(
      'Interview: Mara Ellison of Copperleaf Dairies – “Pay farmers on time” | Valley Business',
      '<h1>Interview: Mara Ellison of Copperleaf Dairies</h1>',
      description('The founder and CEO of Copperleaf Dairies explains how she grew from 300 litres a day.'),
    );
    const person = signalsOf(html, 'https://valleybusiness.example/2026/interview-mara-ellison', NOW)?.person;
    expect([person?.name?.value, person?.title?.value, person?.employer?.value]).toEqual([
      'Mara Ellison',
      'founder and CEO',
      'Copperleaf Dairies',
    ]);
  });

  it('reads no one where the summary gives no role at that company', () => {
    const html = page(
      'Interview: Mara Ellison of Copperleaf Dairies | Valley Business',
      '<h1>Interview</h1>',
      description('A conversation about milk prices in the valley.'),
    );
    expect(signalsOf(html, 'https://valleybusiness.example/2026/interview', NOW)?.person).toBeUndefined();
  });
});

describe('a bio whose role is not on the line under the name', () => {
  it('skips the name written again in Latin letters under an Arabic heading', () => {
    const html = page(
      'سامر فؤاد القباني – المدير العام | الواحة للتوريدات',
      '<main><h1>المهندس سامر فؤاد القباني</h1><p>Samer Fouad Qabbani</p><p>المدير العام</p></main>',
      '',
      'ar',
    );
    const person = signalsOf(html, 'https://www.alwaha.example/ar/management/samer', NOW)?.person;
    expect([person?.name?.value, person?.title?.value]).toEqual(['سامر فؤاد القباني', 'المدير العام']);
  });

  it('takes the role the title gives beside the name, where the text puts it above the name', () => {
    const html = page(
      'Dana Whitcomb | Partner | Whitcomb & Hale',
      '<nav>About People Contact</nav><main><p>Partner</p><h1>Dana Whitcomb</h1><p>Office: Leeds</p></main>',
      '<script type="application/ld+json">{"@type":"Organization","name":"Whitcomb & Hale","url":"https://www.whitcombhale.example/"}</script>',
    );
    const person = signalsOf(html, 'https://www.whitcombhale.example/people/dana-whitcomb', NOW)?.person;
    expect([person?.name?.value, person?.title?.value, person?.employer?.value]).toEqual([
      'Dana Whitcomb',
      'Partner',
      'Whitcomb & Hale',
    ]);
  });
});

describe("a firm's partner: the firm's profession is their department", () => {
  const person = (title: string, employer: string): PersonSignals => {
    const fact = (value: string) =>
      ({
        value,
        source: 'text',
        layer: 'heuristic',
        url: 'https://firm.example/',
        confidence: 0.5,
        observedAt: NOW,
      }) as const;
    const p: PersonSignals = { name: fact('Ana Prado'), title: fact(title), employer: fact(employer) };
    classifyPerson(p);
    return p;
  };

  it('reads a partner at a law firm as legal and at an accounting firm as finance, in more languages', () => {
    expect(person('Sócia-fundadora', 'Prado & Teixeira Advogados').department?.value).toBe('legal');
    expect(person('Ortak', 'Aydın Yalçın Avukatlık Ortaklığı').department?.value).toBe('legal');
    expect(person('Socia fondatrice', 'Studio Rinaldi Commercialisti Associati').department?.value).toBe('finance');
    expect(person('Ortak', 'Aydın Yalçın Avukatlık Ortaklığı').seniority?.value).toBe('owner');
  });

  it("leaves a partner's department alone at a firm whose name says no profession", () => {
    expect(person('Socio', 'Prado & Asociados').department).toBeUndefined();
    expect(person('Sócia-fundadora', 'Prado Têxtil Ltda.').department?.value).toBe('executive');
  });

  it('reads "ortak" as a partner only alone or beside a lawyer\'s word, not as "shared"', () => {
    expect(classifyTitle('Yönetici Ortak').seniority).toBe('owner');
    expect(classifyTitle('Ortak Hizmetler Müdürü').seniority).toBe('manager');
  });
});
