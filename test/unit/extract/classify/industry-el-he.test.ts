import { describe, expect, it } from 'vitest';
import { industryGroup } from '../../../../lib/extract/classify/industry';
import { foldScript } from '../../../../lib/extract/classify/normalize';
import { pageScores } from '../../../../lib/extract/classify/page';
import type { PageSample } from '../../../../lib/signals/sample';

// Invented sentences. Stated activities as ΣΤΑΚΟΔ-08 (Greek NACE) and the Israeli classification title them.
const STATED: Array<[string, string]> = [
  ['Μεταποίηση', 'manufacturing'],
  ['Κατασκευές', 'real-estate-construction'],
  ['Χρηματοπιστωτικές και ασφαλιστικές δραστηριότητες', 'financial-services'],
  ['Δραστηριότητες υπηρεσιών παροχής καταλύματος και υπηρεσιών εστίασης', 'hospitality-travel'],
  ['Εκπαίδευση', 'education'],
  ['Τηλεπικοινωνίες', 'telecommunications'],
  ['Διαφήμιση και έρευνα αγοράς', 'marketing-advertising'],
  ['תעשייה', 'manufacturing'],
  ['בינוי', 'real-estate-construction'],
  ['שירותים פיננסיים ושירותי ביטוח', 'financial-services'],
  ['שירותי אירוח ואוכל', 'hospitality-travel'],
  ['פיתוח תוכנה', 'software'],
  ['נדל"ן', 'real-estate-construction'],
  ['חינוך', 'education'],
];

const sample = (text: string, about = ''): PageSample =>
  ({ text, about, headings: '', types: [], tels: [] }) as unknown as PageSample;

describe('Greek and Hebrew vocabulary', () => {
  it('folds accents, final sigma and Hebrew punctuation', () => {
    expect(foldScript('Μεταποίηση ΚΑΤΑΣΚΕΥΈΣ')).toBe('μεταποιηση κατασκευεσ');
    expect(foldScript('נדל"ן')).toBe('נדל ן');
  });

  it.each(STATED)('reads the stated activity %s', (label, group) => {
    expect(industryGroup(label)?.group).toBe(group);
  });

  it('reads a page by its trade words, Hebrew prefixes included', () => {
    const [el] = pageScores(
      sample(
        'Το ξενοδοχείο μας διαθέτει 40 δωμάτια και εστιατόριο με θέα. Κρατήσεις για τις διακοπές σας.',
        'Ξενοδοχείο και εστιατόριο',
      ),
    );
    expect(el?.[0]).toBe('hospitality-travel');
    const [he] = pageScores(
      sample('משרד עורכי דין ותיק. עורכי הדין שלנו מלווים חברות. הנהלת חשבונות וייעוץ משפטי.', 'משרד עורכי דין'),
    );
    expect(he?.[0]).toBe('professional-services');
  });

  it('says nothing for words every site uses or that mean something else', () => {
    // "free of charge", a table, safety, a login, contact and privacy.
    expect(industryGroup('Δωρεάν παράδοση στο τραπέζι σας. Ασφάλεια και σύνδεση λογαριασμού.', true)).toBeUndefined();
    expect(industryGroup('צור קשר. מדיניות פרטיות. תנאי שימוש.', true)).toBeUndefined();
    // One word in prose may be the customers' trade: "we protect networks in factories".
    expect(industryGroup('אנחנו מגנים על רשתות במפעלים ובתחנות כוח ברחבי הארץ, עם צוות מנוסה.', true)).toBeUndefined();
  });

  it('reads Korean and Chinese page words as they stand, not a site menu or a service', () => {
    const [ko] = pageScores(
      sample('저희 공장은 정밀 가공과 금형 제작을 합니다. 부품 생산라인 24시간 가동.', '금형 제조'),
    );
    expect(ko?.[0]).toBe('manufacturing');
    const [zh] = pageScores(sample('本所律师团队提供公司法务与税务咨询，律师事务所位于上海。', '律师事务所'));
    expect(zh?.[0]).toBe('professional-services');
    expect(pageScores(sample('메뉴 서비스 고객센터 공지사항', '홈'))).toEqual([]);
  });
});
