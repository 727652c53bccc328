import type { IcpLensDb } from '../db/db';
import { classifyPerson } from '../extract/classify/derive';
import type { Icp } from '../icp/schema';
import type { PersonSignals } from '../signals/schema';
import { rankTriggers, type Trigger } from './rank';

/** A role named in a page's sentence, read as a job title would be on a person page (seniority, department). */
function asTitle(role: string): PersonSignals {
  const person: PersonSignals = {
    title: { value: role, source: 'trigger', layer: 'heuristic', url: 'trigger', confidence: 0.5, observedAt: 0 },
  };
  classifyPerson(person);
  return person;
}

/** The account's top why-now triggers from every page seen of it. */
export async function loadTriggers(db: IcpLensDb, accountId: string, icp: Icp, now: number): Promise<Trigger[]> {
  const observations = await db.observations.where('accountId').equals(accountId).toArray();
  return rankTriggers(observations, icp, now, asTitle);
}
