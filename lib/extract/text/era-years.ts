// Taiwan dates by the Republic (民國72年 = 1983) and Japan by its eras (昭和48年 = 1973, 平成28年 = 2016): a founding
// row or sentence in those calendars says the year as plainly as "1983年". Each era's first year, less one, and its
// last year, so that a number the era never reached ("昭和99年") stays as written.
const ERAS: Record<string, { base: number; last: number }> = {
  民國: { base: 1911, last: 200 },
  民国: { base: 1911, last: 200 },
  明治: { base: 1867, last: 45 },
  大正: { base: 1911, last: 15 },
  昭和: { base: 1925, last: 64 },
  平成: { base: 1988, last: 31 },
  令和: { base: 2018, last: 99 },
};

// The era, its year (元 is the first, full-width digits as Japanese pages set them), and the Gregorian year a page may
// add in brackets ("民國79年（1990年）"), which is the same year and is dropped so as not to read twice.
const ERA_YEAR =
  /(民國|民国|明治|大正|昭和|平成|令和)[ \t]?(元|\d{1,3}|[０-９]{1,3})[ \t]?年(?:[ \t]?[（(][ \t]?(?:西暦|西元)?[ \t]?(?:18|19|20)\d\d[ \t]?年?[ \t]?[)）])?/gu;

function arabic(digits: string): number {
  if (digits === '元') return 1;
  return Number(digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

// Nepal dates by the Bikram Sambat, 56 or 57 years ahead, and its pages add the Gregorian year in brackets: "established
// in 2060 B.S. (2003 A.D.)", "वि.सं. २०५१ (1994)". The bracket says the year; the B.S. one before it is dropped, as
// it would otherwise be no year at all (past the current one).
const SAMBAT_BESIDE_AD =
  /(?<!\d)(?:19|20|21)\d\d[ \t]?(?:B\.[ \t]?S\.?|V\.[ \t]?S\.?|BS|VS)(?!\p{L})[ \t]?\([ \t]?((?:18|19|20)\d\d)[ \t]?(?:A\.[ \t]?D\.?|AD|CE)?[ \t]?\)/gu;

// Thailand dates by the Buddhist era, 543 years ahead: "พ.ศ. 2541" (B.E. 2541 = 1998), or a bare "ปี 2547" (the year
// 2547), a year no Gregorian page reaches yet; a bracketed Gregorian year after it ("(ค.ศ. 2004)") is the same year and
// is dropped so as not to read twice.
const BUDDHIST_ERA_YEAR =
  /(พ\.[ \t]?ศ\.|ปี)[ \t]*(?:พ\.[ \t]?ศ\.[ \t]*)?(2[45]\d\d)(?!\d)(?:[ \t]*\([ \t]*ค\.[ \t]?ศ\.[ \t]*(?:18|19|20)\d\d[ \t]*\))?/gu;

/** `text` with every era year written as its Gregorian year ("民國72年3月" becomes "1983年3月"). */
export function withGregorianYears(raw: string): string {
  let text = raw.replace(SAMBAT_BESIDE_AD, '$1');
  if (text.includes('ศ.') || text.includes('ปี'))
    text = text.replace(BUDDHIST_ERA_YEAR, (_whole, lead: string, year: string) => `${lead} ${Number(year) - 543}`);
  if (!/[民明大昭平令][國国治正和成]/u.test(text)) return text;
  return text.replace(ERA_YEAR, (whole, era: string, digits: string) => {
    const { base, last } = ERAS[era] ?? { base: 0, last: 0 };
    const n = arabic(digits);
    return n >= 1 && n <= last ? `${base + n}年` : whole;
  });
}
