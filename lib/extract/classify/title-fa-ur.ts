import type { Department, Seniority } from '../../signals/enums';

/**
 * Job titles in Persian and Urdu, written in Arabic script with their own letters: "مدیرعامل", "رئیس هیئت مدیره",
 * "معاون فروش", "بنیان‌گذار", "چیف ایگزیکٹو آفیسر", "منیجنگ ڈائریکٹر". Read by ./title-scripts.ts on its script form,
 * where Arabic yeh and kaf are written as the Persian ones (Persian is often typed on Arabic keyboards), Urdu heh as
 * the Persian one, and the zero-width non-joiner is dropped ("بنیان‌گذار" and "بنیانگذار" read alike). Arabic titles
 * keep their own list in ./title.ts; both are read and the higher level wins, so "مدير عام" stays a general manager.
 *
 * An Iranian "معاون" (deputy) of the chief executive or of a function is a vp, as a "vice" is. Words that are also an
 * honorific before a name ("مهندس" engineer, "دکتر", "استاد", "پروفیسر") or a family name ("معلم", "مدرس", "معمار")
 * are left out, since the name reader drops a name that reads as a job title.
 */

/** A word's start and end: no Arabic-script letter just before or after (a short range compiles smaller than \p{L}). */
const LETTER = '[\\u0600-\\u06FF\\u0750-\\u077F]';
const B = `(?<!${LETTER})`;
const E = `(?!${LETTER})`;

/** A deputy ("معاون", "نایب") before the chief's title: the chief's words look behind for it. */
const DEPUTY = '(?<!(?:معاون|نایب|نائب|قائم ?مقام) ?)';
/** Board of directors: "هیئت مدیره", also written "هیات"/"هیأت" and without the space. */
const BOARD = '(?:هیئت|هیات|هیأت) ?مدیره';

/** A chief executive, chairman or managing director: c-level, and the executive department. */
const CHIEF = `${DEPUTY}${B}(?:مدیر ?عامل|رئیس ${BOARD}|مدیر ارشد اجرایی|چیف ایگزیکٹو|چیئرمین|چیئرمن|چیئرپرسن|(?:منیجنگ|مینیجنگ|مینجنگ) ڈائریکٹر|جنرل (?:منیجر|مینیجر|مینجر)|سی ای او)`;
/** A chief officer of a function ("مدیر ارشد مالی", "چیف فنانشل آفیسر"): c-level, in its function's department. */
const CHIEF_OFFICER = `${DEPUTY}${B}(?:مدیر ارشد (?:مالی|فناوری|فنی|عملیات|بازاریابی|اطلاعات|داده|محصول|منابع انسانی|فروش)|چیف (?:${LETTER}+ ){1,2}آفیسر)`;
const FOUNDER = `(?:بنیان ?گذار|${B}م[وؤ]سس${E}|${B}کارآفرین|${B}بانی${E}|${B}(?:شریک بانی|فاؤنڈر|کو فاؤنڈر))`;

export const PERSIAN_URDU_SENIORITY: Partial<Record<Seniority, string>> = {
  intern: `${B}(?:کارآموز|انٹرن|ٹرینی)`,
  owner: `${FOUNDER}|${B}سردفتر`,
  'c-level': `${CHIEF}|${CHIEF_OFFICER}`,
  vp: `${B}(?:معاون${E}|(?:نایب|نائب) (?:رئیس|صدر)|قائم ?مقام مدیر ?عامل|وائس (?:پریزیڈنٹ|چیئرمین))`,
  head: `${B}(?:رئیس (?:بخش|اداره|واحد|دایره|گروه|قسمت|دپارتمان|امور)|سربراه|هیڈ${E})`,
  director: `${B}(?:مدیر ?کل${E}|عضو ${BOARD}|(?:ڈائریکٹر|ڈائرکٹر)${E})`,
  manager: `${B}(?:مدیر${E}|سرپرست|مسئول${E}|(?:منیجر|مینیجر|مینجر)${E}|سپروائزر)`,
  senior: `${B}(?:ارشد${E}|سینئر|خبره${E})`,
  entry: `${B}(?:کارشناس|کارمند|دستیار|تحلیل ?گر|مشاور|نماینده|تکنسین|اپراتور|منشی|هماهنگ ?کننده|اسسٹنٹ|ایگزیکٹو|آفیسر|کلرک|جونیئر|نمائنده)`,
};

export const PERSIAN_URDU_DEPARTMENT: Partial<Record<Department, string>> = {
  executive: `${CHIEF}|${FOUNDER}|${B}عضو ${BOARD}`,
  'customer-success': `${B}موفقیت مشتری`,
  support: `${B}(?:پشتیبانی|خدمات (?:پس از فروش|مشتریان)|امور مشتریان|کسٹمر (?:سروس|سپورٹ))`,
  sales: `${B}(?:فروش${E}|بازرگانی|صادرات|سیلز|فروخت)`,
  marketing: `${B}(?:بازاریابی|روابط عمومی|تبلیغات|برند${E}|مارکیٹنگ|تشهیر)`,
  design: `${B}(?:طراح${E}|طراحی|گرافیست|ڈیزائن)`,
  product: `${B}(?:محصول${E}|پروڈکٹ)`,
  hr: `${B}(?:منابع انسانی|سرمایه انسانی|کارگزینی|جذب و استخدام|هیومن ریسورس|ایچ آر|انسانی وسائل)`,
  finance: `${B}(?:مالی${E}|حسابداری|حسابدار|حسابرس|خزانه ?دار|مالیات|حقوق و دستمزد|فنانس|فنانشل|اکاؤنٹنٹ|اکاؤنٹس|محاسب)`,
  legal: `${B}(?:حقوقی|سردفتر|وکیل (?:پایه|دادگستری)|قانونی|ایڈووکیٹ)`,
  education: `${B}(?:آموزش${E}|آموزشی|ٹیچر|لیکچرار)`,
  healthcare: `${B}(?:پزشک|پرستار|داروساز|نرس${E})`,
  data: `${B}(?:داده${E}|ڈیٹا)`,
  research: `${B}(?:پژوهش|تحقیق)`,
  it: `${B}(?:فناوری اطلاعات|فن ?آوری اطلاعات|آئی ٹی|انفارمیشن ٹیکنالوجی)`,
  engineering: `${B}(?:مهندسی|فنی${E}|برنامه ?نویس|توسعه ?دهنده|سافٹ ?ویئر|ڈویلپر|انجینئرنگ|ٹیکنالوجی)`,
  operations: `${B}(?:تولید|عملیات|تدارکات|خرید${E}|لجستیک|انبار|کارخانه|پروژه|اداری|آپریشن|آپریٹنگ|پروڈکشن|پروکیورمنٹ|خریداری)`,
};

/**
 * The Arabic-script letters folded for these lists: Arabic yeh and alef maksura as Persian yeh, Arabic kaf as Persian
 * kaf, Urdu heh goal and heh with yeh as heh, Urdu teh marbuta goal as teh marbuta; vowel marks, tatweel and the
 * zero-width joiners dropped.
 */
export function foldArabicScript(text: string): string {
  return text
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[ہۀۂ]/g, 'ه')
    .replace(/ۃ/g, 'ة')
    .replace(/[\u064B-\u065F\u0670\u0640\u200C\u200D]/g, '');
}
