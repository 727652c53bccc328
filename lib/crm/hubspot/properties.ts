import { TIER_NAMES, TIERS } from '../../scoring/types';
import {
  createGroup,
  createProperties,
  type ObjectType,
  type PropertyDefinition,
  readGroup,
  readProperties,
} from './api';
import type { HubSpotTransport } from './http';

/** The property group ICP Lens's own properties live in, on companies and on contacts. */
export const GROUP = { name: 'icp_lens', label: 'ICP Lens' } as const;

/** Tier values in HubSpot: letters as they are, "not enough data" spelt out (HubSpot option values are plain text). */
export const TIER_VALUE: Record<(typeof TIERS)[number], string> = {
  A: 'A',
  B: 'B',
  C: 'C',
  D: 'D',
  X: 'X',
  '?': 'not_enough_data',
};

const text = (name: string, label: string, description: string): PropertyDefinition => ({
  name,
  label,
  description,
  type: 'string',
  fieldType: 'text',
});
const number = (name: string, label: string, description: string): PropertyDefinition => ({
  name,
  label,
  description,
  type: 'number',
  fieldType: 'number',
});

/** The score, written on companies and contacts alike (a contact's is its persona fit). */
const SCORE: PropertyDefinition[] = [
  number('icp_lens_fit', 'ICP Lens fit', 'Fit to the ICP, 0 to 100, from what ICP Lens knew when it pushed.'),
  {
    name: 'icp_lens_tier',
    label: 'ICP Lens tier',
    description: 'A to D by fit; X when a must-have fails; "not enough data" when too little is known.',
    type: 'enumeration',
    fieldType: 'select',
    options: TIERS.map((tier, displayOrder) => ({
      label: TIER_NAMES[tier],
      value: TIER_VALUE[tier],
      displayOrder,
      hidden: false,
    })),
  },
  number('icp_lens_best_case', 'ICP Lens best case', 'The fit if every unknown criterion matched.'),
  number('icp_lens_confidence', 'ICP Lens confidence (%)', 'Share of the ICP weight whose data was known.'),
  text('icp_lens_icp_name', 'ICP Lens ICP name', 'The ICP the fit was computed against.'),
  number('icp_lens_icp_version', 'ICP Lens ICP version', 'The version of that ICP.'),
  text('icp_lens_matrix_cell', 'ICP Lens matrix cell', 'Fit tier crossed with engagement grade, A1 to D4.'),
  text(
    'icp_lens_suggested_stage',
    'ICP Lens suggested stage',
    'The lifecycle stage ICP Lens suggests, with its rules.',
  ),
  text('icp_lens_chosen_stage', 'ICP Lens chosen stage', 'The lifecycle stage the seller chose in ICP Lens.'),
  {
    ...text('icp_lens_explanation', 'ICP Lens explanation', 'Why the fit is what it is, in one line.'),
    fieldType: 'textarea',
  },
];

export const PROPERTY_DEFINITIONS: Record<ObjectType, PropertyDefinition[]> = {
  companies: [
    ...SCORE,
    text(
      'icp_lens_industry',
      'ICP Lens industry',
      'The industry as the company states it (HubSpot Industry is a fixed list).',
    ),
  ],
  contacts: [
    ...SCORE,
    text(
      'icp_lens_profile',
      'ICP Lens profile',
      'The profile page ICP Lens knows this person by; how it finds them again.',
    ),
  ],
};

/** Names of every property ICP Lens writes in its own group. */
export const OWN_PROPERTIES = new Set(Object.values(PROPERTY_DEFINITIONS).flatMap((ds) => ds.map((d) => d.name)));

/** HubSpot dropdowns whose options decide whether a value may be written (an unknown option is refused). */
export const CHECKED_OPTIONS = ['industry'] as const;

/** What the portal lacks of ICP Lens's group and properties, and the options of the dropdowns ICP Lens writes. */
export interface PropertyInspection {
  missingGroups: ObjectType[];
  missing: Record<ObjectType, PropertyDefinition[]>;
  options: Record<ObjectType, Map<string, string[]>>;
}

/** Reads, writing nothing: a preview says what the first push will create. */
export async function inspectProperties(t: HubSpotTransport): Promise<PropertyInspection> {
  const inspection: PropertyInspection = {
    missingGroups: [],
    missing: { companies: [], contacts: [] },
    options: { companies: new Map(), contacts: new Map() },
  };
  for (const type of ['companies', 'contacts'] as const) {
    const definitions = PROPERTY_DEFINITIONS[type];
    if (!(await readGroup(t, type, GROUP.name))) inspection.missingGroups.push(type);
    const names = [...definitions.map((d) => d.name), ...(type === 'companies' ? CHECKED_OPTIONS : [])];
    const found = await readProperties(t, type, names);
    inspection.missing[type] = definitions.filter((d) => !found.has(d.name));
    for (const [name, values] of found) if (values) inspection.options[type].set(name, values);
  }
  return inspection;
}

/** Creates what the inspection found missing: the group first, then its properties. */
export async function createMissingProperties(t: HubSpotTransport, inspection: PropertyInspection): Promise<void> {
  for (const type of ['companies', 'contacts'] as const) {
    if (inspection.missingGroups.includes(type)) await createGroup(t, type, GROUP);
    if (inspection.missing[type].length) await createProperties(t, type, GROUP.name, inspection.missing[type]);
  }
}
