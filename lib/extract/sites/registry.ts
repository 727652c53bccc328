import { crunchbase } from './crunchbase';
import { github } from './github';
import { linkedinCompany } from './linkedin-company';
import { linkedinPerson } from './linkedin-person';
import type { SiteAdapter } from './types';
import { wikipedia } from './wikipedia';
import { ycombinator } from './ycombinator';

/** Every site adapter, checked by test/unit/extract/sites/registry.test.ts against the files of this folder. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  linkedinCompany,
  linkedinPerson,
  crunchbase,
  wikipedia,
  github,
  ycombinator,
];

export const SITE_ADAPTER_IDS = SITE_ADAPTERS.map((a) => a.id);

/** A Chrome match pattern as a RegExp over full URLs (scheme, `*.` host wildcard, path glob). */
export function patternToRegExp(pattern: string): RegExp | undefined {
  const m = /^(https?|\*):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return undefined;
  const [, scheme = '', host = '', path = ''] = m;
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  // An https pattern takes the same site's http pages too: a profile saved in 2013 was served over http.
  const schemeRe = scheme === 'http' ? 'http' : 'https?';
  const hostRe = host === '*' ? '[^/]+' : host.startsWith('*.') ? `(?:[^/]+\\.)?${esc(host.slice(2))}` : esc(host);
  const pathRe = esc(path).replace(/\*/g, '.*');
  return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathRe}$`, 'i');
}

const COMPILED = SITE_ADAPTERS.map((adapter) => ({
  adapter,
  patterns: adapter.matches.map(patternToRegExp).filter((r): r is RegExp => !!r),
}));

/** The adapter for a page, the first registered whose pattern matches; undefined on any other site. */
export function adapterFor(url: string): SiteAdapter | undefined {
  // Match patterns ignore query and fragment.
  const bare = url.replace(/[?#].*$/, '');
  return COMPILED.find((c) => c.patterns.some((p) => p.test(bare)))?.adapter;
}
