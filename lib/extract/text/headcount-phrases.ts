// Headcount told in phrasings the main patterns of headcount.ts do not carry; read after them, with their checks
// (a parent's or a customer's staff, a season's hands, a past count). Each capture group is, as there: the
// qualifier, the digits, the "+".

// "понад", "більше ніж", "более", "свыше" (more than): Ukrainian and Russian lower bounds.
const MORE = String.raw`(?:(понад|більше ніж|більше за|більше|более|свыше|peste)\s+)?`;
const DIGITS = String.raw`(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d{1,6})`;

export const MORE_PHRASES: RegExp[] = [
  // "понад 146 фахівців у команді", "более 200 сотрудников", "146 спеціалістів у команді": Ukrainian and Russian staff
  // nouns, and the words for specialists when placed in the company's team or staff (alone they count those trained or
  // placed with clients).
  new RegExp(
    String.raw`(?<![\p{L}\d])${MORE}${DIGITS}(\s*\+)?\s+(?:(?:постійних|штатних|постоянных|штатных)\s+)?(?:співробітників|працівників|сотрудников|работников|(?:фахівців|спеціалістів|специалистов|професіоналів|профессионалов)\s+(?:у|в)\s+(?:команді|команде|штаті|штате|компанії|компании))(?!\p{L})`,
    'giu',
  ),
  // A figure over its caption: "146" over "спеціалістів у команді", "210" over "співробітників".
  new RegExp(
    String.raw`(?:^|\n)[ \t]*()${DIGITS}(\s*\+)?[ \t]*\n[ \t]*(?:співробітників|працівників|сотрудников|работников|(?:фахівців|спеціалістів|специалистов)\s+(?:у|в)\s+(?:команді|команде|штаті|штате))[ \t]*(?=\n|$)`,
    'giu',
  ),
  // A fact row: "Постоянные сотрудники<tab>210 человек", "Штатні працівники: 85" (permanent, salaried staff).
  new RegExp(
    String.raw`(?:^|\n)[ \t]*(?:постоянные сотрудники|штатные сотрудники|сотрудники|постійні працівники|штатні працівники|працівники|співробітники|персонал|xodimlar soni|xodimlar)[ \t]*[:\t][ \t]*()${DIGITS}(\s*\+)?(?:[ \t]+(?:человек|осіб|чол\.|nafar))?[ \t]*(?=\n|$)`,
    'giu',
  ),
  // "kompaniyada 180 nafar xodim ishlaydi", "200 nafardan ortiq xodim": Uzbek counts people with "nafar", the staff
  // noun after it ("nafargacha", up to, is a season's ceiling, not a count).
  new RegExp(
    String.raw`(?<![\p{L}\d])()${DIGITS}\s+nafar(dan\s+ortiq|dan\s+ko['‘’ʻ]proq)?\s+(?:doimiy\s+)?(?:xodim|ishchi|mutaxassis)(?:lar)?(?!\p{L})`,
    'giu',
  ),
  // "Tim kami kini berjumlah 230 orang" (our team now numbers 230 people), "karyawan kami berjumlah 1.200 orang":
  // Indonesian counts the company's own team or staff with "berjumlah" and its counter word for people.
  new RegExp(
    String.raw`(?<!\p{L})(?:tim|karyawan|pegawai)\s+(?:kami\s+)?(?:kini\s+|saat ini\s+|sekarang\s+)?berjumlah\s+(?:(lebih dari)\s+)?${DIGITS}(\s*\+)?\s+orang(?!\p{L})`,
    'giu',
  ),
  // "Quy mô: 1000+ nhân viên" (size: 1000+ staff), as Vietnamese job boards state the employer's size; "hơn 1.200 cán
  // bộ công nhân viên" (over 1,200 officers and workers), the phrase Vietnamese companies count their staff with.
  new RegExp(
    String.raw`(?:^|\n)[ \t]*quy mô[ \t]*:?[ \t]*()${DIGITS}(\s*\+)?[ \t]*(?:nhân viên|lao động|người)(?!\p{L})`,
    'giu',
  ),
  new RegExp(
    String.raw`(?<!\p{L})(?:(hơn|trên)\s+)?${DIGITS}(\s*\+)?\s+(?:cán bộ,?\s+)?công nhân viên(?!\p{L})`,
    'giu',
  ),
];

// The English phrasings: each case-sensitive where a name must be capitalised.
export const NAMED_PHRASES: RegExp[] = [
  // "28 people in the Paddockly team": the company's own team, by its name.
  new RegExp(
    String.raw`(?<![\p{L}\d])(?:((?:[Oo]ver|[Mm]ore than|[Aa]round|[Aa]bout|[Nn]early))\s+)?${DIGITS}(\s*\+)?\s+people\s+(?:in|on)\s+the\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:team|crew)(?![\p{L}])`,
    'gu',
  ),
  // "The company employs over 300 Papua New Guineans", "employs 120 New Zealanders": the staff named by their nation.
  new RegExp(
    String.raw`(?<![\p{L}])(?:employs|employ|employing)\s+(?:((?:over|more than|around|about|nearly))\s+)?${DIGITS}(\s*\+)?\s+(?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+(?:ians|ans|ers|ese)(?![\p{L}])`,
    'gu',
  ),
];
