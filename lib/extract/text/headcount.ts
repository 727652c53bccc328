import type { NumberRange } from '../../signals/schema';
import { parseEmployees } from '../employees';

const NUMBER = String.raw`(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d{1,7})`;
// Qualifiers that make the number a lower bound, in English, German, French and Spanish.
const LOWER_BOUND = /^(over|more than|above|at least|über|mehr als|plus de|más de)$/i;
const QUALIFIER = String.raw`(?:(over|more than|above|at least|nearly|almost|around|about|approximately|ca\.|rund|über|mehr als|plus de|près de|environ|más de)\s+)?`;
const ADJECTIVES = String.raw`(?:(?:full[- ]time|dedicated|talented|passionate|global|international|motivated|engagierte|motivierte|qualifizierte)\s+){0,2}`;
// Nouns that only mean headcount; "people", "experts" also count users or customers, so they need a team context.
const STAFF = String.raw`(employees|staff|team members|workers|mitarbeiter(?:innen|:innen|\*innen|_innen)?|mitarbeitende|beschäftigte|angestellte|collaborateurs|collaboratrices|salariés|employés|empleados|colaboradores)`;
const PEOPLE = '(people|experts|professionals|engineers|colleagues|specialists|personnes|experten|kollegen)';

const PATTERNS: RegExp[] = [
  // "over 1,500 employees", "200+ Mitarbeiter", "120 collaborateurs"
  new RegExp(String.raw`(?<![\p{L}\d])${QUALIFIER}${NUMBER}(\s*\+)?\s+${ADJECTIVES}${STAFF}(?![\p{L}])`, 'giu'),
  // "a team of over 200 (people)", "team of 50+", "équipe de 40 personnes", "Team aus 30 Experten"
  new RegExp(
    String.raw`\b(?:team of|équipe de|team aus|team von|equipo de)\s+${QUALIFIER}${NUMBER}(\s*\+)?(?:\s+${ADJECTIVES}${PEOPLE})?`,
    'giu',
  ),
  // "we are 200 people", "200-strong team", "200+ people work at", "employs 300 people"
  new RegExp(
    String.raw`\b(?:we are|we're|wir sind|nous sommes|employs|employing|beschäftigt)\s+${QUALIFIER}${NUMBER}(\s*\+)?\s+${ADJECTIVES}${PEOPLE}`,
    'giu',
  ),
  new RegExp(String.raw`\b${QUALIFIER}${NUMBER}(\s*\+)?[- ]strong team\b`, 'giu'),
];

export interface HeadcountHit {
  range: NumberRange;
  phrase: string;
}

/** Headcount stated in `text`: a point for "200 employees", an open range for "over 200"/"200+". */
export function headcount(text: string): HeadcountHit | undefined {
  for (const pattern of PATTERNS) {
    let count = 0;
    for (const m of text.matchAll(pattern)) {
      if (++count > 50) break;
      const [phrase, qualifier, digits, plus] = m;
      if (!digits) continue;
      const lower = !!plus || (!!qualifier && LOWER_BOUND.test(qualifier));
      const range = parseEmployees(`${digits}${lower ? '+' : ''}`);
      // One person is not a company's headcount; a year-like number with "since" was caught elsewhere.
      if (!range || range.min < 2) continue;
      return { range, phrase: phrase.slice(0, 120) };
    }
  }
  return undefined;
}
