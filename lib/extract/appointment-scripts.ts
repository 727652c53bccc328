import { cleanText } from '../signals/limits';
import { jobTitle } from './people/names';
import { scriptName } from './people/script-names';

// Appointment notices in Arabic, Persian and Hebrew headlines, where names have no capitals to end on: the name is
// the longest run of words the name rules accept before words that read as a job title.
//   Arabic, the company acts: "«مرافئ الشرق» تعيّن المهندسة سلمى الراشد رئيساً تنفيذياً" (appoints ... as CEO), the
//   role in the accusative ("رئيساً تنفيذياً" is "رئيس تنفيذي"), or after "في منصب" (in the post of).
//   Persian, the person becomes: "کاوه رضایی مدیرعامل فولاد البرز شد" (... became CEO of ...).
//   Hebrew, the company acts: "נגב אנרגיה מינתה את דנה לוי למנכ"לית" (appointed ... as CEO, the role after "ל").
const AR_ACTS =
  /^[«"“]?([^«»"“”،,:|]{2,60}?)[»"”]?\s+(?:تعيّن|تعين|تُعيّن|يعيّن|يعين|عيّنت|عينت|عيّن|عين|تعلن تعيين|يعلن تعيين|أعلنت تعيين|أعلن تعيين)\s+(.{4,120})$/u;
const AR_POST = /^(?:في منصب|لمنصب|بمنصب|منصب)\s+/u;
const FA_BECOMES = /^(.{4,120}?)\s+(?:شد|گردید)(?:[.!]|$)/u;
const HE_ACTS = /^(.{2,60}?)\s+(?:מינתה את|מינה את|ממנה את|ממנה|מינתה|מינה)\s+(.{4,120})$/u;
const MAX_NAME_WORDS = 5;
const MAX_ROLE_WORDS = 4;
const MAX_COMPANY_WORDS = 6;

export interface ScriptNotice {
  name: string;
  title: string;
  employer: string;
}

/**
 * Arabic's accusative, indefinite role as the titles are written on their own: "رئيساً تنفيذياً" -> "الرئيس التنفيذي",
 * "مديراً عاماً" -> "المدير العام".
 */
function arabicRole(words: string[]): string | undefined {
  const bare = words.map((w) => w.replace(/اً$|ًا$|ً$/u, ''));
  return jobTitle(bare.join(' ')) ?? jobTitle(bare.map((w) => (w.startsWith('ال') ? w : `ال${w}`)).join(' '));
}

/** The name that opens `words` and the role right after it: the longest name whose remainder reads as a job title. */
function nameThenRole(words: string[], role: (rest: string[]) => string | undefined) {
  for (let k = Math.min(MAX_NAME_WORDS, words.length - 1); k >= 2; k--) {
    const name = scriptName(words.slice(0, k).join(' '));
    const title = name ? role(words.slice(k)) : undefined;
    if (name && title) return { name, title };
  }
  return undefined;
}

function arabicActs(clause: string): ScriptNotice | undefined {
  const m = AR_ACTS.exec(clause);
  const employer = cleanText(m?.[1], 80);
  if (!m?.[2] || !employer) return undefined;
  // The clause ends the role: "خلفاً لـ" (succeeding), "للشركة" (of the company), a comma or a stop.
  const words = m[2]
    .split(/\s*(?:[،,.:|]|خلفاً|خلفا|للشركة|اعتباراً|اعتبارا)/u)[0]
    ?.split(' ')
    .filter(Boolean);
  const found = words
    ? nameThenRole(words, (rest) => {
        const role = rest.join(' ').replace(AR_POST, '').split(' ');
        return rest.length && role.length <= MAX_ROLE_WORDS ? arabicRole(role) : undefined;
      })
    : undefined;
  return found ? { ...found, employer } : undefined;
}

function persianBecomes(clause: string): ScriptNotice | undefined {
  const words = FA_BECOMES.exec(clause)?.[1]?.split(' ');
  if (!words) return undefined;
  for (let k = Math.min(MAX_NAME_WORDS, words.length - 2); k >= 2; k--) {
    const name = scriptName(words.slice(0, k).join(' '));
    if (!name) continue;
    // The role is the shortest run after the name that reads as one; the company is the rest.
    for (let r = 1; r <= MAX_ROLE_WORDS && k + r < words.length; r++) {
      const title = jobTitle(words.slice(k, k + r).join(' '));
      const company = words.slice(k + r);
      const employer = company.length <= MAX_COMPANY_WORDS ? cleanText(company.join(' '), 80) : undefined;
      if (title && employer) return { name, title, employer };
    }
  }
  return undefined;
}

function hebrewActs(clause: string): ScriptNotice | undefined {
  const m = HE_ACTS.exec(clause);
  const employer = cleanText(m?.[1], 80);
  const words = m?.[2]?.split(/\s*[,.:|]/u)[0]?.split(' ');
  const found =
    employer && words
      ? nameThenRole(words, (rest) => {
          // "למנכ"לית", "לתפקיד סמנכ"ל השיווק": the role after its "to".
          const role = rest.join(' ').replace(/^לתפקיד\s+|^ל(?=\S)/u, '');
          return rest.length <= MAX_ROLE_WORDS ? jobTitle(role) : undefined;
        })
      : undefined;
  return found && employer ? { ...found, employer } : undefined;
}

/** An appointment notice in Arabic, Persian or Hebrew: the person, their new role and the company. */
export function scriptNotice(clause: string): ScriptNotice | undefined {
  return arabicActs(clause) ?? persianBecomes(clause) ?? hebrewActs(clause);
}
