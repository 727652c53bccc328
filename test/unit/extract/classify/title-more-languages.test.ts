import { describe, expect, it } from 'vitest';
import { classifyTitle, isJobTitle } from '../../../../lib/extract/classify/title';

// [title, seniority, department]: titles in Hindi, Marathi, Bengali, Persian, Urdu, Swahili, Galician, Turkish and
// the Spanish, Portuguese and Italian of Latin America and Iberia, with the traps each rule must not read.
const TITLES: Array<[string, string, string]> = [
  // Hindi and Marathi
  ['संस्थापक एवं अध्यक्ष', 'owner', 'executive'],
  ['सह-संस्थापक', 'owner', 'executive'],
  ['प्रबंध निदेशक', 'c-level', 'executive'],
  ['मुख्य कार्यकारी अधिकारी', 'c-level', 'executive'],
  ['मुख्य वित्तीय अधिकारी', 'c-level', 'finance'],
  ['व्यवस्थापकीय संचालक', 'c-level', 'executive'],
  ['महाप्रबंधक', 'c-level', 'executive'],
  ['उपाध्यक्ष', 'vp', 'other'],
  ['उप प्रबंध निदेशक', 'vp', 'other'],
  ['विभाग प्रमुख - मानव संसाधन', 'head', 'hr'],
  ['मुख्य लेखाकार', 'head', 'finance'],
  ['विपणन निदेशक', 'director', 'marketing'],
  ['बिक्री प्रबंधक', 'manager', 'sales'],
  ['विक्री व्यवस्थापक', 'manager', 'sales'],
  ['वरिष्ठ सॉफ्टवेयर इंजीनियर', 'senior', 'engineering'],
  ['लेखाकार', 'entry', 'finance'],
  ['अभियंता', 'entry', 'engineering'],
  // Bengali
  ['প্রতিষ্ঠাতা ও চেয়ারম্যান', 'owner', 'executive'],
  ['ব্যবস্থাপনা পরিচালক', 'c-level', 'executive'],
  ['প্রধান নির্বাহী কর্মকর্তা', 'c-level', 'executive'],
  ['প্রধান আর্থিক কর্মকর্তা', 'c-level', 'finance'],
  ['মহাব্যবস্থাপক', 'c-level', 'executive'],
  ['ভাইস চেয়ারম্যান', 'vp', 'other'],
  ['উপ-ব্যবস্থাপনা পরিচালক', 'vp', 'other'],
  ['পরিচালক (বিপণন)', 'director', 'marketing'],
  ['ব্যবস্থাপক, মানবসম্পদ', 'manager', 'hr'],
  ['সিনিয়র সফটওয়্যার ইঞ্জিনিয়ার', 'senior', 'engineering'],
  ['হিসাবরক্ষক', 'entry', 'finance'],
  // Persian, also typed with Arabic letters, and with or without the zero-width non-joiner
  ['مدیرعامل', 'c-level', 'executive'],
  ['مدیر عامل', 'c-level', 'executive'],
  ['مديرعامل', 'c-level', 'executive'],
  ['رئیس هیئت مدیره', 'c-level', 'executive'],
  ['بنیان‌گذار', 'owner', 'executive'],
  ['هم‌بنیان‌گذار و مدیرعامل', 'owner', 'executive'],
  ['مدیر ارشد مالی', 'c-level', 'finance'],
  ['معاون مدیرعامل', 'vp', 'other'],
  ['معاون بازرگانی', 'vp', 'sales'],
  ['نایب رئیس هیئت مدیره', 'vp', 'other'],
  ['مدیر فروش', 'manager', 'sales'],
  ['سرپرست تولید', 'manager', 'operations'],
  ['کارشناس ارشد منابع انسانی', 'senior', 'hr'],
  ['کارشناس فروش', 'entry', 'sales'],
  ['حسابدار', 'entry', 'finance'],
  // Urdu
  ['چیف ایگزیکٹو آفیسر', 'c-level', 'executive'],
  ['منیجنگ ڈائریکٹر', 'c-level', 'executive'],
  ['چیف فنانشل آفیسر', 'c-level', 'finance'],
  ['بانی و چیئرمین', 'owner', 'executive'],
  ['ڈائریکٹر مارکیٹنگ', 'director', 'marketing'],
  ['سیلز مینیجر', 'manager', 'sales'],
  // Arabic titles keep their own reading beside the Persian and Urdu lists
  ['مدير عام', 'c-level', 'executive'],
  ['مدير المبيعات', 'manager', 'sales'],
  ['رئيس قسم الموارد البشرية', 'head', 'hr'],
  // Swahili
  ['Mwanzilishi na Mkurugenzi Mtendaji', 'owner', 'executive'],
  ['Mkurugenzi Mtendaji', 'c-level', 'executive'],
  ['Afisa Mkuu wa Fedha', 'c-level', 'finance'],
  ['Mwenyekiti wa Bodi', 'c-level', 'executive'],
  ['Naibu Mkurugenzi Mtendaji', 'vp', 'other'],
  ['Makamu Mwenyekiti', 'vp', 'other'],
  ['Mkuu wa Idara ya Mauzo', 'head', 'sales'],
  ['Mkurugenzi wa Rasilimali Watu', 'director', 'hr'],
  ['Meneja wa Masoko', 'manager', 'marketing'],
  ['Mhasibu Mwandamizi', 'senior', 'finance'],
  ['Mhandisi', 'entry', 'engineering'],
  // Galician
  ['Directora xeral', 'c-level', 'executive'],
  ['Conselleira delegada', 'c-level', 'executive'],
  ['Xefa de vendas', 'head', 'sales'],
  ['Xerente', 'manager', 'other'],
  ['Enxeñeira de procesos', 'entry', 'engineering'],
  // Spanish, Portuguese and Italian of Latin America and Iberia
  ['Notario Titular', 'owner', 'legal'],
  ['Notaria', 'owner', 'legal'],
  ['Notario Público No. 14', 'owner', 'legal'],
  ['Notario Público Suplente', 'entry', 'legal'],
  ['Notaio', 'owner', 'legal'],
  ['Gerenta', 'manager', 'other'],
  ['Gerenta general', 'c-level', 'executive'],
  ['Directora de Gestión Humana', 'director', 'hr'],
  ['Gerente de Talento Humano', 'manager', 'hr'],
  ['Coordenadora de Gente & Cultura', 'manager', 'hr'],
  ['Coordinadora de Marketing', 'manager', 'marketing'],
  ['Jefe de Sistemas', 'head', 'it'],
  ['Analista de Sistemas', 'entry', 'it'],
  ['Gerente de TI', 'manager', 'it'],
  ['Socio – Derecho Laboral', 'owner', 'legal'],
  ['Sócia', 'owner', 'other'],
  ['Direttore tecnico', 'director', 'engineering'],
  ['Servicio Técnico', 'entry', 'support'],
  // Turkish
  ['Üretim Planlama Şefi', 'manager', 'operations'],
  ['Fabrika Müdürü', 'manager', 'operations'],
  ['İnsan Kaynakları Şefi', 'manager', 'hr'],
  ['Genel Müdür', 'c-level', 'executive'],
  ['Genel Müdür Yardımcısı', 'vp', 'other'],
  ['Bilgi İşlem Müdürü', 'manager', 'it'],
  ['Müşteri Hizmetleri Temsilcisi', 'entry', 'support'],
];

describe('classifyTitle in more languages', () => {
  for (const [title, seniority, department] of TITLES) {
    it(`reads "${title}"`, () => {
      expect(classifyTitle(title)).toEqual({ seniority, department });
    });
  }
});

// Words that look like a title's but are not one: family names, honorifics before a name, a clerk of a notary's
// office, a management system.
describe('traps', () => {
  it('does not read family names or honorifics with a name as titles', () => {
    for (const name of [
      'रमेश अधिकारी',
      'अनीता प्रधान',
      'সুমাইয়া আক্তার',
      'مهندس سعید رضایی',
      'Neema Wambui Mwangi',
      'Lucía Notario Gómez',
    ]) {
      expect(isJobTitle(name), name).toBe(false);
    }
  });

  it('does not read a notary office clerk as the notary', () => {
    expect(classifyTitle('Oficial de Notaría').seniority).toBe('unknown');
    expect(classifyTitle('Notario Público Suplente').seniority).not.toBe('owner');
  });

  it('does not read a management system as the IT department', () => {
    expect(classifyTitle('Coordinador de Sistemas de Gestión').department).toBe('other');
  });

  it('does not read customer satisfaction as Turkish sales', () => {
    expect(classifyTitle('Customer Satisfaction Manager').department).toBe('other');
  });
});
