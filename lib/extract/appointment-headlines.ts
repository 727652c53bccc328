import { cleanText } from '../signals/limits';
import { eastAsianName } from './leader-message';
import { jobTitle, personName } from './people/names';

// Two more headline shapes of an appointment notice, each naming who, as what and where.
//   Chinese writes the company, "新任" (newly appointed), the role and the name with no space between them, then the
//   verb of taking office: "<company>新任總經理<name>上任". The name is the two or three characters before the verb
//   that open on a common surname, the role the rest.
//   Indonesian and Malay write the person, then "(resmi) menjabat" / "diangkat sebagai" / "dilantik menjadi" (takes
//   up, is appointed as), the role and the company, which opens on its legal form ("PT", "CV", "Perum"):
//   "<name> Resmi Jabat Direktur Utama PT <company>".
const ZH_NEW_ROLE =
  /^(\p{sc=Han}[^\s，,。、：:]{1,20}?)新任([^\s，,。、：:]{4,11}?)(?:正式)?(?:上任|接任|就任|履新|到任)/u;
const NAME_LENGTHS = [3, 2];

const ID_TAKES_UP =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}?)\s+(?:[Rr]esmi\s+)?(?:[Mm]enjabat|[Jj]abat|[Dd]iangkat|[Dd]itunjuk|[Dd]ilantik|[Tt]erpilih|[Dd]itetapkan)(?:\s+(?:[Ss]ebagai|[Mm]enjadi|[Jj]adi))?\s+(\p{Lu}[^,;:()|]{1,50}?)\s+((?:PT|CV|Perum|Perumda|PD)\s+\p{Lu}[^,;:()|]{1,60}?)(?=\s*(?:[,;:()|–—]|\s-\s|\.(?:\s|$)|$))/u;
// A new role's "baru" (new) after it: "Direktur Utama baru".
const NEW_AFTER = /\s+baru$/iu;

export interface HeadlineNotice {
  name: string;
  title: string;
  employer: string;
}

function chineseNewRole(clause: string): HeadlineNotice | undefined {
  const m = ZH_NEW_ROLE.exec(clause);
  const employer = cleanText(m?.[1], 80);
  const both = m?.[2] ?? '';
  if (!employer) return undefined;
  for (const n of NAME_LENGTHS) {
    const name = both.length > n ? eastAsianName(both.slice(-n)) : undefined;
    const title = name ? jobTitle(both.slice(0, -n)) : undefined;
    if (name && title) return { name, title, employer };
  }
  return undefined;
}

function indonesianTakesUp(clause: string): HeadlineNotice | undefined {
  const m = ID_TAKES_UP.exec(clause);
  const name = m?.[1] ? personName(m[1]) : undefined;
  const title = m?.[2] ? jobTitle(m[2].replace(NEW_AFTER, '')) : undefined;
  const employer = cleanText(m?.[3], 80);
  return name && title && employer ? { name, title, employer } : undefined;
}

/** An appointment headline in Chinese ("<company>新任<role><name>上任") or Indonesian ("<name> Resmi Jabat <role> PT ..."). */
export function headlineNotice(clause: string): HeadlineNotice | undefined {
  return chineseNewRole(clause) ?? indonesianTakesUp(clause);
}
