/**
 * Dates as pages write them next to news: "March 4, 2025", "4 March 2025", "Mar. 4th, 2025", "2025-03-04",
 * "04.03.2025", "4. März 2025". Slashed dates (03/04/2025) are left out: the same text is March in one country and
 * April in another.
 */
const EN = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
];
const DE = [
  'januar',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
];
const MONTH = `(${EN.join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

const PATTERNS: Array<{ re: RegExp; parts: (m: RegExpExecArray) => [number, number, number] | undefined }> = [
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'gi'),
    parts: (m) => [+(m[3] ?? 0), monthEn(m[1]), +(m[2] ?? 0)],
  },
  {
    re: new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'gi'),
    parts: (m) => [+(m[3] ?? 0), monthEn(m[2]), +(m[1] ?? 0)],
  },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, parts: (m) => [+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0)] },
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, parts: (m) => [+(m[3] ?? 0), +(m[2] ?? 0), +(m[1] ?? 0)] },
  {
    re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.\\s*(${DE.join('|')})\\s+(\\d{4})\\b`, 'giu'),
    parts: (m) => [+(m[3] ?? 0), DE.indexOf((m[2] ?? '').toLowerCase()) + 1, +(m[1] ?? 0)],
  },
];

function monthEn(word: string | undefined): number {
  const w = (word ?? '').toLowerCase();
  return EN.findIndex((p) => new RegExp(`^${p}$`).test(w)) + 1;
}

/** Every valid date in a piece of text, as UTC midnight (epoch ms), in the order they appear. */
export function findDates(text: string): number[] {
  const found: Array<{ index: number; at: number }> = [];
  for (const { re, parts } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const ymd = parts(m);
      if (!ymd) continue;
      const [y, mo, d] = ymd;
      const at = Date.UTC(y, mo - 1, d);
      const check = new Date(at);
      if (mo >= 1 && mo <= 12 && check.getUTCDate() === d && check.getUTCMonth() === mo - 1 && y >= 1990)
        found.push({ index: m.index, at });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.at);
}
