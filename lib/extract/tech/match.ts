import type { PageTraces } from '../../signals/traces';
import { FINGERPRINTS, type Fingerprint } from './fingerprints';

interface HostRule {
  fp: number;
  id: string;
  prefix?: string;
  contains?: string;
  /** Strong from any resource, an image's too ("!" before the host). */
  strong?: boolean;
}
interface PathRule {
  fp: number;
  id: string;
  strong: boolean;
  prefix?: string;
  contains?: string;
}
interface Compiled {
  hosts: Map<string, HostRule[]>;
  anchorHosts: Map<string, HostRule[]>;
  paths: PathRule[];
  files: Array<{ fp: number; id: string; pattern: RegExp }>;
  /** By selector (without the strength flag) and by inline marker: the traces name them as the markers list does. */
  dom: Map<string, Array<{ fp: number; id: string; strong: boolean }>>;
  inline: Map<string, number[]>;
}

function splitPattern(pattern: string): { host: string; prefix?: string; contains?: string } {
  const slash = pattern.indexOf('/');
  if (slash < 0) return { host: pattern };
  const rest = pattern.slice(slash);
  return rest.startsWith('/*')
    ? { host: pattern.slice(0, slash), contains: rest.slice(2) }
    : { host: pattern.slice(0, slash), prefix: rest };
}

function addHost(map: Map<string, HostRule[]>, fp: number, raw: string, kind: string): void {
  const strong = raw.startsWith('!');
  const pattern = strong ? raw.slice(1) : raw;
  const { host, prefix, contains } = splitPattern(pattern.toLowerCase());
  const list = map.get(host) ?? [];
  list.push({ fp, id: `${kind}:${pattern}`, prefix, contains, ...(strong ? { strong } : {}) });
  map.set(host, list);
}

let compiled: Compiled | undefined;

/** Fingerprints turned into lookup tables once per background lifetime. */
function compile(): Compiled {
  if (compiled) return compiled;
  const out: Compiled = {
    hosts: new Map(),
    anchorHosts: new Map(),
    paths: [],
    files: [],
    dom: new Map(),
    inline: new Map(),
  };
  FINGERPRINTS.forEach((f: Fingerprint, fp) => {
    for (const h of f.hosts ?? []) addHost(out.hosts, fp, h, 'host');
    for (const h of f.anchors ?? []) addHost(out.anchorHosts, fp, h, 'anchor');
    for (const raw of f.paths ?? []) {
      const strong = raw.startsWith('!');
      const p = (strong ? raw.slice(1) : raw).toLowerCase();
      const rule: PathRule = { fp, id: `path:${p}`, strong };
      if (p.startsWith('*')) rule.contains = p.slice(1);
      else rule.prefix = p;
      out.paths.push(rule);
    }
    for (const pattern of f.files ?? []) out.files.push({ fp, id: `file:${pattern.source}`, pattern });
    for (const raw of f.dom ?? []) {
      const strong = raw.startsWith('!');
      const selector = strong ? raw.slice(1) : raw;
      out.dom.set(selector, [...(out.dom.get(selector) ?? []), { fp, id: `dom:${raw}`, strong }]);
    }
    for (const marker of f.inline ?? []) out.inline.set(marker, [...(out.inline.get(marker) ?? []), fp]);
  });
  compiled = out;
  return out;
}

/** Rules whose host is `host` or one of its parent domains, and whose path condition holds. */
function hostRules(map: Map<string, HostRule[]>, host: string, path: string): HostRule[] {
  const found: HostRule[] = [];
  let suffix = host;
  for (let guard = 0; guard < 10 && suffix.includes('.'); guard++) {
    for (const rule of map.get(suffix) ?? []) {
      if (rule.prefix && !path.startsWith(rule.prefix)) continue;
      if (rule.contains && !path.includes(rule.contains)) continue;
      found.push(rule);
    }
    suffix = suffix.slice(suffix.indexOf('.') + 1);
  }
  return found;
}

/** The DOM selectors and inline markers the content script looks for (lib/extract/tech/markers.ts is generated from this). */
export function markerLists(): { dom: string[]; inline: string[] } {
  const c = compile();
  return { dom: [...c.dom.keys()], inline: [...c.inline.keys()] };
}

/**
 * Evidence per fingerprint index: indicator id -> strong (true) or weak (false). Each distinct indicator counts
 * once, however many elements show it. Runs in the background on what the content script collected.
 */
export function matchTraces(traces: PageTraces): Map<number, Map<string, boolean>> {
  const c = compile();
  const evidence = new Map<number, Map<string, boolean>>();
  const add = (fp: number, id: string, strong: boolean) => {
    const seen = evidence.get(fp) ?? new Map<string, boolean>();
    seen.set(id, seen.get(id) === true || strong);
    evidence.set(fp, seen);
  };
  for (const r of traces.resources) {
    for (const rule of hostRules(c.hosts, r.host, r.path)) add(rule.fp, rule.id, r.strong || !!rule.strong);
    for (const rule of c.paths) {
      if (rule.prefix ? r.path.startsWith(rule.prefix) : r.path.includes(rule.contains ?? '\u0000')) {
        add(rule.fp, rule.id, rule.strong);
      }
    }
    const file = r.path.slice(r.path.lastIndexOf('/') + 1);
    for (const rule of c.files) if (rule.pattern.test(file)) add(rule.fp, rule.id, true);
  }
  // A vendor URL inside inline code: a loader snippet when it names a file, a mere mention (or preconnect) if not.
  for (const u of traces.inlineUrls) {
    for (const rule of hostRules(c.hosts, u.host, u.path)) add(rule.fp, rule.id, !!(rule.prefix || rule.contains));
  }
  for (const a of traces.anchors)
    for (const rule of hostRules(c.anchorHosts, a.host, a.path)) add(rule.fp, rule.id, true);
  FINGERPRINTS.forEach((f, fp) => {
    if (f.generator && traces.generators.some((g) => f.generator?.test(g))) add(fp, 'generator', true);
  });
  for (const selector of traces.dom) for (const m of c.dom.get(selector) ?? []) add(m.fp, m.id, m.strong);
  for (const marker of traces.inline) for (const fp of c.inline.get(marker) ?? []) add(fp, `inline:${marker}`, false);
  return evidence;
}
