import { COMPLIANCE, DEPARTMENTS, FUNDING_STAGES, INDUSTRY_GROUPS, SENIORITIES } from '../signals/enums';

/**
 * The fixed vocabularies the editor offers as choices, per field. Fields without one take free chips; countries take
 * free ISO-2 chips (a list of 250 checkboxes helps nobody) normalized to upper case.
 */
const CHOICES: Record<string, readonly string[]> = {
  industryGroup: INDUSTRY_GROUPS,
  fundingStage: FUNDING_STAGES,
  seniority: SENIORITIES,
  department: DEPARTMENTS,
  'hiring.departments': DEPARTMENTS,
  compliance: COMPLIANCE,
};

export function choicesFor(field: string): readonly string[] | undefined {
  return CHOICES[field];
}

const COUNTRY_FIELDS = new Set(['hq.country']);

/** A chip as typed, cleaned for its field; undefined when it is not a valid value there (with why). */
export function cleanChip(field: string, raw: string): { value?: string; error?: string } {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return {};
  if (text.length > 120) return { error: 'A value can be at most 120 characters.' };
  if (COUNTRY_FIELDS.has(field)) {
    const code = text.toUpperCase();
    return /^[A-Z]{2}$/.test(code) ? { value: code } : { error: 'Enter a two-letter country code, such as US or DE.' };
  }
  return { value: text };
}
