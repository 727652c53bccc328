import type { AccountRecord, IcpLensDb } from '../db/db';
import type { Icp } from '../icp/schema';
import { STAGE_OF_OUTCOME } from '../review/outcomes';
import { scoreCompany } from '../scoring/fit';
import { mergeCompany } from '../signals/merge';
import type { CompanySignals, Evidence } from '../signals/schema';
import type { ImportEntry } from './csv-import';

/** Rows scored and written between two progress reports. */
export const IMPORT_BATCH = 1_000;

export interface ImportOutcome {
  created: number;
  merged: number;
  /** Rows that gave the account an outcome (won, lost, disqualified). */
  outcomes: number;
}

/** What the user typed, as user-layer facts: they win over what pages said (DESIGN.md merge precedence). */
function typedSignals(entry: ImportEntry, now: number): CompanySignals {
  const evidence: Evidence = {
    source: 'csv-import',
    layer: 'user',
    url: 'csv-import',
    selector: `row ${entry.row}`,
    confidence: 1,
    observedAt: now,
  };
  return {
    ...(entry.name ? { name: { ...evidence, value: entry.name } } : {}),
    ...(entry.domain ? { domain: { ...evidence, value: entry.domain } } : {}),
  };
}

/**
 * Stores imported accounts in one transaction: all of them or, if anything throws, none. An account already stored
 * (same domain, or same normalized name) is merged, keeping its signals, tags, stage, notes, marks and dates; a new one
 * is scored with the active ICP; a key marked "not a company" is unmarked; a row with an outcome sets the stage it
 * stands for (won: Customer) with the outcome's date and reason. `onProgress` is called after each batch and must not wait on anything outside the database.
 */
export async function importAccounts(
  db: IcpLensDb,
  entries: readonly ImportEntry[],
  icp: Icp,
  now: number,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportOutcome> {
  return db.transaction('rw', db.accounts, db.exclusions, async () => {
    const outcome: ImportOutcome = { created: 0, merged: 0, outcomes: 0 };
    for (let start = 0; start < entries.length; start += IMPORT_BATCH) {
      const batch = entries.slice(start, start + IMPORT_BATCH);
      const stored = await db.accounts.bulkGet(batch.map((e) => e.id));
      const records = batch.map((entry, i): AccountRecord => {
        const current = stored[i];
        const signals = mergeCompany(current?.signals ?? {}, typedSignals(entry, now));
        if (current) outcome.merged++;
        else outcome.created++;
        return {
          // The user's notes and marks on an account already saved stay (hidden stays hidden).
          ...current,
          id: entry.id,
          domain: entry.domain ?? current?.domain,
          aliases: current?.aliases ?? [],
          name: signals.name?.value,
          signals,
          score: scoreCompany(icp, signals, now),
          firstSeen: current?.firstSeen ?? now,
          lastSeen: current?.lastSeen ?? now,
          tags: current?.tags ?? [],
          // An outcome in the file is the user's word on what happened: it sets the stage it stands for.
          ...(entry.outcome
            ? {
                stage: STAGE_OF_OUTCOME[entry.outcome.result],
                outcome: {
                  result: entry.outcome.result,
                  at: entry.outcome.at ?? now,
                  ...(entry.outcome.reason && { reason: entry.outcome.reason }),
                },
              }
            : { stage: current?.stage }),
        };
      });
      outcome.outcomes += batch.filter((e) => e.outcome).length;
      await db.accounts.bulkPut(records);
      // A file naming a site marked "not a company" is the user's explicit choice: the mark is lifted.
      await db.exclusions.bulkDelete(records.map((r) => r.id));
      onProgress?.(Math.min(entries.length, start + IMPORT_BATCH), entries.length);
    }
    return outcome;
  });
}
