import { FRAMEWORKS, type Framework, type Settings } from './settings';

/** How the settings page names each qualification framework, and when a seller would pick it. */
export const FRAMEWORK_LABELS: Record<Framework, { name: string; description: string }> = {
  bant: { name: 'BANT', description: 'Budget, Authority, Need, Timeline. The classic screen, and the default.' },
  anum: { name: 'ANUM', description: 'Authority, Need, Urgency, Money: reach the decision-maker first.' },
  champ: { name: 'CHAMP', description: 'Challenges, Authority, Money, Prioritization: start from the problem.' },
  meddicc: {
    name: 'MEDDICC',
    description:
      'Metrics, Economic buyer, Decision criteria, Decision process, Identify pain, Champion, Competition: ' +
      'complex enterprise deals.',
  },
  gpctba: {
    name: 'GPCTBA/C&I',
    description:
      'Goals, Plans, Challenges, Timeline, Budget, Authority, negative Consequences and positive Implications: ' +
      'consultative, inbound selling.',
  },
};

/** The frameworks as radio choices, for the settings and welcome pages. */
export const FRAMEWORK_OPTIONS = FRAMEWORKS.map((value) => ({
  value,
  label: FRAMEWORK_LABELS[value].name,
  description: FRAMEWORK_LABELS[value].description,
}));

export const THEME_LABELS: Record<Settings['theme'], string> = {
  system: 'Same as the system',
  light: 'Light',
  dark: 'Dark',
};

/** The tables as the user knows them, for "what will be deleted" and "what the backup holds". */
export const TABLE_LABELS = {
  accounts: ['company', 'companies'],
  contacts: ['person', 'people'],
  observations: ['page visit', 'page visits'],
  icps: ['ICP', 'ICPs'],
  activities: ['logged activity', 'logged activities'],
  answers: ['recorded answer', 'recorded answers'],
  settings: ['setting', 'settings'],
  exclusions: ['site marked not a company', 'sites marked not a company'],
  icpVersions: ['earlier ICP version', 'earlier ICP versions'],
} as const;

/** "12 companies, 1 person, 0 page visits, ..." */
export function describeCounts(counts: Record<keyof typeof TABLE_LABELS, number>): string[] {
  return (Object.keys(TABLE_LABELS) as (keyof typeof TABLE_LABELS)[]).map((table) => {
    const [one, many] = TABLE_LABELS[table];
    const count = counts[table] ?? 0;
    return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
  });
}
