import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type StaticServer, startStaticServer } from './static-server';

/** A synthetic company page, with only what the default ICP reads: size, country, founding year, description. */
export interface SyntheticCompany {
  slug: string;
  name: string;
  employees: [number, number];
  founded: number;
  description: string;
  outcome?: 'won' | 'lost' | 'disqualified';
}

const SOFTWARE = 'builds cloud software for finance teams: an analytics platform with an API for B2B companies.';
const STEEL = 'makes steel pipes, valves and fittings for industrial plants and shipyards.';
const COUNCIL = 'is the public works department of a city council, maintaining roads and parks for residents.';

/**
 * Sixty companies with an outcome and six without, written so that the answer is known: every customer has 201-500
 * people and sells software; most losses are 5,001-10,000-people steel makers (six are the customers' size); the
 * disqualified are city departments; every company is in the US and half of each side was founded before 2000, so
 * neither country nor founding year separates anything. Three open accounts look like the customers, three do not.
 */
export function outcomeCompanies(): SyntheticCompany[] {
  const out: SyntheticCompany[] = [];
  const add = (prefix: string, count: number, make: (i: number) => Omit<SyntheticCompany, 'slug' | 'name'>) => {
    for (let i = 1; i <= count; i++) {
      const slug = `${prefix}-${String(i).padStart(2, '0')}`;
      out.push({ slug, name: `${prefix[0]?.toUpperCase()}${prefix.slice(1)} ${i}`, ...make(i) });
    }
  };
  add('won', 24, (i) => ({
    employees: [201, 500],
    founded: i % 2 ? 1995 : 2012,
    description: SOFTWARE,
    outcome: 'won',
  }));
  add('lost', 30, (i) => ({
    employees: i <= 6 ? [201, 500] : [5001, 10000],
    founded: i % 2 ? 1995 : 2012,
    description: STEEL,
    outcome: 'lost',
  }));
  add('dq', 6, (i) => ({
    employees: [11, 50],
    founded: i % 2 ? 1995 : 2012,
    description: COUNCIL,
    outcome: 'disqualified',
  }));
  add('like', 3, () => ({ employees: [201, 500], founded: 2015, description: SOFTWARE }));
  add('unlike', 3, () => ({ employees: [5001, 10000], founded: 1990, description: STEEL }));
  return out;
}

function page(c: SyntheticCompany): string {
  const org = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: c.name,
    url: `https://www.${c.slug}.example/`,
    description: `${c.name} ${c.description}`,
    foundingDate: String(c.founded),
    numberOfEmployees: { '@type': 'QuantitativeValue', minValue: c.employees[0], maxValue: c.employees[1] },
    address: { '@type': 'PostalAddress', addressLocality: 'Denver', addressCountry: 'US' },
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${c.name}</title>
<meta name="description" content="${c.name} ${c.description}">
<script type="application/ld+json">${JSON.stringify(org)}</script></head>
<body><h1>${c.name}</h1><p>${c.name} ${c.description}</p></body></html>`;
}

/** The companies' pages written to a temporary folder and served from 127.0.0.1; `close` removes the folder. */
export async function serveCompanies(companies: readonly SyntheticCompany[]): Promise<StaticServer> {
  const root = mkdtempSync(join(tmpdir(), 'icp-lens-outcomes-'));
  for (const c of companies) {
    mkdirSync(join(root, c.slug));
    writeFileSync(join(root, c.slug, 'index.html'), page(c));
  }
  const server = await startStaticServer(root);
  return {
    origin: server.origin,
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The outcomes CSV a CRM export would give for these companies: domain, outcome, close date. */
export function outcomesCsv(companies: readonly SyntheticCompany[]): string {
  const rows = companies
    .filter((c) => c.outcome)
    .map((c, i) => `${c.slug}.example,${c.outcome},2026-0${1 + (i % 9)}-1${i % 10}`);
  return `domain,outcome,date\n${rows.join('\n')}\n`;
}
