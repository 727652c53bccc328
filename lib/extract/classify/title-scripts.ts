import type { Department, Seniority } from '../../signals/enums';
import { foldArabicScript, PERSIAN_URDU_DEPARTMENT, PERSIAN_URDU_SENIORITY } from './title-fa-ur';
import { HINDI_BENGALI_DEPARTMENT, HINDI_BENGALI_SENIORITY } from './title-hi-bn';

/**
 * Job titles in Cyrillic (Russian, Ukrainian, Bulgarian, Serbian, Macedonian), Greek, Hebrew and Thai: "Генеральный
 * директор", "Διευθύνουσα Σύμβουλος", "מנכ״לית", "กรรมการผู้จัดการ". The Latin normalization of ./title.ts folds these
 * scripts away, so they are read as written, as the Japanese, Chinese, Korean and Arabic titles there are: in lower
 * case (scriptForm), each list in the same order of levels as the Latin rules. A founder or owner comes before a chief;
 * a deputy ("заместитель", "заступник", "αναπληρωτής", "סגן", "รอง") of a chief executive, chairman or director is a
 * vp, and the chief's own words look behind for the deputy, as "Vice President" never reads as "President"; a
 * department's head ("начальник отдела", "προϊστάμενος", "ראש מחלקה", "หัวหน้าฝ่าย") comes before a team's manager. A
 * "главный" or "головний" specialist of a trade (chief accountant, chief physician, chief engineer) heads that trade in
 * a firm or clinic, as a Romanian "contabil-șef" does; a function's director ("финансовый директор", "Οικονομικός
 * Διευθυντής") is a director, as "Finance Director" is.
 *
 * JavaScript's \b knows only ASCII letters, so a word's start is written out (B); Cyrillic and Greek words are stems
 * with their endings (\p{L}*), so case and gender forms ("директора", "директорка", "διευθύντρια") all read. Hebrew
 * words take their one-letter prefixes ("ו" and, "ה" the) and Thai is written without spaces, so those are matched
 * inside the text, with a boundary only where a short word would be found inside another one ("רכז" in "מרכז").
 */

/** A word's start: no letter or mark just before. */
const B = '(?<![\\p{L}\\p{M}])';
/** Not after a Hebrew letter (Hebrew's words take one-letter prefixes, written explicitly where they may). */
const HB = '(?<![א-ת])';

/** Russian, Ukrainian, Bulgarian, Serbian and Macedonian deputies and assistants: the chief's words look behind for them. */
const CYR_DEPUTY = String.raw`(?<!${B}(?:заместител|заместник|заступник|заменик|зам|вице|віце|помощник|помічник|помошник|помоћник|ассистент|асистент)\p{L}*\.?[\s-]*)`;
/** An assistant to a director ("помощник генерального директора") assists; the director's word looks behind for them. */
const CYR_ASSISTANT = String.raw`(?<!${B}(?:помощник|помічник|помошник|помоћник|ассистент|асистент)\p{L}*[\s-]+(?:\p{L}+ )?)`;
/** The Greek ones: a deputy, a vice, an assistant of the chief. */
const GR_DEPUTY = String.raw`(?<!${B}(?:αναπληρωτ|αντι|υπο|βοηθ)\p{L}*\s*)`;
/** The Hebrew ones: "סגן/סגנית" (deputy), "משנה ל" (deputy to), "עוזר/עוזרת" (assistant), before the chief's title. */
const HE_DEPUTY = String.raw`(?<!(?:סגן|סגנית|משנה|עוזר|עוזרת)\s+(?:ל|ה|לה)?)`;
/** The Thai ones: "รอง" (deputy, vice) and "ผู้ช่วย" (assistant) are written onto the title. */
const TH_DEPUTY = '(?<!รอง|ผู้ช่วย)';

/** A chief executive, chairman or president in the four scripts (c-level, and the executive department). */
const CYR_CHIEF = String.raw`${CYR_DEPUTY}${B}(?:генеральн\p{L}* директор\p{L}*|генерал(?:ен|ни|на) директор\p{L}*|гендиректор\p{L}*|(?:исполнительн|виконавч|изпълнител|изврш|управляющ|керуюч)\p{L}* директор\p{L}*|директор\p{L}* (?:компани|предприяти|фирм|підприємств|на компанията|на фирмата|предузећ|на компанијата)\p{L}*|управител\p{L}*|президент\p{L}*|председател\p{L}*|претседател\p{L}*|председни\p{L}*|голов(?:а|и) (?:правлін|ради|наглядов)\p{L}*)`;
const GR_CHIEF = String.raw`${GR_DEPUTY}${B}(?:διευθυν(?:ων|ουσα|οντοσ|ουσασ) συμβουλ\p{L}*|εντεταλμεν\p{L}* συμβουλ\p{L}*|προεδρ\p{L}*)`;
const HE_CHIEF = String.raw`${HE_DEPUTY}${HB}(?:ו?ה)?(?:מנכ"?ל\S*|יו"ר|נשיא(?:ה)?(?![א-ת])|מנהל(?:ת)? כללי(?:ת)?)`;
const TH_CHIEF = `${TH_DEPUTY}(?:ประธาน|กรรมการผู้จัดการ|ผู้จัดการทั่วไป|ผู้อำนวยการใหญ่|ผู้บริหารสูงสุด|กรรมการบริหาร|ซีอีโอ)`;

type Words<K extends string> = Partial<Record<K, string>>;

const CYRILLIC_SENIORITY: Words<Seniority> = {
  intern: String.raw`${B}(?:стажер\p{L}*|стажист\p{L}*|стажант\p{L}*|стажувальни\p{L}*|практикант\p{L}*|приправни\p{L}*|інтерн(?!\p{L})|интерн(?:а|ом)?(?!\p{L}))`,
  owner: String.raw`${B}(?:(?:со|съ|спів|су|ко-?)?(?:основател|основач|оснивач|засновни|учредител|владел|власни|собственик|собственни|сопственик)\p{L}*|(?:индивидуальн\p{L}* )?предпринимател\p{L}*|підприєм(?:ець|иця)|фоп(?!\p{L})|предприемач\p{L}*|претприемач\p{L}*|предузетни\p{L}*|(?<!бизнес[- ]?)партнер(?:ка|а|у|ом)?(?!\p{L})|съдружни\p{L}*)`,
  'c-level': String.raw`${CYR_CHIEF}|${CYR_DEPUTY}${B}(?:главн|головн)\p{L}* (?:\p{L}+ )?директор\p{L}*`,
  vp: String.raw`${B}(?:(?:заместител|заместник|заступник|заменик)\p{L}*|зам\.?|вице|віце)[\s-]*(?:\p{L}+ )?(?:генерал|гендиректор|директор|председател|председни|претседател|президент|голов\p{L}* правлін|управител|изпълнител|изврш|исполнительн|виконавч)|${B}(?:замгендиректор\p{L}*|замдиректор\p{L}*|потпредседни\p{L}*|потпретседател\p{L}*)`,
  head: String.raw`${B}(?:(?:начальник|руководител|керівни|ръководител|раководител|руководила|руководио|шеф|началник|завідувач|заведующ|завеждащ)\p{L}* (?:на )?(?:[\p{L}-]+ ){0,2}?(?:отдел|відділ|оддел|одељењ|одсек|одјел|управлени|управлінн|департамент|служб|дирекци|дирекці|направлени|напрям|сектор|дивизи|дивізі|подразделени|підрозділ)\p{L}*|начальник\p{L}*(?!\p{L}| (?:смен|участк|групп|бригад|караул|цех|склад|отряд))|началник\p{L}*|завідувач\p{L}*|заведующ\p{L}*|завеждащ\p{L}*|шеф(?:а|у|ом|ица)?(?!\p{L})|главбух\p{L}*|(?:главн|головн|главен|главни|главна)\p{L}* (?:бухгалтер|врач|лікар|лекар|инженер|інженер|инжењер|редактор|механик|механік|энергетик|енергетик|технолог|конструктор|архитектор|архітектор|экономист|економіст|икономист|економиста|счетоводител|сметководител|рачуновођ|юрист|юрисконсул|агроном|метролог|диспетчер|кассир|касир|медицинск\p{L}* сестр|медичн\p{L}* сестр|медсестр)\p{L}*)`,
  director: String.raw`${CYR_ASSISTANT}${B}(?:директор\p{L}*|директрис\p{L}*)`,
  manager: String.raw`${B}(?:менеджер\p{L}*|мениджър\p{L}*|менаџер\p{L}*|руководител\p{L}*|керівни\p{L}*|ръководител\p{L}*|раководител\p{L}*|руководила\p{L}*|руководио\p{L}*|управляющ\p{L}*|супервайзер\p{L}*|супервизор\p{L}*|начальник\p{L}*|бригадир\p{L}*)`,
  senior: String.raw`${B}(?:старш(?:ий|ая|его|ей|ие|их|ого|ому|ую|и|а|е|ого|ої|ому)(?!\p{L})|ведущ(?:ий|ая|его|ей|ие|их|ую)(?!\p{L})|провідн(?:ий|а|ого|ої|і)(?!\p{L})|водещ(?:а|и)?(?!\p{L})|водећ(?:и|а)(?!\p{L})|виш(?:и|а)(?!\p{L})|сеньор\p{L}*|сеньйор\p{L}*|сениор\p{L}*|эксперт\p{L}*|експерт\p{L}*|архитектор\p{L}*|архітектор\p{L}*|(?:главн|головн|главен|главни)\p{L}* (?:специалист|спеціаліст|специјалист)\p{L}*|профессор\p{L}*|професор\p{L}*|доцент\p{L}*|тимлид\p{L}*|тимлід\p{L}*)`,
  entry: String.raw`${B}(?:младш\p{L}*|молодш\p{L}*|джуниор\p{L}*|специалист\p{L}*|спеціаліст\p{L}*|специјалист\p{L}*|сотрудни\p{L}*|фахів\p{L}*|співробітни\p{L}*|служител\p{L}*|сарадни\p{L}*|соработни\p{L}*|ассистент\p{L}*|асистент\p{L}*|помощни\p{L}*|помічни\p{L}*|помошни\p{L}*|помоћни\p{L}*|аналитик\p{L}*|аналітик\p{L}*|аналитичар\p{L}*|консультант\p{L}*|консултант\p{L}*|оператор\p{L}*|техник(?:а|и|ом)?(?!\p{L})|технік(?:а|и|ом)?(?!\p{L})|техничар\p{L}*|координатор\p{L}*|представител(?:ь|я|ем|и|ница|ка)?(?!\p{L})|представни(?:к|ца|ка)(?!\p{L})|агент(?:а|ом|ка)?(?!\p{L})|референт\p{L}*|инспектор\p{L}*|администратор\p{L}*|адміністратор\p{L}*|секретар\p{L}*)`,
};

const GREEK_SENIORITY: Words<Seniority> = {
  intern: String.raw`${B}(?:ασκουμεν\p{L}*|πρακτικ\p{L}* ασκησ\p{L}*|εκπαιδευομεν\p{L}*|μαθητευομεν\p{L}*)`,
  owner: String.raw`${B}(?:(?:συν)?ιδρυτ\p{L}*|(?:συν)?ιδιοκτητ\p{L}*|(?:συν)?εταιρ(?:οσ|ου|οι|ων|ισσα)(?!\p{L})|επιχειρηματι(?:ασ|εσ)(?!\p{L})|ελευθερ\p{L}* επαγγελματι\p{L}*)`,
  'c-level': String.raw`${GR_CHIEF}|${GR_DEPUTY}${B}γενικ\p{L}* (?:\p{L}+ )?διευθυντ\p{L}*`,
  vp: String.raw`${B}(?:αντιπροεδρ\p{L}*|υποδιευθυντ\p{L}*|αναπληρωτ\p{L}* (?:\p{L}+ )?(?:διευθυντ|διευθυν(?:ων|ουσα)|γενικ|προεδρ)\p{L}*)`,
  head: String.raw`${B}(?:προισταμεν\p{L}*|επικεφαλ\p{L}*|υπευθυν\p{L}* (?:του )?τμηματ\p{L}*)`,
  director: String.raw`${B}διευθυντ\p{L}*`,
  manager: String.raw`${B}(?:υπευθυν\p{L}*|μαν(?:α|ατ)ζερ|ομαδαρχ\p{L}*|εποπτ\p{L}*|επιβλεπ\p{L}*|διαχειριστ\p{L}*(?!\p{L}| συστηματ| δικτυ))`,
  senior: String.raw`${B}(?:ανωτερ\p{L}*|εμπειρογνωμον\p{L}*|αρχιτεκτον\p{L}*|(?:αναπληρωτ|τακτικ)\p{L}* καθηγητ\p{L}*|καθηγητ\p{L}* πανεπιστημι\p{L}*|κυρι(?:οσ|α) ερευνητ\p{L}*)`,
  entry: String.raw`${B}(?:βοηθ\p{L}*|υπαλληλ\p{L}*|αναλυτ\p{L}*|συμβουλ\p{L}*|στελεχ\p{L}*|ειδικ\p{L}*|τεχνικ\p{L}*|συνεργατ\p{L}*|συντονιστ\p{L}*|εκπροσωπ\p{L}*|χειριστ\p{L}*|διαχειριστ\p{L}*|γραμματε(?:ασ|ισ)(?!\p{L}))`,
};

const HEBREW_SENIORITY: Words<Seniority> = {
  intern: String.raw`${HB}(?:ו?ה)?(?:מתמח(?:ה|ים|ות)|סטאז'ר\S*|סטז'ר\S*|סטודנט\S*)`,
  owner: String.raw`מי?יסד\S*|${HB}(?:ו?ה)?(?:בעלים|בעל(?:ת)? (?:ה)?(?:עסק|חברה|משרד|מסעדה|סטודיו)|שות(?:ף|פה)(?![א-ת])|עצמאי(?:ת)?(?![א-ת])|פרילנסר\S*)`,
  'c-level': String.raw`${HE_CHIEF}|${HE_DEPUTY}(?:מנהל|קצין|קצינת|מדען|מדענית)(?:ת)? (?:\S+ ){0,2}?ראשי(?:ת)?(?![א-ת])`,
  vp: String.raw`${HB}(?:ו?ה)?סמנכ"?ל\S*|(?:סגן|סגנית|משנה)\s+(?:ל|ה|לה)?(?:נשיא|מנכ"?ל|יו"ר|מנהל(?:ת)? כללי)`,
  head: String.raw`${HB}(?:ו?ה)?(?:ראש(?:ת)? (?:ה)?(?:מחלק|אגף|תחום|חטיב|מטה|חוג|יחיד|מערך|מרכז)\S*|מנהל(?:ת)? (?:ה)?(?:מחלק|אגף|חטיב)\S*|(?:מהנדס|מהנדסת|חשב|חשבת|רואה חשבון|רואת חשבון|אדריכל|אדריכלית|רופא|רופאה|אחות|אח|עורך דין|עורכת דין|יועץ|יועצת|כלכלן|כלכלנית|מתכנת|מתכנתת|ארכיטקט)(?:ית)? ראשי(?:ת)?(?![א-ת]))`,
  director: String.raw`דירקטור\S*`,
  manager: String.raw`מנהל\S*|${HB}(?:ו?ה)?(?:ראש(?:ת)? (?:ה)?(?:צוות|מדור)|אחראי(?:ת)?(?![א-ת])|מפקח(?:ת)?(?![א-ת])|ר"צ)`,
  senior: String.raw`${HB}(?:ו?ה)?(?:בכיר(?:ה|ים|ות)?(?![א-ת])|מוביל(?:ה)?(?![א-ת])|מומח(?:ה|ית)|ארכיטקט\S*|אדריכל\S*|פרופסור\S*|פרופ'|סניור)`,
  entry: String.raw`${HB}(?:ו?ה)?(?:עוזר(?:ת)?(?![א-ת])|אנליסט\S*|יוע(?:ץ|צת)(?![א-ת])|נציג(?:ה|ת)?(?![א-ת])|רכז(?:ת)?(?![א-ת])|טכנאי(?:ת)?(?![א-ת])|מזכיר(?:ה)?(?![א-ת])|פקיד(?:ה)?(?![א-ת])|ג'וניור|מפעיל(?:ה)?(?![א-ת])|מתא(?:ם|מת)(?![א-ת])|בודק(?:ת)?(?![א-ת]))`,
};

const THAI_SENIORITY: Words<Seniority> = {
  intern: 'ฝึกงาน|ฝึกหัด|อินเทิร์น',
  owner: 'ผู้ร่วมก่อตั้ง|ผู้ก่อตั้ง|เจ้าของ|หุ้นส่วน|ผู้ประกอบการ|ฟรีแลนซ์|อาชีพอิสระ',
  'c-level': TH_CHIEF,
  vp: 'รองประธาน|รองกรรมการผู้จัดการ|ผู้ช่วยกรรมการผู้จัดการ|รองผู้อำนวยการ|รองผู้จัดการทั่วไป|รองผู้บริหารสูงสุด',
  head: 'หัวหน้า(?!งาน|ทีม|กะ)|สมุห์บัญชี',
  director: 'ผู้อำนวยการ|กรรมการ|ไดเร[กค]เตอร์|ไดเร็กเตอร์',
  manager: 'ผู้จัดการ|หัวหน้างาน|หัวหน้าทีม|หัวหน้ากะ|ผู้ควบคุม|ซูเปอร์ไวเซอร์',
  senior: 'อาวุโส|ผู้เชี่ยวชาญ|ซีเนียร์|สถาปนิก|(?<!ผู้ช่วย)ศาสตราจารย์',
  entry: 'พนักงาน|เจ้าหน้าที่|ผู้ช่วย|นักวิเคราะห์|ที่ปรึกษา|ผู้ประสานงาน|ตัวแทน|ผู้แทน|จูเนียร์|เลขานุการ',
};

const CYRILLIC_DEPARTMENT: Words<Department> = {
  executive: String.raw`${CYR_CHIEF}|${B}(?:(?:со|съ|спів|су|ко-?)?(?:основател|основач|оснивач|засновни|учредител|владел|власни|собственик|собственни|сопственик)\p{L}*|(?:индивидуальн\p{L}* )?предпринимател\p{L}*|фоп(?!\p{L})|(?:главн|головн)\p{L}* (?:исполнительн|виконавч)\p{L}* директор\p{L}*|управляющ\p{L}* партнер\p{L}*)`,
  'customer-success': String.raw`${B}(?:успех\p{L}* клиент\p{L}*|клиентск\p{L}* успех\p{L}*|успіх\p{L}* клієнт\p{L}*)`,
  support: String.raw`${B}(?:поддержк\p{L}*|техподдержк\p{L}*|підтримк\p{L}*|поддръжк\p{L}*|подршк\p{L}*|поддршк\p{L}*|обслуживани\p{L}* клиент\p{L}*|обслуговуванн\p{L}* клієнт\p{L}*|обслужване на клиент\p{L}*|клиентск\p{L}* (?:сервис|служб)\p{L}*|служб\p{L}* (?:клиентского сервиса|заботы)|колл?-?центр\p{L}*|контакт-?центр\p{L}*|кол-?центар\p{L}*)`,
  sales: String.raw`${B}(?:продаж\p{L}*|продажб\p{L}*|продај\p{L}*|продавец\p{L}*|продавц\p{L}*|продавач\p{L}*|коммерческ\p{L}*|комерційн\p{L}*|търговск\p{L}*|комерцијал\p{L}*|развити\p{L}* (?:на )?бизнес\p{L}*|розвит\p{L}* бізнес\p{L}*|развој\p{L}* пословањ\p{L}*|(?:ключев\p{L}*|корпоративн\p{L}*) клиент\p{L}*|работе с клиент\p{L}*|аккаунт\p{L}*|акаунт\p{L}*|экспорт\p{L}*|експорт\p{L}*|извоз\p{L}*|вэд)`,
  marketing: String.raw`${B}(?:маркетинг\p{L}*|маркетолог\p{L}*|связ\p{L}* с общественност\p{L}*|зв'язк\p{L}* з громадськіст\p{L}*|връзки с обществеността|односи с јавношћу|односи со јавноста|коммуникаци\p{L}*|комунікаці\p{L}*|комуникаци\p{L}*|комуникациј\p{L}*|контент\p{L}*|копирайтер\p{L}*|копірайтер\p{L}*|бренд\p{L}*|реклам\p{L}*|пиар\p{L}*)`,
  design: String.raw`${B}(?:дизайн\p{L}*|дизајн\p{L}*|графическ\p{L}* дизайн\p{L}*)`,
  product: String.raw`${B}(?:продукт(?:а|у|ом|ов)?(?!\p{L})|продуктов\p{L}+|продакт\p{L}*|производа(?!\p{L}))`,
  hr: String.raw`${B}(?:персонал(?:а|у|ом)?(?!\p{L})|кадр\p{L}*|человеческ\p{L}* ресурс\p{L}*|людськ\p{L}* ресурс\p{L}*|човешки ресурси|људск\p{L}* ресурс\p{L}*|човечки ресурси|рекрут\p{L}*|подбор\p{L}*|підбор\p{L}*|найм\p{L}*|эйчар\p{L}*)`,
  finance: String.raw`${B}(?:финанс\p{L}*|фінанс\p{L}*|финансиј\p{L}*|финансиск\p{L}*|бухгалт\p{L}*|главбух\p{L}*|счетовод\p{L}*|рачуновод\p{L}*|рачуновођ\p{L}*|сметковод\p{L}*|экономист\p{L}*|економіст\p{L}*|икономист\p{L}*|економист\p{L}*|аудит\p{L}*|ревизор\p{L}*|казначе\p{L}*|налог\p{L}*|податк\p{L}*|контроллинг\p{L}*|контролинг\p{L}*|кассир\p{L}*|касир\p{L}*|зарплат\p{L}*)`,
  legal: String.raw`${B}(?:юрист\p{L}*|юрисконсул\p{L}*|юридич\p{L}*|юридическ\p{L}*|правн\p{L}*|правов\p{L}*|адвокат\p{L}*|нотариус\p{L}*|нотаріус\p{L}*|нотар(?!\p{L})|комплаенс\p{L}*|комплаєнс\p{L}*)`,
  education: String.raw`${B}(?:учител\p{L}*|вчител\p{L}*|наставни\p{L}*|преподавател\p{L}*|преподавач\p{L}*|предавач\p{L}*|викладач\p{L}*|профессор\p{L}*|професор\p{L}*|доцент\p{L}*|педагог\p{L}*|воспитател\p{L}*|виховател\p{L}*|възпитател\p{L}*|васпитач\p{L}*|репетитор\p{L}*|образовани\p{L}*|освіт\p{L}*|образовањ\p{L}*|лектор\p{L}*)`,
  healthcare: String.raw`${B}(?:врач\p{L}*|лікар\p{L}*|лекар\p{L}*|љекар\p{L}*|доктор\p{L}*|стоматолог\p{L}*|дантист\p{L}*|зъболекар\p{L}*|медсестр\p{L}*|медбрат\p{L}*|(?:медицинск|медичн)\p{L}* сестр\p{L}*|фельдшер\p{L}*|фелдшер\p{L}*|фармацевт\p{L}*|провизор\p{L}*|аптек\p{L}*|медицин\p{L}*|медичн\p{L}*|терапевт\p{L}*|хирург\p{L}*|хірург\p{L}*|педиатр\p{L}*|педіатр\p{L}*|педијатар\p{L}*|кардиолог\p{L}*|гинеколог\p{L}*|невролог\p{L}*|физиотерап\p{L}*|фізіотерап\p{L}*|клиник\p{L}*)`,
  data: String.raw`${B}(?:данн(?:ых|ым|ые)(?!\p{L})|даних(?!\p{L})|данни(?!\p{L})|податак\p{L}*|подаци\p{L}*|машинн\p{L}* обучени\p{L}*)`,
  research: String.raw`${B}(?:исследовател\p{L}*|исследовани\p{L}*|дослідни\p{L}*|досліджен\p{L}*|изследовател\p{L}*|изследван\p{L}*|истраживач\p{L}*|истраживањ\p{L}*|истражувач\p{L}*|научн\p{L}* (?:сотрудни|работни)\p{L}*|науков\p{L}* співробітни\p{L}*|научен сътрудни\p{L}*|ниокр)`,
  it: String.raw`${B}(?:ит|іт|информационн\p{L}* (?:технолог|систем|безопасност)\p{L}*|інформаційн\p{L}* (?:технолог|систем|безпек)\p{L}*|информационни технологии|информационих технологија|информатичк\p{L}*|системн\p{L}* (?:администратор|адміністратор)\p{L}*|системен администратор\p{L}*|систем администратор\p{L}*|сисадмин\p{L}*|информатичар\p{L}*|кибербезопасност\p{L}*|сетев\p{L}*)(?!\p{L})`,
  engineering: String.raw`${B}(?:инженер\p{L}*|інженер\p{L}*|инжењер\p{L}*|разработчик\p{L}*|розробник\p{L}*|разработк\p{L}*|розробк\p{L}*|программист\p{L}*|програміст\p{L}*|програмист\p{L}*|програмер\p{L}*|техническ\p{L}*|технічн\p{L}*|технически\p{L}*|техничк\p{L}*|тестировщик\p{L}*|тестувальник\p{L}*|тестер\p{L}*|фронтенд\p{L}*|бэкенд\p{L}*|бекенд\p{L}*|фулстек\p{L}*|конструктор\p{L}*|проектировщик\p{L}*|проектант\p{L}*|технолог\p{L}*)`,
  operations: String.raw`${B}(?:логист\p{L}*|логістик\p{L}*|логистичар\p{L}*|закуп\p{L}*|закупів\p{L}*|набав\p{L}*|снабжени\p{L}*|постачанн\p{L}*|производств\p{L}*|производњ\p{L}*|виробництв\p{L}*|виробнич\p{L}*|операционн\p{L}*|операційн\p{L}*|операци\p{L}*|операциј\p{L}*|операцій\p{L}*|склад\p{L}*|цех\p{L}*|проект(?:а|ов|ами|ом)?(?!\p{L})|проектн\p{L}*|проєкт(?:у|ів|ом)?(?!\p{L})|пројект(?:а|има|ом)?(?!\p{L})|офис-?менеджер\p{L}*|офіс-?менеджер\p{L}*|административн\p{L}*|адміністративн\p{L}*|административ\p{L}*|эксплуатаци\p{L}*|цепочк\p{L}* поставок)`,
};

const GREEK_DEPARTMENT: Words<Department> = {
  executive: String.raw`${GR_CHIEF}|${GR_DEPUTY}${B}γενικ\p{L}* διευθυντ\p{L}*(?!\s*\p{L})|${B}(?:(?:συν)?ιδρυτ\p{L}*|(?:συν)?ιδιοκτητ\p{L}*|επιχειρηματι(?:ασ|εσ)(?!\p{L})|διευθυν(?:ων|ουσα) εταιρ\p{L}*)`,
  'customer-success': String.raw`${B}επιτυχι\p{L}* πελατ\p{L}*`,
  support: String.raw`${B}(?:υποστηριξ\p{L}*|εξυπηρετησ\p{L}*|τηλεφωνητ\p{L}*)`,
  sales: String.raw`${B}(?:πωλ(?:ησ|ητ)\p{L}*|εμπορικ\p{L}*|αναπτυξ\p{L}* (?:επιχειρηματ|εργασιων|νεων εργασιων|πελατ)\p{L}*|εξαγωγ\p{L}*)`,
  marketing: String.raw`${B}(?:μαρκετινγκ|μαρκετιν|δημοσι\p{L}* σχεσ\p{L}*|διαφημ\p{L}*|περιεχομεν\p{L}*|κειμενογραφ\p{L}*|εταιρικ\p{L}* επικοινωνι\p{L}*|(?:υπευθυν|διευθυντ|στελεχ|συντονιστ|τμημ|ειδικ|διευθυνσ)\p{L}* (?:\p{L}+ )?επικοινωνι\p{L}*|κοινωνικ\p{L}* δικτυ\p{L}*)`,
  design: String.raw`${B}(?:σχεδιαστ\p{L}*|γραφιστ\p{L}*)`,
  product: String.raw`${B}προιοντ(?:οσ|ων)(?!\p{L})`,
  hr: String.raw`${B}(?:ανθρωπιν\p{L}* (?:δυναμικ|πορ)\p{L}*|προσωπικ(?:ο|ου)(?!\p{L})|προσληψ\p{L}*|στελεχωσ\p{L}*)`,
  finance: String.raw`${B}(?:οικονομικ\p{L}*|χρηματοοικονομικ\p{L}*|οικονομολογ\p{L}*|λογιστ\p{L}*|ελεγκτ\p{L}*|ταμι(?:ασ|ειου|ειο)(?!\p{L})|μισθοδοσι\p{L}*|φορολογ\p{L}*)`,
  legal: String.raw`${B}(?:νομικ\p{L}*|δικηγορ\p{L}*|συμβολαιογραφ\p{L}*|συμμορφωσ\p{L}*)`,
  education: String.raw`${B}(?:εκπαιδευτ\p{L}*|εκπαιδευσ\p{L}*|δασκαλ\p{L}*|καθηγητ\p{L}*|νηπιαγωγ\p{L}*|διδασκ\p{L}*|φροντιστ\p{L}*)`,
  // Doctors' specialties end in the same stem ("παιδίατρος", "οδοντίατρος"), so it is read inside a word.
  healthcare: String.raw`ιατρ\p{L}*|${B}(?:νοσηλευτ\p{L}*|νοσοκομ\p{L}*|φαρμακοποι\p{L}*|φυσικοθεραπευτ\p{L}*|ψυχολογ\p{L}*|χειρουργ\p{L}*|κλινικ\p{L}*|μαι(?:α|ευτ\p{L}*)(?!\p{L}))`,
  data: String.raw`${B}δεδομεν\p{L}*`,
  research: String.raw`${B}ερευν\p{L}*`,
  it: String.raw`${B}(?:πληροφορικ\p{L}*|πληροφοριακ\p{L}*|μηχανογραφ\p{L}*|διαχειριστ\p{L}* (?:συστηματ|δικτυ)\p{L}*|δικτυ(?:ων|ου)(?!\p{L})|κυβερνοασφαλ\p{L}*|ασφαλει\p{L}* πληροφορι\p{L}*)`,
  engineering: String.raw`${B}(?:μηχανικ\p{L}*|μηχανολογ\p{L}*|ηλεκτρολογ\p{L}*|προγραμματιστ\p{L}*|λογισμικ\p{L}*|τεχνικ\p{L}*|τεχνολογι\p{L}*)`,
  operations: String.raw`${B}(?:λειτουργι\p{L}*|εφοδιαστικ\p{L}*|προμηθει\p{L}*|αγορων(?!\p{L})|παραγωγ\p{L}*|αποθηκ\p{L}*|εργοστασι\p{L}*|εργ(?:ου|ων)(?!\p{L})|διοικητικ\p{L}*(?!\p{L}| συμβουλ))`,
};

const HEBREW_DEPARTMENT: Words<Department> = {
  executive: String.raw`${HE_CHIEF}|מי?יסד\S*|${HB}(?:ו?ה)?(?:בעלים|בעל(?:ת)? (?:ה)?(?:עסק|חברה|משרד|מסעדה|סטודיו)|שות(?:ף|פה) מנהל(?:ת)?|דירקטוריון)`,
  'customer-success': 'הצלחת (?:ה)?לקוח',
  support: 'תמיכה|שירות (?:ה)?לקוחות|נציג\\S* שירות|מוקד\\S*',
  sales: 'מכירות|מכירה|פיתוח עסקי|מנהל(?:ת)? לקוחות|תיק לקוחות|ייצוא|יצוא',
  marketing:
    'שיווק|שיווקי|דיגיטל|תוכן(?![א-ת])|יחסי ציבור|יח"צ|קופירייטר|מיתוג|דוברות|דובר(?:ת)?(?![א-ת])|פרסום|סושיאל|קידום|תקשורת',
  design: 'מעצב|עיצוב|גרפיקאי|גרפיקה',
  product: 'מוצר',
  hr: 'משאבי אנוש|גיוס|מגייס|כוח אדם|כח אדם|משא"ן|הון אנושי|השמה',
  finance: String.raw`כספים|כספי(?:ת)?(?![א-ת])|פיננס|חשבונות|רואה חשבון|רואת חשבון|רו"ח|${HB}(?:ו?ה)?חשב(?:ת)?(?![א-ת])|כלכלן|כלכלנית|${HB}(?:ו?ה)?שכר(?![א-ת])|ביקורת פנים|מבקר\S* פנים|מיסוי|מסים|מיסים|גזבר`,
  legal: 'עורך דין|עורכת דין|עורכי דין|עו"ד|עוה"ד|משפט|יועמ"ש|ציות|נוטריון',
  education: 'מורה|מורים|גננת|מרצה|מדריך|מדריכה|חינוך|הוראה|פרופסור|מחנך|מחנכת',
  healthcare:
    'רופא|רפואה|רפואי|אח מוסמך|אחות|אחיות|סיעוד|רוקח|פיזיותרפיסט|שיננית|מרפאה|בית חולים|פסיכולוג|קלינאי|דיאטנ|דיאטן',
  data: 'דאטה|נתונים',
  research: 'מחקר|חוקר|חוקרת|מדען|מדענית|מו"פ',
  it: 'מערכות מידע|מחשוב|מחשבים|אבטחת מידע|סייבר|תקשוב|רשתות',
  engineering: 'מהנדס|הנדסה|הנדסת|הנדסאי|מפתח|פיתוח|תוכנה|תכנה|מתכנת|טכנולוגי|פולסטאק|דבאופס',
  operations: 'תפעול|לוגיסטי|רכש|ייצור|שרשרת אספקה|מחסן|פרויקט|פרוייקט|מנהלה(?![א-ת])|אדמיניסטר|משרד|אחזקה|מפעל',
};

const THAI_DEPARTMENT: Words<Department> = {
  // A chief financial, technology or operating officer is "ประธานเจ้าหน้าที่ฝ่าย..." ("chief officer of the ... side"):
  // read by its function, not as the chief executive.
  executive: `${TH_DEPUTY}(?:ประธาน(?!เจ้าหน้าที่(?!บริหาร(?!ฝ่าย)))|กรรมการผู้จัดการ|ผู้จัดการทั่วไป|ผู้อำนวยการใหญ่|ผู้บริหารสูงสุด|กรรมการบริหาร|ซีอีโอ)|ผู้ร่วมก่อตั้ง|ผู้ก่อตั้ง|เจ้าของ|ผู้ประกอบการ`,
  'customer-success': 'ความสำเร็จของลูกค้า',
  support: 'บริการลูกค้า|ลูกค้าสัมพันธ์|ฝ่ายสนับสนุน|สนับสนุนลูกค้า|สนับสนุนทางเทคนิค|ซัพพอร์ต|คอลเซ็นเตอร์|ศูนย์บริการ',
  sales: 'ขาย|พัฒนาธุรกิจ|ลูกค้าองค์กร|ส่งออก|เซลส์',
  // A bare "ตลาด" is a market and names places ("ตลาดพลู"); the marketing function is "การตลาด".
  marketing: 'การตลาด|ฝ่ายตลาด|มาร์เก็ตติ้ง|ประชาสัมพันธ์|สื่อสารองค์กร|สื่อสารการตลาด|แบรนด์|โฆษณา|คอนเทนต์',
  design: 'ออกแบบ|ดีไซน์|ดีไซเนอร์|กราฟิก|กราฟฟิก',
  product: 'ผลิตภัณฑ์|โปรดักต์|โปรดักท์',
  // "นิติบุคคล" is a juristic person (a company's registration), not personnel.
  hr: '(?<!นิติ)บุคคล|ทรัพยากรมนุษย์|บุคลากร|สรรหา|เอชอาร์',
  // "ผู้เสียภาษี" is the taxpayer of a company's tax number.
  finance: 'การเงิน|บัญชี|(?<!ผู้เสีย)ภาษี|งบประมาณ|ตรวจสอบภายใน|เหรัญญิก|การคลัง|เงินเดือน',
  legal: 'กฎหมาย|นิติกร|นิติการ|ทนาย',
  education: 'ครู(?!่)|อาจารย์|การศึกษา|ผู้สอน|ติวเตอร์|วิทยากร|ศาสตราจารย์',
  // A hospital ("โรงพยาบาล") names a place or a company, not a nurse.
  healthcare: 'แพทย์|(?<!โรง)พยาบาล|เภสัชกร|กายภาพบำบัด|นักจิตวิทยา|สาธารณสุข',
  // "ข้อมูล" alone is any information ("ข้อมูลติดต่อ", contact details); the data roles name it with their work.
  data: 'นักวิเคราะห์ข้อมูล|นักวิทยาศาสตร์ข้อมูล|วิศวกรข้อมูล|วิทยาการข้อมูล|ดาต้า',
  research: 'วิจัย|นักวิทยาศาสตร์',
  it: 'สารสนเทศ|ไอที|ผู้ดูแลระบบ|เครือข่าย|ไซเบอร์',
  engineering: 'วิศวกร|วิศวะ|นักพัฒนา|โปรแกรมเมอร์|ซอฟต์แวร์|ซอฟท์แวร์|พัฒนาระบบ|พัฒนาเว็บ|เทคโนโลยี|นักทดสอบ',
  operations: 'ปฏิบัติการ|โลจิสติกส์|จัดซื้อ|ผลิต|คลังสินค้า|ซัพพลายเชน|โครงการ|ธุรการ|จัดส่ง|โรงงาน',
};

/** The levels and departments in the order the Latin rules check them. */
export const SENIORITY_ORDER: Seniority[] = [
  'intern',
  'owner',
  'c-level',
  'vp',
  'head',
  'director',
  'manager',
  'senior',
  'entry',
];
export const DEPARTMENT_ORDER: Department[] = [
  'executive',
  'customer-success',
  'support',
  'sales',
  'marketing',
  'design',
  'product',
  'hr',
  'finance',
  'legal',
  'education',
  'healthcare',
  'data',
  'research',
  'it',
  'engineering',
  'operations',
];

/**
 * Each level's or department's words in these scripts, as one pattern; levels without words are left out. The words
 * are composed as scriptForm composes the title (Devanagari and Bengali nukta letters stay two code points).
 */
function rules<K extends string>(order: K[], lists: Array<Words<K>>): Array<[K, RegExp]> {
  return order.flatMap((key): Array<[K, RegExp]> => {
    const parts = lists.map((list) => list[key]).filter((part): part is string => Boolean(part));
    return parts.length ? [[key, new RegExp(parts.join('|').normalize('NFC'), 'u')]] : [];
  });
}

/**
 * The script families read here, each with its own lists, read only when the title has its letters: a title compiles
 * and runs only its own script's patterns. Cyrillic, Greek, Hebrew and Thai; (./title-hi-bn.ts) Devanagari and
 * Bengali; (./title-fa-ur.ts) Arabic script for Persian and Urdu (Arabic's own titles are read in ./title.ts too).
 */
const FAMILIES = [
  {
    letters: /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Thai}]/u,
    seniority: rules(SENIORITY_ORDER, [CYRILLIC_SENIORITY, GREEK_SENIORITY, HEBREW_SENIORITY, THAI_SENIORITY]),
    department: rules(DEPARTMENT_ORDER, [CYRILLIC_DEPARTMENT, GREEK_DEPARTMENT, HEBREW_DEPARTMENT, THAI_DEPARTMENT]),
  },
  {
    letters: /[\p{Script=Devanagari}\p{Script=Bengali}]/u,
    seniority: rules(SENIORITY_ORDER, [HINDI_BENGALI_SENIORITY]),
    department: rules(DEPARTMENT_ORDER, [HINDI_BENGALI_DEPARTMENT]),
  },
  {
    letters: /\p{Script=Arabic}/u,
    seniority: rules(SENIORITY_ORDER, [PERSIAN_URDU_SENIORITY]),
    department: rules(DEPARTMENT_ORDER, [PERSIAN_URDU_DEPARTMENT]),
  },
];

/** Letters of any script read here: a title with them is read by these lists (as CJK and Arabic titles are by theirs). */
export const SCRIPT_LETTERS =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Arabic}]/u;

/** Of two lists' first matches, the one their shared order checks first (a title may mix scripts). */
export function earliest<K>(order: K[], a: K | undefined, b: K | undefined): K | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return order.indexOf(b) < order.indexOf(a) ? b : a;
}

/** Seniority and department read from a title in these scripts; each is absent when no list names it. */
export function classifyScriptTitle(title: string): { seniority?: Seniority; department?: Department } {
  const form = scriptForm(title);
  let seniority: Seniority | undefined;
  let department: Department | undefined;
  for (const family of FAMILIES) {
    if (!family.letters.test(title)) continue;
    seniority = earliest(SENIORITY_ORDER, seniority, family.seniority.find(([, re]) => re.test(form))?.[0]);
    department = earliest(DEPARTMENT_ORDER, department, family.department.find(([, re]) => re.test(form))?.[0]);
  }
  return { seniority, department };
}

/**
 * A title as these lists read it: lower case; Greek accents and diaeresis dropped and final sigma as σ ("Προϊστάμενος"
 * -> "προισταμενοσ"), as Greek is written both with and without them; "ё" as "е"; Hebrew points dropped; the Hebrew
 * gershayim and geresh, typographic quotes and two apostrophes as ASCII quotes (מנכ״ל, מנכ"ל and מנכ''ל all "מנכ"ל");
 * dashes as "-", spaces as one space; Arabic-script letters folded for the Persian and Urdu lists (foldArabicScript).
 * Other marks stay: Cyrillic "й" and "ї" keep theirs, Thai, Devanagari and Bengali vowels are marks of the word itself.
 */
function scriptForm(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFD')
    .replace(/(?<=[\p{Script=Greek}\p{Script=Hebrew}]\p{M}*)\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/ς/g, 'σ')
    .replace(/ё/g, 'е')
    .replace(/[׳‘’`]/g, "'")
    .replace(/''|[״“”„]/g, '"')
    .replace(/[\u05BE\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\u0600-\u06FF\u200C\u200D]+/g, foldArabicScript);
}
