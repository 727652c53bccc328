import { describe, expect, it } from 'vitest';
import { isTeamHeading, isTeamPath } from '../../../lib/extract/people/context';
import { personName } from '../../../lib/extract/people/names';
import { scriptName } from '../../../lib/extract/people/script-names';
import { signalsOf } from './read-page';

/**
 * Names with the honorifics of the Middle East, South Asia, Latin America and Iberia, names in scripts without
 * capitals (lib/extract/people/script-names.ts), and team sections headed in more languages
 * (lib/extract/people/context.ts). Invented people and companies.
 */
const NOW = Date.UTC(2026, 11, 7);

describe('names with the honorifics and joins of more markets', () => {
  it.each([
    ['Eng. Tariq Al-Hamadi', 'Tariq Al-Hamadi'],
    ['Engr. Chidubem Okonkwo', 'Chidubem Okonkwo'],
    ['Adv. Yael Sharabi', 'Yael Sharabi'],
    ['Av. Elif Karataş', 'Elif Karataş'],
    ['Sheikh Rashid bin Hamdan Al Falasi', 'Rashid bin Hamdan Al Falasi'],
    ['Shri Anand Kulkarni', 'Anand Kulkarni'],
    ['Smt. Lata Venkatesan', 'Lata Venkatesan'],
    ['CA Pranav Mehta', 'Pranav Mehta'],
    ['Barr. (Mrs.) Ifeoma Eze', 'Ifeoma Eze'],
    ['Lic. María de los Ángeles Treviño', 'María de los Ángeles Treviño'],
    ['Dra. Paula Echeverri', 'Paula Echeverri'],
    ['Arq. Tomás Iturbe', 'Tomás Iturbe'],
    ['Eng.ª Inês Carvalhal', 'Inês Carvalhal'],
    ['Sra. Rosario Benítez', 'Rosario Benítez'],
    ['Maria Luísa dos Reis da Cunha', 'Maria Luísa dos Reis da Cunha'],
    ['Yonatan ben Ami', 'Yonatan ben Ami'],
    ['Bi. Neema Wairimu', 'Neema Wairimu'],
    ['Dkt. Baraka Otieno', 'Baraka Otieno'],
    ['Mariam bint Saeed', 'Mariam bint Saeed'],
  ])('%s is %s', (text, name) => {
    expect(personName(text)).toBe(name);
  });

  it('still refuses a long title-case place or institution, and a title', () => {
    expect(personName('Museo de la Ciudad de Quito')).toBeUndefined();
    expect(personName('Head of Sales')).toBeUndefined();
  });
});

describe('names in scripts without capitals', () => {
  it.each([
    ['م. هشام عبد الرحمن الشاذلي', 'هشام عبد الرحمن الشاذلي'],
    ['الدكتورة ريم الزهراني', 'ريم الزهراني'],
    ['עו"ד מיכל אבירם', 'מיכל אבירם'],
    ['ד״ר אורי שטרן', 'אורי שטרן'],
    ['مهندس کاوه رضایی', 'کاوه رضایی'],
    ['डॉ. अनुराधा मिश्रा', 'अनुराधा मिश्रा'],
    ['শ্রী অরিন্দম ঘোষ', 'অরিন্দম ঘোষ'],
    ['นายสมชาย ใจดี', 'สมชาย ใจดี'],
  ])('%s is %s', (text, name) => {
    expect(scriptName(text)).toBe(name);
  });

  it('refuses one word, Latin letters, digits and job titles', () => {
    expect(scriptName('هشام')).toBeUndefined();
    expect(scriptName('Hisham الشاذلي')).toBeUndefined();
    expect(scriptName('فرع 2 الإسكندرية')).toBeUndefined();
    expect(scriptName('الرئيس التنفيذي')).toBeUndefined();
  });
});

const page = (title: string, body: string, lang: string) =>
  `<html lang="${lang}" dir="rtl"><head><title>${title}</title></head><body>${body}</body></html>`;

describe('a page about one person whose name is written without capitals', () => {
  it('reads an Arabic bio: the name under its honorific, the title under it, the site as employer', () => {
    const html = page(
      'م. سامر فؤاد القباني - المدير العام | شركة الواحة للتوريدات',
      '<header><a href="/">شركة الواحة للتوريدات</a></header><main><h1>م. سامر فؤاد القباني</h1>' +
        '<p>المدير العام</p><p>انضم المهندس سامر إلى الشركة عام 2011 بعد عشر سنوات في قطاع التوريدات.</p></main>' +
        '<footer>© 2026 شركة الواحة للتوريدات</footer>',
      'ar',
    );
    const person = signalsOf(html, 'https://www.alwaha-supplies.example/ar/management/samer-qabbani', NOW)?.person;
    expect(person?.name?.value).toBe('سامر فؤاد القباني');
    expect(person?.title?.value).toBe('المدير العام');
    expect(person?.seniority?.value).toBe('c-level');
  });

  it('reads no one where the line under the heading is not a job title', () => {
    const html = page(
      'نورة سالم العتيبي | مدونة الواحة',
      '<main><h1>نورة سالم العتيبي</h1><p>قصة نجاح من الرياض</p><p>المدير العام</p></main>',
      'ar',
    );
    expect(signalsOf(html, 'https://blog.alwaha-supplies.example/ar/story', NOW)?.person).toBeUndefined();
  });

  it("takes a team section's heading for no one, and its Hebrew cards as the team", () => {
    const card = (name: string, role: string) => `<div class="member"><h3>${name}</h3><p>${role}</p></div>`;
    const html = page(
      'הצוות שלנו | גלבוע מערכות',
      `<main><h1>הצוות שלנו</h1>${card('רונית שגיא', 'מנכ"לית')}${card('עמית ברגר', 'סמנכ"ל שיווק')}${card(
        'דנה מזרחי',
        'מנהלת כספים',
      )}</main>`,
      'he',
    );
    const signals = signalsOf(html, 'https://www.gilboa-systems.example/he/about', NOW);
    expect(signals?.person).toBeUndefined();
    expect(signals?.people?.map((p) => p.name?.value)).toEqual(['רונית שגיא', 'עמית ברגר', 'דנה מזרחי']);
  });
});

describe('team sections headed in more languages', () => {
  it.each([
    'Il nostro team',
    'Chi siamo',
    'Quiénes somos',
    'A nossa equipa',
    'Ons team',
    'Vårt team',
    'Johtoryhmä',
    'Nasz zespół',
    'Náš tým',
    'Ekibimiz',
    'Наша команда',
    'Η ομάδα μας',
    'فريق العمل',
    'הצוות שלנו',
    'हमारी टीम',
    '役員紹介',
    '管理团队',
    '경영진 소개',
  ])('%s heads a team', (heading) => {
    expect(isTeamHeading(heading)).toBe(true);
  });

  it.each(['Nossos clientes e parceiros', 'W tym roku', 'Наша история', 'Zespół Szkół Technicznych'])(
    '%s does not',
    (heading) => {
      expect(isTeamHeading(heading)).toBe(false);
    },
  );

  it('knows team pages by their address in more languages, not a word inside a segment', () => {
    for (const path of ['/nossa-equipe', '/il-team/', '/equipa', '/ekibimiz', '/zespol', '/medewerkers.html'])
      expect(isTeamPath(`https://firm.example${path}`), path).toBe(true);
    expect(isTeamPath('https://firm.example/equipamentos')).toBe(false);
  });

  it('lists the people of an Italian team section', () => {
    const card = (name: string, role: string) => `<div class="socio"><h3>${name}</h3><p>${role}</p></div>`;
    const html =
      '<html lang="it"><head><title>Studio Valbruna</title></head><body><main><h2>Il nostro team</h2>' +
      `${card('Dott.ssa Chiara Locatelli', 'Socia fondatrice')}${card('Ing. Paolo Brambati', 'Direttore tecnico')}${card(
        'Marta Oldani',
        'Responsabile amministrativa',
      )}</main></body></html>`;
    const people = signalsOf(html, 'https://www.studiovalbruna.example/', NOW)?.people ?? [];
    expect(people.map((p) => [p.name?.value, p.title?.value])).toEqual([
      ['Chiara Locatelli', 'Socia fondatrice'],
      ['Paolo Brambati', 'Direttore tecnico'],
      ['Marta Oldani', 'Responsabile amministrativa'],
    ]);
  });
});
