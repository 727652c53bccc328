import type { Target } from '../workflow/limits';

/** The most leads one bulk action takes: five times the 10,000 the list is built for. */
export const MAX_SELECTION = 50_000;
/** Targets per `ui-bg/stage-selection` message, and the characters of their ids, under the 256 kB message cap. */
export const SELECTION_CHUNK = { targets: 2_000, chars: 150_000 } as const;
export const MAX_SELECTION_CHUNKS = Math.ceil(MAX_SELECTION / 10);

/** Splits a selection into chunks that each fit one message (ids can be long profile addresses). */
export function chunkSelection(targets: readonly Target[]): Target[][] {
  const chunks: Target[][] = [];
  let current: Target[] = [];
  let chars = 0;
  for (const target of targets) {
    const size = target.id.length + 40;
    if (current.length && (current.length >= SELECTION_CHUNK.targets || chars + size > SELECTION_CHUNK.chars)) {
      chunks.push(current);
      current = [];
      chars = 0;
    }
    current.push(target);
    chars += size;
  }
  if (current.length || !chunks.length) chunks.push(current);
  return chunks;
}

/** A selection left unfinished this long is dropped. */
const STALE_MS = 10 * 60_000;
const MAX_PENDING = 4;

interface Pending {
  total: number;
  chunks: (Target[] | undefined)[];
  count: number;
  touched: number;
}

/**
 * A selection too big for one message arrives in chunks; the background holds them until the action, which then runs
 * over the whole selection in one transaction. In memory only: a worker stopped meanwhile loses it, and the action
 * is refused with nothing changed.
 */
export class SelectionStaging {
  private pending = new Map<string, Pending>();

  add(bulkId: string, index: number, total: number, targets: Target[], now: number): { received: number } {
    for (const [id, p] of this.pending) if (now - p.touched > STALE_MS) this.pending.delete(id);
    let p = this.pending.get(bulkId);
    if (!p) {
      // A selection staged for a confirmation the user cancelled is never taken: the oldest gives way.
      if (this.pending.size >= MAX_PENDING) this.pending.delete(this.pending.keys().next().value as string);
      p = { total, chunks: new Array(total).fill(undefined), count: 0, touched: now };
      this.pending.set(bulkId, p);
    }
    if (p.total !== total || index >= total)
      throw new Error(`part ${index + 1} of ${total} does not fit this selection`);
    p.count += targets.length - (p.chunks[index]?.length ?? 0);
    if (p.count > MAX_SELECTION) {
      this.pending.delete(bulkId);
      throw new Error(`too many leads selected: at most ${MAX_SELECTION.toLocaleString('en-US')} at once`);
    }
    p.chunks[index] = targets;
    p.touched = now;
    return { received: p.chunks.filter(Boolean).length };
  }

  /** The whole selection, each lead once; `keep` leaves it staged (a preview before the action). */
  get(bulkId: string, keep = false): Target[] {
    const p = this.pending.get(bulkId);
    if (!keep) this.pending.delete(bulkId);
    if (!p) throw new Error('this selection is unknown or expired: select the leads again');
    if (p.chunks.includes(undefined)) throw new Error('the selection arrived incomplete: try again');
    const seen = new Set<string>();
    return (p.chunks as Target[][]).flat().filter((t) => {
      const key = `${t.kind}:${t.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
}
