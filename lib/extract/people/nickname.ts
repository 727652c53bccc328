import { cleanText } from '../../signals/limits';
import { personName } from './names';

// A name with the name the person goes by in quotes between given and family names, as Philippine and American bios
// head them: "Ma. Cristina “Tina” Alcala-Ybañez". The page's title and address then call the person by the short
// form ("Tina Alcala-Ybañez"). Philippine names abbreviate a leading María as "Ma.", which no other name word is.
const NICKNAMED = /^([^"“”‘’«»]{2,40}?)\s+["“‘«]([\p{L}.'-]{2,20})["”’»]\s+([^"“”‘’«»]{2,40})$/u;
const MARIA = /^Ma\.(?=\s)/u;

/** The whole name as headed, and the forms it is also written in (without the nickname, and the nickname alone). */
export function nicknamedName(text: string): { name: string; forms: string[] } | undefined {
  const name = cleanText(text, 100);
  const m = name ? NICKNAMED.exec(name) : null;
  if (!name || !m?.[1] || !m[2] || !m[3]) return undefined;
  const given = personName(`${m[1].replace(MARIA, 'Maria')} ${m[3]}`);
  const called = personName(`${m[2]} ${m[3]}`);
  return given && called ? { name, forms: [`${m[1]} ${m[3]}`, called] } : undefined;
}
