import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type IcpLensDb, openDb } from '../../../lib/db/db';
import { ensureDefaultIcp, getActiveIcp } from '../../../lib/db/icps';
import { recordPage } from '../../../lib/db/record-page';
import type { Icp } from '../../../lib/icp/schema';
import type { CompanySignals, Layer, PageSignals } from '../../../lib/signals/schema';

let db: IcpLensDb;
let icp: Icp;
let n = 0;

beforeEach(async () => {
  db = openDb(`test-${++n}`);
  icp = await ensureDefaultIcp(db, 1_000);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const ev = (url: string, at: number, layer: Layer = 'structured') => ({
  source: 'jsonld',
  layer,
  url,
  confidence: 0.9,
  observedAt: at,
});

function page(url: string, at: number, company: (e: ReturnType<typeof ev>) => CompanySignals): PageSignals {
  return { url, extractedAt: at, company: company(ev(url, at)) };
}

describe('ensureDefaultIcp', () => {
  it('seeds one active ICP, once', async () => {
    await ensureDefaultIcp(db, 2_000);
    expect(await db.icps.count()).toBe(1);
    expect((await getActiveIcp(db)).id).toBe(icp.id);
  });
});

describe('recordPage', () => {
  it('merges pages of one domain into one scored account and keeps every observation', async () => {
    await recordPage(
      db,
      page('https://acme.example/', 10, (e) => ({
        name: { ...e, value: 'Acme' },
        domain: { ...e, value: 'acme.example' },
        employees: { ...e, value: { min: 51, max: 200 } },
      })),
      icp,
      10,
    );
    const { account } = await recordPage(
      db,
      page('https://acme.example/about', 20, (e) => ({
        domain: { ...e, value: 'acme.example' },
        hq: { ...e, value: { country: 'DE', city: 'Berlin' } },
        founded: { ...e, value: 2015 },
      })),
      icp,
      20,
    );
    expect(await db.accounts.count()).toBe(1);
    expect(account?.name).toBe('Acme');
    expect(account?.signals.employees?.value).toEqual({ min: 51, max: 200 });
    expect(account?.signals.hq?.value.country).toBe('DE');
    expect(account?.signals.hq?.url).toBe('https://acme.example/about');
    expect(account?.firstSeen).toBe(10);
    expect(account?.lastSeen).toBe(20);
    // size 20 + geo 20 + age 10 known and matching, of 100 possible.
    expect(account?.score).toMatchObject({ fit: 50, icpId: icp.id, icpVersion: icp.version });
    const observations = await db.observations.toArray();
    expect(observations.map((o) => [o.accountId, o.url])).toEqual([
      ['acme.example', 'https://acme.example/'],
      ['acme.example', 'https://acme.example/about'],
    ]);
  });

  it('joins a profile-keyed account to the domain account once a page links them', async () => {
    await recordPage(
      db,
      page('https://www.linkedin.com/company/acme/', 10, (e) => ({
        name: { ...e, value: 'Acme on LinkedIn', layer: 'site' },
        employees: { ...e, value: { min: 51, max: 200 }, layer: 'site' },
      })),
      icp,
      10,
    );
    expect((await db.accounts.toArray()).map((a) => a.id)).toEqual(['profile:linkedin.com/company/acme']);
    const tag = await db.accounts.update('profile:linkedin.com/company/acme', { tags: ['target'] });
    expect(tag).toBe(1);

    await recordPage(
      db,
      page('https://acme.example/', 20, (e) => ({
        name: { ...e, value: 'Acme' },
        domain: { ...e, value: 'acme.example' },
        socials: { linkedin: { ...e, value: 'https://www.linkedin.com/company/acme' } },
      })),
      icp,
      20,
    );
    const accounts = await db.accounts.toArray();
    expect(accounts.map((a) => a.id)).toEqual(['acme.example']);
    const [account] = accounts;
    // The site adapter outranks structured data.
    expect(account?.name).toBe('Acme on LinkedIn');
    expect(account?.signals.employees?.value).toEqual({ min: 51, max: 200 });
    expect(account?.aliases).toEqual(['linkedin.com/company/acme']);
    expect(account?.tags).toEqual(['target']);
    expect(account?.firstSeen).toBe(10);
    expect((await db.observations.toArray()).every((o) => o.accountId === 'acme.example')).toBe(true);

    // A later visit to the LinkedIn page lands on the domain account.
    await recordPage(
      db,
      page('https://www.linkedin.com/company/acme/about/', 30, (e) => ({
        founded: { ...e, value: 2015, layer: 'site' },
      })),
      icp,
      30,
    );
    expect((await db.accounts.toArray()).map((a) => [a.id, a.signals.founded?.value])).toEqual([
      ['acme.example', 2015],
    ]);
  });

  it('gives one account with every observation when twenty tabs of a company load at once', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        recordPage(
          db,
          page(`https://acme.example/p${i}`, 100 + i, (e) => ({
            domain: { ...e, value: 'acme.example' },
            name: { ...e, value: 'Acme' },
          })),
          icp,
          100 + i,
        ),
      ),
    );
    expect(await db.accounts.count()).toBe(1);
    expect(await db.observations.where('accountId').equals('acme.example').count()).toBe(20);
  });

  it('stores nothing for a page whose company cannot be identified', async () => {
    const result = await recordPage(
      db,
      page('http://127.0.0.1/', 1, (e) => ({ name: { ...e, value: 'Acme' } })),
      icp,
      1,
    );
    expect(result.account).toBeUndefined();
    expect(await db.accounts.count()).toBe(0);
    expect(await db.observations.count()).toBe(0);
  });

  it('keys a person by profile URL and links them to the employer account', async () => {
    await recordPage(
      db,
      page('https://www.linkedin.com/company/acme/', 10, (e) => ({ name: { ...e, value: 'Acme', layer: 'site' } })),
      icp,
      10,
    );
    const url = 'https://www.linkedin.com/in/jane-doe/';
    const e = ev(url, 20, 'site');
    const { contact } = await recordPage(
      db,
      {
        url,
        extractedAt: 20,
        person: {
          name: { ...e, value: 'Jane Doe' },
          title: { ...e, value: 'VP of Sales' },
          seniority: { ...e, value: 'vp' },
          department: { ...e, value: 'sales' },
          employerUrl: { ...e, value: 'https://www.linkedin.com/company/acme/' },
        },
      },
      icp,
      20,
    );
    expect(contact).toMatchObject({ id: 'linkedin.com/in/jane-doe', accountId: 'profile:linkedin.com/company/acme' });
    expect(contact?.score?.fit).toBe(100);
  });

  it("makes the person a contact of the page's company only where they work there", async () => {
    const person = (url: string, employer: string) => {
      const e = ev(url, 30, 'heuristic');
      return {
        name: { ...e, value: `${employer} Person` },
        title: { ...e, value: 'CFO' },
        employer: { ...e, value: employer },
      };
    };
    const site = (url: string, name: string, employer: string): PageSignals => ({
      ...page(url, 30, (e) => ({
        name: { ...e, value: name },
        domain: { ...e, value: new URL(url).hostname.slice(4) },
      })),
      person: person(url, employer),
    });
    const record = (url: string, name: string, employer: string) => recordPage(db, site(url, name, employer), icp, 30);
    // A firm's page about its partner: the firm's contact.
    const own = await record('https://www.declercq.example/team/a', 'Declercq Revisoren BV', 'Declercq Revisoren');
    expect(own.account?.id).toBeDefined();
    expect(own.contact?.accountId).toBe(own.account?.id);
    // A magazine's interview with another company's CFO: a person, not the magazine's contact.
    const news = await record('https://www.ondernemers.example/interview', 'Ondernemers West', 'Linovlas');
    expect(news.account?.id).toBeDefined();
    expect(news.contact?.accountId).toBeUndefined();
  });
});
