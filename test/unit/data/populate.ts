import { CURRENT_DB_VERSION, type IcpLensDb, openDb } from '../../../lib/db/db';
import { ensureDefaultIcp } from '../../../lib/db/icps';
import { recordPage } from '../../../lib/db/record-page';
import type { Layer, PageSignals } from '../../../lib/signals/schema';

const TABLES = ['accounts', 'contacts', 'observations', 'icps', 'activities', 'answers', 'settings'] as const;
/** Added by version 4 ("not a company" marks) and 7 (earlier ICP versions). */
const LATER_TABLES = ['exclusions', 'icpVersions'] as const;

const evidence = (url: string, at: number, layer: Layer = 'structured') => ({
  source: 'jsonld',
  layer,
  url,
  confidence: 0.9,
  observedAt: at,
});

/** A company page and a person page of company i: real rows through recordPage, as the background writes them. */
function pages(i: number): [PageSignals, PageSignals] {
  const at = 1_000 + i;
  const site = `https://company-${i}.example/`;
  const person = `https://www.linkedin.com/in/person-${i}`;
  const e = evidence(site, at);
  const p = evidence(person, at, 'site');
  return [
    {
      url: site,
      extractedAt: at,
      company: {
        // Quotes, a newline, non-Latin text and an emoji survive the JSON round trip.
        name: { ...e, value: `Company "${i}" Ünïcødé 株式会社 🚀` },
        domain: { ...e, value: `company-${i}.example` },
        employees: { ...e, value: { min: 51 + i, max: 200 + i } },
        hq: { ...e, value: { country: 'DE', city: 'Berlin' } },
        description: { ...e, value: `Line one\nline two of company ${i}` },
      },
    },
    {
      url: person,
      extractedAt: at,
      person: {
        name: { ...p, value: `Person ${i}` },
        title: { ...p, value: 'Head of Sales' },
        employer: { ...p, value: `Company "${i}" Ünïcødé 株式会社 🚀` },
        employerUrl: { ...p, value: site },
      },
    },
  ];
}

/**
 * Fills every table of a database with `companies` accounts (each with a person, two observations, an activity and an
 * answer), the default ICP and settings, plus, in a version 1 database, one legacy account and contact without
 * `tags` (as an older import could have left them), and rows holding `undefined` and empty lists, which the backup format encodes apart.
 */
export async function populate(db: IcpLensDb, companies = 3): Promise<void> {
  if (db.verno === CURRENT_DB_VERSION) return writeRows(db, companies);
  // An older version lacks tables today's writers use (recordPage checks exclusions): the rows are written by today's
  // code into a current database, then copied, as the older version would have held them.
  const source = openDb(`populate-source-${++sources}`);
  try {
    await writeRows(source, companies);
    for (const table of TABLES) await db.table(table).bulkAdd(await source.table(table).toArray());
  } finally {
    source.close();
    await source.delete();
  }
  if (db.verno > 1) return;
  const legacy = { id: 'legacy.example', aliases: [], signals: {}, firstSeen: 1, lastSeen: 2 };
  await db.accounts.put(legacy as never);
  await db.contacts.put({ id: 'https://legacy.example/in/x', signals: {}, firstSeen: 1, lastSeen: 2 } as never);
}

let sources = 0;

async function writeRows(db: IcpLensDb, companies: number): Promise<void> {
  const icp = await ensureDefaultIcp(db, 500);
  for (let i = 0; i < companies; i++) {
    const [company, person] = pages(i);
    const { account } = await recordPage(db, company, icp, 1_000 + i);
    await recordPage(db, person, icp, 1_000 + i);
    const accountId = account?.id ?? `missing-${i}`;
    await db.accounts.update(accountId, {
      stage: i % 2 ? 'SQL' : 'MQL',
      tags: [`tag-${i % 3}`, 'shared'],
      // One hidden lead, to carry the mark through backups and upgrades.
      ...(i === 1 && { hiddenAt: 4_000 }),
    });
    await db.activities.add({ accountId, type: 'demo-request', at: 2_000 + i, note: `Asked for a demo ${i}` });
    await db.answers.add({
      accountId,
      questionId: 'bant-budget-1',
      element: 'budget',
      status: 'partial',
      note: undefined,
      at: 3_000 + i,
    });
  }
  await db.settings.put({ key: 'preferences', value: { framework: 'meddicc', theme: 'dark' } });
  await db.exclusions.put({ key: 'news.example', name: 'Daily News', at: 4_500 });
  await db.icpVersions.put({
    key: `${icp.id}@${icp.version}`,
    icpId: icp.id,
    version: icp.version,
    icp,
    replacedAt: 4_600,
    replacedBy: 'edited',
  });
}

/** Every row of every table, each table sorted by primary key: what "the same data" means in these tests. */
export async function snapshot(db: IcpLensDb): Promise<Record<(typeof TABLES)[number], unknown[]>> {
  const out = {} as Record<(typeof TABLES)[number], unknown[]>;
  // Tables a version added are part of "the same data" from that version on.
  const tables = [...TABLES, ...LATER_TABLES.filter((t) => db.tables.some((table) => table.name === t))];
  for (const name of tables) out[name as (typeof TABLES)[number]] = await db.table(name).toArray();
  return out;
}

export const ALL_TABLES = TABLES;
