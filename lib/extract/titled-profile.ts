import { cleanText } from '../signals/limits';
import type { PersonSignals } from '../signals/schema';
import { type FactContext, makeFact } from './facts';
import { jobTitle, personName } from './people/names';
import { namesPlace, spelledIn } from './person-page';
import { parseHeadline } from './sites/headline';

// A profile network's title: "Name - Title - Company | Network", "Name - Title på Company - Place | Network".
const SITE_SUFFIX = /\s+[|｜]\s+[^|｜]{2,40}$/u;
const PARTS = /\s+[-–—]\s+/;
const CONFIDENCE = 0.5;

/**
 * The person a profile page on a network no adapter reads (XING, about.me, a portfolio host) states in its title, as
 * such networks write it for search engines: the name, the position, the employer and a place, between dashes, before
 * the network's name. Read only where the page's heading is that name and its address spells it: the page is theirs.
 */
export function titledProfile(
  title: string,
  heading: string,
  ctx: FactContext,
  fromText: PersonSignals | undefined,
): PersonSignals | undefined {
  const titled = fromTitle(title, heading, ctx);
  // The title is read for what the text lacks: the employer, where the text could only take the site's name (a
  // network's, on its profiles). A title without an employer leaves the text's reading as it is.
  if (!titled?.employer) return fromText;
  const location = titled.location ?? (fromText?.name?.value === titled.name?.value ? fromText?.location : undefined);
  return location ? { ...titled, location } : titled;
}

function fromTitle(title: string, heading: string, ctx: FactContext): PersonSignals | undefined {
  const text = cleanText(title, 200);
  if (!text || !SITE_SUFFIX.test(text)) return undefined;
  const parts = text.replace(SITE_SUFFIX, '').split(PARTS);
  const name = personName(parts[0] ?? '');
  if (!name || parts.length < 2 || name !== personName(heading) || !spelledIn(name, ctx.url)) return undefined;
  const rest = parts.slice(1);
  if (rest.length > 1 && namesPlace(rest.at(-1) ?? '')) rest.pop();
  const place = parts.length - 1 > rest.length ? parts.at(-1) : undefined;
  // "Marknadschef på Söderkåsa Bryggeri AB" is position and employer in one part; else they are two.
  const headline = rest.length === 1 ? parseHeadline(rest[0]) : { title: rest[0], employer: rest[1] };
  const role = jobTitle(headline.title ?? '');
  if (!role) return undefined;
  const f = (value: string | undefined) => (value ? makeFact(ctx, 'title', value, 'the title', CONFIDENCE) : undefined);
  const person: PersonSignals = { name: f(name), title: f(role) };
  const employer = f(headline.employer && !namesPlace(headline.employer) ? headline.employer : undefined);
  if (employer) person.employer = employer;
  const location = f(place);
  if (location) person.location = location;
  return person;
}
