import { FINGERPRINTS } from '../extract/tech/fingerprints';

export interface Suggestion {
  value: string;
  /** What the suggestion is, shown beside it ("CRM"). */
  hint?: string;
}

/**
 * Free-value fields whose values ICP Lens itself produces: a technology criterion only ever matches a name the
 * detector reports (lib/extract/tech), so the editor suggests exactly those names, as the vendors write them.
 */
const TECHNOLOGIES: readonly Suggestion[] = [...FINGERPRINTS]
  .map((f) => ({ value: f.name, hint: f.category }))
  .sort((a, b) => a.value.localeCompare(b.value));

const SUGGESTIONS: Record<string, readonly Suggestion[]> = { technologies: TECHNOLOGIES };

export function suggestionsFor(field: string): readonly Suggestion[] | undefined {
  return SUGGESTIONS[field];
}

/** A typed value in the suggestions' own spelling when it is one of them ("hubspot" -> "HubSpot"). */
export function canonical(value: string, suggestions: readonly Suggestion[] | undefined): string {
  const lower = value.toLowerCase();
  return suggestions?.find((s) => s.value.toLowerCase() === lower)?.value ?? value;
}
