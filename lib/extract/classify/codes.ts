import type { IndustryGroup } from '../../signals/enums';

/**
 * Industry groups of official activity codes, which schema.org's Organization states as `isicV4` (ISIC Rev. 4, the
 * basis of NACE) and `naics` (North American Industry Classification System). Keys are code prefixes; the longest
 * one that matches wins ("5820" software publishing before "58" publishing). Mapped as in ./terms.ts; codes of
 * farming, fishing and the rest stay without a group.
 */
const ISIC: Record<string, IndustryGroup> = {
  '05': 'energy-utilities',
  '06': 'energy-utilities',
  '07': 'energy-utilities',
  '08': 'energy-utilities',
  '09': 'energy-utilities',
  '10': 'retail-consumer',
  '11': 'retail-consumer',
  '12': 'retail-consumer',
  '19': 'energy-utilities',
  '21': 'healthcare',
  '35': 'energy-utilities',
  '36': 'energy-utilities',
  '37': 'energy-utilities',
  '38': 'energy-utilities',
  '39': 'energy-utilities',
  '41': 'real-estate-construction',
  '42': 'real-estate-construction',
  '43': 'real-estate-construction',
  '45': 'retail-consumer',
  '46': 'retail-consumer',
  '47': 'retail-consumer',
  '49': 'transportation-logistics',
  '50': 'transportation-logistics',
  '51': 'transportation-logistics',
  '52': 'transportation-logistics',
  '53': 'transportation-logistics',
  '55': 'hospitality-travel',
  '56': 'hospitality-travel',
  '58': 'media-publishing',
  '582': 'software',
  '59': 'media-publishing',
  '60': 'media-publishing',
  '61': 'telecommunications',
  '62': 'it-services',
  '6201': 'software',
  '631': 'it-services',
  '639': 'media-publishing',
  '64': 'financial-services',
  '65': 'financial-services',
  '66': 'financial-services',
  '68': 'real-estate-construction',
  '69': 'professional-services',
  '70': 'professional-services',
  '71': 'professional-services',
  '72': 'professional-services',
  '73': 'marketing-advertising',
  '74': 'professional-services',
  '75': 'healthcare',
  '78': 'professional-services',
  '79': 'hospitality-travel',
  '80': 'professional-services',
  '81': 'professional-services',
  '82': 'professional-services',
  '84': 'government-nonprofit',
  '85': 'education',
  '86': 'healthcare',
  '87': 'healthcare',
  '88': 'government-nonprofit',
  '90': 'media-publishing',
  '91': 'media-publishing',
  '92': 'hospitality-travel',
  '93': 'hospitality-travel',
  '94': 'government-nonprofit',
  '951': 'it-services',
  '952': 'retail-consumer',
  '96': 'retail-consumer',
};
for (let d = 13; d <= 33; d++) if (d !== 19 && d !== 21) ISIC[String(d)] = 'manufacturing';

const NAICS: Record<string, IndustryGroup> = {
  '21': 'energy-utilities',
  '22': 'energy-utilities',
  '23': 'real-estate-construction',
  '31': 'manufacturing',
  '311': 'retail-consumer',
  '312': 'retail-consumer',
  '32': 'manufacturing',
  '3254': 'healthcare',
  '33': 'manufacturing',
  '3391': 'healthcare',
  '42': 'retail-consumer',
  '44': 'retail-consumer',
  '45': 'retail-consumer',
  '48': 'transportation-logistics',
  '49': 'transportation-logistics',
  '51': 'media-publishing',
  '5112': 'software',
  '5132': 'software',
  '517': 'telecommunications',
  '518': 'it-services',
  '52': 'financial-services',
  '531': 'real-estate-construction',
  '54': 'professional-services',
  '54131': 'real-estate-construction',
  '5415': 'it-services',
  '541511': 'software',
  '5418': 'marketing-advertising',
  '55': 'professional-services',
  '56': 'professional-services',
  '562': 'energy-utilities',
  '61': 'education',
  '62': 'healthcare',
  '624': 'government-nonprofit',
  '71': 'hospitality-travel',
  '711': 'media-publishing',
  '712': 'media-publishing',
  '72': 'hospitality-travel',
  '81': 'retail-consumer',
  '811': 'retail-consumer',
  '813': 'government-nonprofit',
  '92': 'government-nonprofit',
};

function byPrefix(table: Record<string, IndustryGroup>, code: string): IndustryGroup | undefined {
  for (let n = code.length; n >= 2; n--) {
    const group = table[code.slice(0, n)];
    if (group) return group;
  }
  return undefined;
}

/**
 * The group of a stated ISIC Rev. 4 or NAICS code. ISIC codes may carry the section letter and dots ("J6201",
 * "62.01"); NAICS codes are 2 to 6 digits. Anything else is no code.
 */
export function groupOfCode(system: 'isic' | 'naics', raw: unknown): IndustryGroup | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const text = String(raw).trim().slice(0, 12);
  const match = system === 'isic' ? /^[A-U]?\s*(\d{2})\.?(\d{0,2})$/i.exec(text) : /^(\d{2,6})$/.exec(text);
  if (!match) return undefined;
  const code = match.slice(1).join('');
  return byPrefix(system === 'isic' ? ISIC : NAICS, code);
}
