import { cleanText } from '../signals/limits';
import type { PersonSignals } from '../signals/schema';
import { escapeRegExp } from '../util/regexp';
import { type FactContext, makeFact } from './facts';
import { jobTitle, personName } from './people/names';
import { scriptName } from './people/script-names';

// Where a title parts its pieces: "Our Founder – Shri Anand Kulkarni | Kulkarni Foods".
const PARTS = /\s+[|–—·•-]\s+|\s*[｜|]\s*|,\s+|:\s+/u;
// "Our", "Meet our", "Meet the" before a role, in the languages such pages are written in, and a story's "'s story".
const OUR =
  /^(?:meet\s+(?:our|the)|our|the|unser(?:e|en)?|notre|nuestro|nuestra|nosso|nossa|il nostro|la nostra|onze|vår|vores|nasz(?:a|e)?|हमारे|हमारी|हमारा|আমাদের|ہمارے)\s+(.{3,60}?)(?:['’]s\s+story)?$/iu;
const CONFIDENCE = 0.45;
const MAX_PARTS = 8;

const nameIn = (text: string) => personName(text) ?? scriptName(text);

/**
 * The person a company's page about its founder or leader is about, where its title says so: "Our Founder, Shri Anand
 * Kulkarni", "Meet our CEO – Jane Doe", "हमारे संस्थापक – श्री ...": a part that is "our" and a job title, and the next
 * part a name. The company whose site it is employs them (`company`: undefined on a platform).
 */
export function founderTitled(title: string, company: string | undefined, ctx: FactContext): PersonSignals | undefined {
  const parts = title.split(PARTS, MAX_PARTS).map((p) => p.trim());
  for (let i = 0; i + 1 < parts.length; i++) {
    const role = jobTitle(OUR.exec(parts[i] ?? '')?.[1] ?? '');
    const name = role ? nameIn(parts[i + 1] ?? '') : undefined;
    if (!role || !name) continue;
    const f = (value: string) => makeFact(ctx, 'title', value, 'the title', CONFIDENCE);
    const person: PersonSignals = { name: f(name), title: f(role) };
    const employer = company ? cleanText(company, 80) : undefined;
    if (employer) person.employer = f(employer);
    return person;
  }
  return undefined;
}

// An interview's title: a lead word, then the person "of" their company ("Interview: Jane Doe of Acme Dairies",
// "Mahojiano: Wanjiru Kamau wa Maziwa Bora", "Entrevista: Rosa Quispe de Agrícola Chira").
const INTERVIEW =
  /^(?:interview|interview with|in conversation with|q&a|entrevista|entrevista con|entrevista a|intervista|intervista a|entretien|entretien avec|interview mit|im gespräch|gesprek met|wywiad|röportaj|mahojiano|mahojiano na)\s*[:–—-]?\s+(.{4,60}?)\s+(?:of|from|at|wa|de|di|von|van|z|från|fra)\s+(\p{Lu}[^–—|"“”«»:]{1,60}?)(?=\s*(?:[–—|"“”«»:,]|\s-\s|$))/iu;
const ARTICLE = /^(?:the|el|la|le|il|der|die|das|o|a)\s+/iu;

/**
 * The person an interview is about, with the role its summary gives at the company its title names: the title
 * "Interview: Jane Doe of Acme Dairies", the summary "The founder and CEO of Acme Dairies explains ...".
 */
export function interviewSubject(
  title: string,
  summary: string | undefined,
  ctx: FactContext,
): PersonSignals | undefined {
  const m = INTERVIEW.exec(cleanText(title, 200) ?? '');
  const name = m?.[1] ? personName(m[1]) : undefined;
  const employer = cleanText(m?.[2], 80);
  const text = cleanText(summary, 400);
  if (!name || !employer || !text) return undefined;
  // The words before "of <company>" in the summary, as far back as a clause goes.
  const before = new RegExp(
    String.raw`(?:^|[.;:!?]\s+|,\s+)([^,.;:!?]{2,80}?)\s+(?:of|at|wa|de|di|von|van|z|från|fra)\s+${escapeRegExp(employer)}`,
    'u',
  ).exec(text);
  const role = before?.[1] ? jobTitle(before[1].replace(ARTICLE, '')) : undefined;
  if (!role) return undefined;
  const f = (value: string, selector: string) => makeFact(ctx, 'text', value, selector, CONFIDENCE);
  return { name: f(name, 'the title'), title: f(role, 'the summary'), employer: f(employer, 'the title') };
}
