import { LIMITS } from '../../signals/limits';
import { type PersonSignals, personSignalsSchema } from '../../signals/schema';
import { classifyPerson } from '../classify/derive';

/**
 * The people of a page (lib/extract/people/interpret.ts), each validated on its own: an invalid one is dropped, not
 * the page; a fact claiming the user's layer is dropped (a page never speaks for the user). Each gets its seniority
 * and department from its title, as a person page does. Undefined when none is left.
 */
export function validPeople(raw: unknown): PersonSignals[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const people: PersonSignals[] = [];
  for (const item of raw.slice(0, LIMITS.list)) {
    const parsed = personSignalsSchema.safeParse(item);
    if (!parsed.success || !parsed.data.name) continue;
    const person: PersonSignals = {};
    for (const [key, value] of Object.entries(parsed.data)) {
      if (value && value.layer !== 'user') (person as Record<string, unknown>)[key] = value;
    }
    if (!person.name) continue;
    classifyPerson(person);
    people.push(person);
  }
  return people.length ? people : undefined;
}
