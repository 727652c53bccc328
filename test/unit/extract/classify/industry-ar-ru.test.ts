import { describe, expect, it } from 'vitest';
import { industryGroup } from '../../../../lib/extract/classify/industry';
import { foldScript } from '../../../../lib/extract/classify/normalize';
import { pageScores } from '../../../../lib/extract/classify/page';
import type { PageSample } from '../../../../lib/signals/sample';

// Invented sentences. Stated activities as ISIC Rev. 4 in Arabic and OKVED 2 title them, or as a company writes its
// trade.
const STATED: Array<[string, string]> = [
  ['الصناعات التحويلية', 'manufacturing'],
  ['التشييد', 'real-estate-construction'],
  ['مقاولات عامة', 'real-estate-construction'],
  ['النقل والتخزين', 'transportation-logistics'],
  ['خدمات لوجستية', 'transportation-logistics'],
  ['أنشطة خدمات الإقامة والطعام', 'hospitality-travel'],
  ['الأنشطة المالية وأنشطة التأمين', 'financial-services'],
  ['مستشفى', 'healthcare'],
  ['برمجيات', 'software'],
  ['محاماة واستشارات قانونية', 'professional-services'],
  ['عقارات', 'real-estate-construction'],
  ['الطاقة الشمسية', 'energy-utilities'],
  ['التعليم', 'education'],
  ['Обрабатывающие производства', 'manufacturing'],
  ['Строительство', 'real-estate-construction'],
  ['Транспортировка и хранение', 'transportation-logistics'],
  ['Деятельность в сфере телекоммуникаций', 'telecommunications'],
  ['Разработка компьютерного программного обеспечения', 'software'],
  ['Деятельность гостиниц и предприятий общественного питания', 'hospitality-travel'],
  ['Деятельность финансовая и страховая', 'financial-services'],
  ['Образование', 'education'],
  ['Деятельность по операциям с недвижимым имуществом', 'real-estate-construction'],
  ['Деятельность рекламная и исследование конъюнктуры рынка', 'marketing-advertising'],
];

const sample = (text: string, about = ''): PageSample =>
  ({ text, about, headings: '', types: [], tels: [] }) as unknown as PageSample;

describe('Arabic and Russian vocabulary', () => {
  it('folds Arabic marks, hamza seats, alef maksura and Russian й', () => {
    expect(foldScript('تأمينٌ، مستشفى')).toBe('تامين مستشفي');
    expect(foldScript('Информационный')).toBe('информационныи');
  });

  it.each(STATED)('reads the stated activity %s', (label, group) => {
    expect(industryGroup(label)?.group).toBe(group);
  });

  it("does not read division 62's whole title as software", () => {
    // Over 80 characters it is read as prose, where one term is not enough; its first words alone are software.
    const title =
      'Разработка компьютерного программного обеспечения, консультационные услуги в данной области и другие сопутствующие услуги';
    expect(industryGroup(title)?.group).not.toBe('software');
  });

  it('reads a description by its trade words, Arabic prefixes included', () => {
    expect(industryGroup('مكتب محاماة في الرياض: محامون ومستشار قانوني للشركات والمحاسب القانوني.', true)?.group).toBe(
      'professional-services',
    );
    expect(
      industryGroup('Типография полного цикла: собственный завод, металлообработка и литейное производство.', true)
        ?.group,
    ).toBe('manufacturing');
  });

  it('reads a page by its trade words', () => {
    const [ar] = pageScores(
      sample('فندق خمس نجوم مع مطعم ومنتجع صحي. احجز غرفة لعطلتك، رحلات سياحية يومية.', 'فندق ومنتجع'),
    );
    expect(ar?.[0]).toBe('hospitality-travel');
    const [ru] = pageScores(
      sample(
        'Грузоперевозки по России, экспедирование и складские услуги. Транспортная компания с собственным автопарком.',
        'Грузоперевозки и логистика',
      ),
    );
    expect(ru?.[0]).toBe('transportation-logistics');
  });

  it('says nothing for words every company uses or that mean something else', () => {
    // Services, products, careers, privacy, legal address, "based on", instructions, a site's administrator.
    expect(industryGroup('خدمات ومنتجات. وظائف. سياسة الخصوصية. اتصل بنا.', true)).toBeUndefined();
    expect(industryGroup('ООО «Ромашка»: услуги, продукция, вакансии, политика конфиденциальности.', true)).toBe(
      undefined,
    );
    expect(industryGroup('Юридический адрес и юридическое лицо. Администрация сайта. Курс валют.', true)).toBe(
      undefined,
    );
    expect(industryGroup('بناءً على تعليمات العميل، يرجى قراءة المزيد.', true)).toBeUndefined();
    expect(pageScores(sample('Услуги. О компании. Контакты. Вакансии.', 'Услуги'))).toEqual([]);
    // A banquet is no bank, a complaint no advertising, an audience no audit.
    expect(industryGroup('Банкетный зал, рекламация, аудитория', true)?.group).not.toBe('financial-services');
  });
});
