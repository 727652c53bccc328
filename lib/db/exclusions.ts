import type { AccountRecord, ExclusionRecord, IcpLensDb } from './db';

/**
 * "Not a company" marks. The mark is on the account's key: its registrable domain, or for a company known only by a
 * profile (or by a name typed in a CSV) that key. Only a page's own key is checked, never the profiles it links to:
 * a news article links to the companies it writes about, and those must stay readable.
 */
export function exclusionOf(account: AccountRecord, now: number): ExclusionRecord {
  return { key: account.id, name: account.name ?? account.domain ?? account.aliases[0] ?? account.id, at: now };
}

/** Whether pages keyed `key` are kept out; call inside the writing transaction (which must include `exclusions`). */
export async function isExcluded(db: IcpLensDb, key: string | undefined): Promise<boolean> {
  return key !== undefined && (await db.exclusions.get(key)) !== undefined;
}

/** Every site marked "not a company", the latest first. */
export async function listExclusions(db: IcpLensDb): Promise<ExclusionRecord[]> {
  return (await db.exclusions.toArray()).sort((a, b) => b.at - a.at);
}

/** Lifts marks: the next read of those pages makes an account again (nothing deleted comes back). */
export async function removeExclusions(db: IcpLensDb, keys: readonly string[]): Promise<number> {
  return db.transaction('rw', db.exclusions, async () => {
    const found = (await db.exclusions.bulkGet([...keys])).filter(Boolean).length;
    await db.exclusions.bulkDelete([...keys]);
    return found;
  });
}
