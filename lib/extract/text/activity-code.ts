import type { IndustryGroup } from '../../signals/enums';
import { groupOfCode } from '../classify/codes';

/**
 * The official activity code a register, directory or legal notice prints beside its label: "SK NACE 28250 – Výroba
 * ...", "Activity (NACE) 17.21 Manufacture of ...", "Business purpose (SBI) 26110", "Code APE : 6201Z", "Codice
 * ATECO 62.01.00", "Wirtschaftszweig (WZ 2008): 62.01", "CNAE 6201", "PKD 62.01.Z", "SIC code 62012" (the UK's
 * five-digit SIC 2007), "NAICS Code: 541511". The national codes of Europe (WZ, NAF, ATECO, CNAE, SBI, PKD, SNI,
 * TOL, DB07, CAE, KD/NKD/SKD, EMTAK, UK SIC, Norway's SN2007) refine NACE Rev. 2, whose first four digits are ISIC
 * Rev. 4's classes: one table (../classify/codes.ts) reads them all. The code is the company's own registered
 * activity, a firmer statement of its trade than any word on the page. The US's four-digit SIC codes are another
 * system and are not read. Norway's register labels its codes "Næringskode(r)" and lists the main one first: only the
 * code right after the label is read, so a second activity (a repairer's wholesale) does not undo the first.
 */
const SYSTEM = String.raw`(?:(?:SK|CZ)[ -])?NACE(?:[- ]BEL|[- ]Rev\.? ?2)?|SBI|WZ(?: ?2008)?|NAF(?: rév\. ?2)?|APE|ATECO(?: 2007)?|CNAE(?:[- ]2009)?|PKD(?: 2007)?|N?KD(?: 2007)?|SKD(?: 2008)?|TOL(?: 2008)?|SNI(?: 2007)?|DB07|CAE(?:[- ]Rev\.? ?3)?|EMTAK|N(?:æ|ae)ringskoder?(?:\(r\))?|ISIC(?: Rev\.? ?4)?|SIC(?: 2007)?|NAICS`;
// The system's name, then only label between it and the code ("-Code", " kód", ") :", a tab, the next line; a word
// or a date there is prose: "NACE members since 2019"), then the code:
// a section letter at most, two digits of division, and at least two more (group and class), a national letter after.
const CODE_ROW = new RegExp(
  String.raw`(?<![\p{L}\d])(${SYSTEM})(?![\p{L}\d])(?:[\s:()–-]|[Cc]ode|kód|kod|kode|Nr\.?){0,8}?([A-U][ ]?)?(\d{2})\.?(\d{2})(?:\.?(\d{1,2}))?(?:\.?[A-Z](?![\p{L}]))?(?![\d.]\d)`,
  'gu',
);
const MAX_ROWS = 12;

/** The group of one code of a named system, or none (a US SIC code, a code no group covers). */
function groupOf(system: string, division: string, rest: string, more: string): IndustryGroup | undefined {
  if (system === 'NAICS') return groupOfCode('naics', `${division}${rest}${more}`);
  // SIC with four digits is the US system; the UK's SIC 2007 has five.
  if (/^SIC/.test(system) && more.length !== 1) return undefined;
  return groupOfCode('isic', `${division}${rest}`);
}

/** The industry group of the activity codes the text states, when they agree; codes of two groups are no answer. */
export function activityCodeGroup(text: string): IndustryGroup | undefined {
  const groups = new Set<IndustryGroup>();
  let rows = 0;
  for (const m of text.matchAll(CODE_ROW)) {
    if (++rows > MAX_ROWS) break;
    const group = groupOf(m[1] ?? '', m[3] ?? '', m[4] ?? '', m[5] ?? '');
    if (group) groups.add(group);
  }
  return groups.size === 1 ? [...groups][0] : undefined;
}
