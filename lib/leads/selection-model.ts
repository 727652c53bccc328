import type { Target } from '../workflow/limits';
import type { LeadRow } from './types';

/** The selected rows (by key) and the anchor a shift-click or shift-arrow extends from. */
export interface Selection {
  keys: ReadonlySet<string>;
  anchor?: string;
}

export const NO_SELECTION: Selection = { keys: new Set() };

/**
 * A click on a row's checkbox: toggles it, or with shift sets every row from the anchor to it (in the order shown)
 * to the clicked row's new state. The clicked row becomes the anchor.
 */
export function toggleRow(selection: Selection, rows: readonly LeadRow[], key: string, range: boolean): Selection {
  const on = !selection.keys.has(key);
  const keys = new Set(selection.keys);
  const to = rows.findIndex((r) => r.key === key);
  const from = range && selection.anchor ? rows.findIndex((r) => r.key === selection.anchor) : -1;
  const [start, end] = from < 0 || to < 0 ? [to, to] : [Math.min(from, to), Math.max(from, to)];
  if (to < 0) return selection;
  for (let i = start; i <= end; i++) {
    const row = rows[i] as LeadRow;
    if (on) keys.add(row.key);
    else keys.delete(row.key);
  }
  return { keys, anchor: key };
}

/** Shift+arrow: the range from the anchor to the row moved to is selected, and only it (as in a file list). */
export function extendTo(selection: Selection, rows: readonly LeadRow[], index: number): Selection {
  const anchor = selection.anchor ?? rows[index]?.key;
  const from = rows.findIndex((r) => r.key === anchor);
  if (from < 0 || !rows[index]) return selection;
  const keys = new Set<string>();
  for (let i = Math.min(from, index); i <= Math.max(from, index); i++) keys.add((rows[i] as LeadRow).key);
  return { keys, anchor };
}

export function selectAll(rows: readonly LeadRow[]): Selection {
  return { keys: new Set(rows.map((r) => r.key)) };
}

/**
 * Keeps only the selected rows still shown: a lead deleted elsewhere, or now outside the filters, leaves the
 * selection, so an action never touches a lead the user cannot see. Unchanged selections are returned as is.
 */
export function keepShown(selection: Selection, rows: readonly LeadRow[]): Selection {
  if (selection.keys.size === 0) return selection;
  const shown = new Set(rows.map((r) => r.key));
  const keys = [...selection.keys].filter((k) => shown.has(k));
  if (keys.length === selection.keys.size) return selection;
  return {
    keys: new Set(keys),
    anchor: selection.anchor && shown.has(selection.anchor) ? selection.anchor : undefined,
  };
}

/** The selected rows as the background's targets, in the order shown. */
export function targetsOf(selection: Selection, rows: readonly LeadRow[]): Target[] {
  return rows.filter((r) => selection.keys.has(r.key)).map((row) => ({ kind: row.kind, id: row.id }));
}
