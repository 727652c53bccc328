import { FINGERPRINTS, type Fingerprint } from './fingerprints';
import { isForeign, type Traces } from './traces';

interface HostRule {
  fp: number;
  id: string;
  prefix?: string;
  contains?: string;
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
  dom: Array<{ fp: number; id: string; selector: string; strong: boolean }>;
  domUnion: string;
}

function splitPattern(pattern: string): { host: string; prefix?: string; contains?: string } {
  const slash = pattern.indexOf('/');
  if (slash < 0) return { host: pattern };
  const rest = pattern.slice(slash);
  return rest.startsWith('/*')
    ? { host: pattern.slice(0, slash), contains: rest.slice(2) }
    : { host: pattern.slice(0, slash), prefix: rest };
}

function addHost(map: Map<string, HostRule[]>, fp: number, pattern: string, kind: string): void {
  const { host, prefix, contains } = splitPattern(pattern.toLowerCase());
  const list = map.get(host) ?? [];
  list.push({ fp, id: `${kind}:${pattern}`, prefix, contains });
  map.set(host, list);
}

let compiled: Compiled | undefined;

/** Fingerprints turned into lookup tables once per content-script lifetime. */
function compile(): Compiled {
  if (compiled) return compiled;
  const out: Compiled = { hosts: new Map(), anchorHosts: new Map(), paths: [], dom: [], domUnion: '' };
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
    for (const raw of f.dom ?? []) {
      const strong = raw.startsWith('!');
      out.dom.push({ fp, id: `dom:${raw}`, selector: strong ? raw.slice(1) : raw, strong });
    }
  });
  out.domUnion = out.dom.map((d) => d.selector).join(', ');
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

const MAX_DOM_MATCHES = 5_000;

/**
 * Evidence per fingerprint index: indicator id -> strong (true) or weak (false). Each distinct indicator counts
 * once, however many elements show it.
 */
export function matchTraces(doc: Document, traces: Traces): Map<number, Map<string, boolean>> {
  const c = compile();
  const evidence = new Map<number, Map<string, boolean>>();
  const add = (fp: number, id: string, strong: boolean) => {
    const seen = evidence.get(fp) ?? new Map<string, boolean>();
    seen.set(id, seen.get(id) === true || strong);
    evidence.set(fp, seen);
  };
  for (const r of traces.resources) {
    for (const rule of hostRules(c.hosts, r.host, r.path)) add(rule.fp, rule.id, r.strong);
    for (const rule of c.paths) {
      if (rule.prefix ? r.path.startsWith(rule.prefix) : r.path.includes(rule.contains ?? '\u0000')) {
        add(rule.fp, rule.id, rule.strong);
      }
    }
  }
  // A vendor URL inside inline code: a loader snippet when it names a file, a mere mention (or preconnect) if not.
  for (const u of traces.inlineUrls) {
    for (const rule of hostRules(c.hosts, u.host, u.path)) add(rule.fp, rule.id, !!(rule.prefix || rule.contains));
  }
  for (const a of traces.anchors)
    for (const rule of hostRules(c.anchorHosts, a.host, a.path)) add(rule.fp, rule.id, true);
  FINGERPRINTS.forEach((f, fp) => {
    if (f.generator && traces.generators.some((g) => f.generator?.test(g))) add(fp, 'generator', true);
    for (const marker of f.inline ?? []) if (traces.inlineCode.includes(marker)) add(fp, `inline:${marker}`, false);
  });
  matchDom(doc, c, add);
  return evidence;
}

/** DOM markers in one pass: a union selector, then each element tested against the markers not seen yet. */
function matchDom(doc: Document, c: Compiled, add: (fp: number, id: string, strong: boolean) => void): void {
  let elements: NodeListOf<Element>;
  try {
    elements = doc.querySelectorAll(c.domUnion);
  } catch {
    return;
  }
  const pending = new Set(c.dom);
  for (let i = 0; i < elements.length && i < MAX_DOM_MATCHES && pending.size; i++) {
    const el = elements[i];
    if (!el || isForeign(el)) continue;
    for (const marker of pending) {
      if (!el.matches(marker.selector)) continue;
      add(marker.fp, marker.id, marker.strong);
      pending.delete(marker);
    }
  }
}
