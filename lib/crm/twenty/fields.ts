import { createField, listObjects, type TwentyObject } from './api';
import { TwentyError, type TwentyTransport } from './http';

/**
 * ICP Lens's custom fields. Twenty's Metadata API creates fields (`POST /rest/metadata/fields`), so the first push
 * creates the missing ones, as HubSpot's first push creates its properties; an API key whose role may not change the
 * data model gets the score left out, said in the preview's notes.
 */
export interface CustomField {
  name: string;
  label: string;
  type: 'TEXT' | 'NUMBER';
  objects: readonly TwentyObject[];
  what: string;
}

const both: TwentyObject[] = ['companies', 'people'];
export const CUSTOM_FIELDS: readonly CustomField[] = [
  { name: 'icpLensFit', label: 'ICP Lens Fit', type: 'NUMBER', objects: both, what: 'fit 0-100' },
  {
    name: 'icpLensTier',
    label: 'ICP Lens Tier',
    type: 'TEXT',
    objects: both,
    what: 'A, B, C, D, X (disqualified) or "Not enough data"',
  },
  {
    name: 'icpLensBestCase',
    label: 'ICP Lens Best Case',
    type: 'NUMBER',
    objects: both,
    what: 'the fit if every unknown criterion matched',
  },
  {
    name: 'icpLensConfidence',
    label: 'ICP Lens Confidence',
    type: 'NUMBER',
    objects: both,
    what: 'share of the ICP weight whose data was known, in %',
  },
  { name: 'icpLensIcpName', label: 'ICP Lens ICP Name', type: 'TEXT', objects: both, what: 'the ICP used' },
  { name: 'icpLensIcpVersion', label: 'ICP Lens ICP Version', type: 'NUMBER', objects: both, what: 'its version' },
  { name: 'icpLensMatrixCell', label: 'ICP Lens Matrix Cell', type: 'TEXT', objects: both, what: 'A1 … D4' },
  {
    name: 'icpLensSuggestedStage',
    label: 'ICP Lens Suggested Stage',
    type: 'TEXT',
    objects: both,
    what: "ICP Lens's suggested stage",
  },
  {
    name: 'icpLensChosenStage',
    label: 'ICP Lens Chosen Stage',
    type: 'TEXT',
    objects: both,
    what: 'the stage the seller chose (empty if none)',
  },
  {
    name: 'icpLensExplanation',
    label: 'ICP Lens Explanation',
    type: 'TEXT',
    objects: both,
    what: 'why the fit is what it is, in one line',
  },
  {
    name: 'icpLensDomain',
    label: 'ICP Lens Domain',
    type: 'TEXT',
    objects: ['companies'],
    what: 'the registrable domain: how the next push finds the company first',
  },
  {
    name: 'icpLensIndustry',
    label: 'ICP Lens Industry',
    type: 'TEXT',
    objects: ['companies'],
    what: 'the industry as the company states it (Twenty has no industry field)',
  },
  {
    name: 'icpLensProfile',
    label: 'ICP Lens Profile',
    type: 'TEXT',
    objects: ['people'],
    what: 'the profile page ICP Lens knows the person by: how the next push finds them',
  },
];
export const OWN_FIELDS = new Set(CUSTOM_FIELDS.map((f) => f.name));

/** The workspace's fields on companies and people, and ICP Lens's that the first push will create. */
export interface Workspace {
  objectIds: Record<TwentyObject, string>;
  fields: Record<TwentyObject, Map<string, { label: string; type: string }>>;
  missing: Record<TwentyObject, CustomField[]>;
}

const SINGULAR: Record<TwentyObject, string> = { companies: 'company', people: 'person' };

/** Reads the data model, writing nothing. */
export async function inspectWorkspace(t: TwentyTransport): Promise<Workspace> {
  const objects = await listObjects(t);
  const ws = { objectIds: {}, fields: {}, missing: {} } as Workspace;
  for (const object of ['companies', 'people'] as const) {
    const found = objects.find((o) => o.nameSingular === SINGULAR[object]);
    if (!found) throw new Error(`This Twenty workspace has no ${object} object`);
    ws.objectIds[object] = found.id;
    ws.fields[object] = new Map(found.fields.map((f) => [f.name, { label: f.label, type: f.type }]));
    ws.missing[object] = CUSTOM_FIELDS.filter((f) => f.objects.includes(object) && !ws.fields[object].has(f.name));
  }
  return ws;
}

/**
 * Creates ICP Lens's missing fields. A field Twenty refuses is left out with Twenty's reason, and its values are not
 * sent; a key whose role may not change the data model (403) stops the creating at once, said once.
 */
export async function createMissingFields(t: TwentyTransport, ws: Workspace): Promise<string[]> {
  const notes: string[] = [];
  for (const object of ['companies', 'people'] as const) {
    for (const f of ws.missing[object]) {
      try {
        const made = await createField(t, {
          objectMetadataId: ws.objectIds[object],
          type: f.type,
          name: f.name,
          label: f.label,
          description: `Written by ICP Lens: ${f.what}.`,
        });
        ws.fields[object].set(made.name, { label: made.label, type: made.type });
      } catch (error) {
        if (!(error instanceof TwentyError) || error.status === 401) throw error;
        if (error.status === 403)
          return [`ICP Lens's score fields could not be created, so the score is left out: ${error.message}`];
        notes.push(`${f.label} on ${object}: ${error.message}`);
      }
    }
    ws.missing[object] = ws.missing[object].filter((f) => !ws.fields[object].has(f.name));
  }
  return notes;
}

export const missingCount = (ws: Workspace) => ws.missing.companies.length + ws.missing.people.length;
