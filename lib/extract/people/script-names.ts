import { cleanText } from '../../signals/limits';
import { isJobTitle } from '../classify/title';

// Scripts without capital letters, written with spaces between a name's words: a name in them cannot be told from
// other words by its capitals, as ./names.ts `personName` tells Latin, Greek and Cyrillic names. Chinese, Japanese and
// Korean names, written without spaces, are read in their own shapes (../appointment.ts).
const SCRIPTS = String.raw`\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Gurmukhi}\p{sc=Gujarati}\p{sc=Tamil}\p{sc=Telugu}\p{sc=Kannada}\p{sc=Malayalam}\p{sc=Sinhala}\p{sc=Thai}\p{sc=Georgian}\p{sc=Ethiopic}`;
// A word of those scripts: their letters and marks, apostrophes, gershayim and hyphens. Persian joins a name's parts
// with a zero-width non-joiner ("کاظمی‌نژاد"), which the word keeps.
const UNCASED = new RegExp(`^[${SCRIPTS}\\p{M}\u200c'’׳״"-]+$`, 'u');
// One letter of those scripts: a word of quotes and hyphens alone is none.
const LETTER = new RegExp(`[${SCRIPTS}]`, 'u');

// Honorifics and degrees written before a name in those scripts, as team pages and bios head them: Arabic's engineer,
// doctor, professor, sheikh, Mr and Mrs (abbreviated "م." "د." "أ." or "م/"), Persian's and Urdu's, Hebrew's lawyer,
// doctor, accountant and professor (עו"ד, ד"ר, רו"ח, פרופ'), Hindi's and Bengali's Dr, Shri, Smt, Thai's Mr, Mrs, Miss
// and Dr (written joined to the name: "นายสมชาย").
const HONORIFIC = new RegExp(
  String.raw`^(?:(?:${[
    '[مدأ][./]',
    'أ\\.د\\.',
    'ال(?:مهندس|دكتور|أستاذ|استاذ|شيخ|سيد|مستشار|حاج)ة?',
    '(?:سعادة|معالي|سمو|فضيلة)',
    '(?:دکتر|مهندس|آقای|خانم|جناب|سرکار|محترمہ|ڈاکٹر|انجینئر)',
    '(?:עו|ד|רו)["״]\\S',
    "פרופ['׳]",
    "(?:מר|גב['׳])",
    'डॉ\\.?',
    '(?:श्रीमती|श्री|सुश्री|प्रो\\.|इंजी\\.)',
    'ড\\.',
    '(?:জনাব|বেগম|শ্রীমতী|শ্রী|প্রকৌশলী|অধ্যাপক)',
  ].join('|')})\s*)+|^(?:นางสาว|นาย|นาง|ดร\.|คุณ)\s*`,
  'u',
);

// Words of a sentence that are never part of a name: prepositions, conjunctions and particles ("في منصب", "از", "של",
// "के", "এবং"), so a phrase with them is not taken for a name.
const FUNCTION_WORDS = new Set(
  (
    'في من على إلى الى عن مع أو و هذا هذه التي الذي منصب ' +
    'از به در با که را برای این آن ' +
    'של את עם על או גם זה ' +
    'के की का में और से ने को पर ' +
    'এর ও এবং থেকে কে'
  ).split(' '),
);

/**
 * A person's name in a script without capitals ("م. هشام عبد الرحمن الشاذلي" -> "هشام عبد الرحمن الشاذلي"): two to six
 * words of that script, no digit and no Latin letter, and not a job title. On its own this says little, since nothing
 * tells a name from any short phrase; callers read it only where the page places it as one (its heading and its title
 * name it, and a job title stands right under it).
 */
export function scriptName(text: string): string | undefined {
  const name = cleanText(text, 80)?.replace(HONORIFIC, '').trim();
  if (!name || name.length > 60) return undefined;
  const words = name.split(' ');
  if (words.length < 2 || words.length > 6) return undefined;
  if (!words.every((word) => UNCASED.test(word) && LETTER.test(word) && !FUNCTION_WORDS.has(word))) return undefined;
  return isJobTitle(name) ? undefined : name;
}
