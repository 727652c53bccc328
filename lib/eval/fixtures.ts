import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Label } from './compare';

/**
 * The repository's own fixtures (`<kind>/<case>.html` beside `<case>.expected.json`, the rules were tuned on them)
 * as labelled pages, so the evaluation reports them in the same figures as the corpus and the held-out pages. Only
 * the fields the evaluation scores are carried over; a page expected to yield nothing has no labelled field.
 */
export interface FixturePage {
  id: string;
  html: string;
  label: Label;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function companyLabel(company: Json): Label['company'] {
  const { name, domain, industry, industryGroup, employees, founded, fundingStage } = company;
  const socials = isObject(company.socials) ? company.socials : {};
  const hq = isObject(company.hq) ? company.hq : undefined;
  return {
    name: typeof name === 'string' ? [name] : undefined,
    domain: typeof domain === 'string' ? [domain] : undefined,
    industry,
    industryGroup,
    employees,
    founded,
    fundingStage,
    linkedin: typeof socials.linkedin === 'string' ? [socials.linkedin] : undefined,
    hq: hq && { country: hq.country, city: hq.city, region: hq.region },
  };
}

function personLabel(person: Json): Label['person'] {
  const { name, title, seniority, department, employer, location } = person;
  return {
    name,
    title,
    seniority,
    department,
    company: typeof employer === 'string' ? [employer] : undefined,
    location,
  };
}

/** Every `<kind>/<case>.expected.json` with its page directly under `dir`'s folders. */
export function readFixtures(dir: string): FixturePage[] {
  const pages: FixturePage[] = [];
  for (const kind of readdirSync(dir, { withFileTypes: true })) {
    if (!kind.isDirectory()) continue;
    for (const file of readdirSync(join(dir, kind.name)).sort()) {
      if (!file.endsWith('.expected.json')) continue;
      const base = join(dir, kind.name, file.slice(0, -'.expected.json'.length));
      if (!existsSync(`${base}.html`)) continue;
      const expected = JSON.parse(readFileSync(`${base}.expected.json`, 'utf8')) as Json;
      const label: Label = { id: `${kind.name}/${file}`, url: String(expected.url ?? ''), kind: kind.name };
      if (isObject(expected.company)) label.company = companyLabel(expected.company);
      if (isObject(expected.person)) label.person = personLabel(expected.person);
      pages.push({ id: label.id, html: readFileSync(`${base}.html`, 'utf8'), label });
    }
  }
  return pages;
}
