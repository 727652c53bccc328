import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectTechnologies, FINGERPRINTS, TECH_CATEGORIES } from '../../../../lib/extract/tech/index';
import { DOM_MARKERS, INLINE_MARKERS } from '../../../../lib/extract/tech/markers';
import { markerLists } from '../../../../lib/extract/tech/match';
import { pageTracesSchema } from '../../../../lib/signals/schema';
import { TRACE_LIMITS } from '../../../../lib/signals/traces';
import { tracesOf as collectTraces } from '../read-page';

interface Expected {
  url: string;
  present: string[];
  absent: string[];
  /** A custom element given a shadow root before detection, as an extension would mount its UI. */
  shadowHost?: string;
}

// happy-dom replaces the global URL, so the folder is found from this file's directory.
const DIR = join(__dirname, '../../../fixtures/tech/');
const NOW = Date.UTC(2025, 0, 15);
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length))
  .sort();

function parse(html: string, shadowHost?: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  if (shadowHost) doc.querySelector(shadowHost)?.attachShadow({ mode: 'open' });
  return doc;
}

/** As in the extension: the content script collects traces, they cross as JSON, the background matches them. */
function detect(html: string, url: string, shadowHost?: string) {
  const traces = collectTraces(parse(html, shadowHost), url);
  if (!traces) return undefined;
  expect(pageTracesSchema.safeParse(traces).success).toBe(true);
  return detectTechnologies(JSON.parse(JSON.stringify(traces)), { url, observedAt: NOW });
}

describe('technology fixtures', () => {
  it.each(cases)('%s', (name) => {
    const expected = JSON.parse(readFileSync(`${DIR}${name}.expected.json`, 'utf8')) as Expected;
    const fact = detect(readFileSync(`${DIR}${name}.html`, 'utf8'), expected.url, expected.shadowHost);
    const names = (fact?.value ?? []).map((t) => t.name);
    for (const tech of expected.present) expect(names, tech).toContain(tech);
    for (const tech of expected.absent) expect(names, tech).not.toContain(tech);
    if (fact) expect(fact.source).toBe('tech');
  });
});

describe('detection rules', () => {
  it('needs two weak indicators: one WordPress path is not enough, two are', () => {
    const one = detect('<link rel="stylesheet" href="/wp-content/x.css">', 'https://a.example/');
    const two = detect(
      '<link rel="stylesheet" href="/wp-content/x.css"><script src="/wp-includes/y.js"></script>',
      'https://a.example/',
    );
    expect(one).toBeUndefined();
    expect(two?.value.map((t) => t.name)).toContain('WordPress');
  });
  it('names a WordPress theme and plugins by their folders, Borlabs by its cache folder', () => {
    const html = `<link rel="stylesheet" href="https://a.example/wp-content/themes/astra/assets/css/main.min.css">
      <link rel="stylesheet" href="https://a.example/wp-content/plugins/wpforms-lite/assets/css/wpforms-full.min.css">
      <link rel="stylesheet" href="https://a.example/wp-content/cache/borlabs-cookie/borlabs-cookie_1_de.css">`;
    const names = detect(html, 'https://a.example/')?.value.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['Astra', 'WPForms', 'Borlabs Cookie']));
  });
  it('takes a generator meta tag alone', () => {
    const fact = detect('<meta name="generator" content="Hugo 0.120.0">', 'https://a.example/');
    expect(fact?.value).toEqual([{ name: 'Hugo', category: 'Static site generators' }]);
  });
  it("names GoDaddy's site builder by its generator", () => {
    const fact = detect(
      '<meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000">',
      'https://a.example/',
    );
    expect(fact?.value.map((t) => t.name)).toEqual(['GoDaddy Website Builder']);
  });
  it('names Sitefinity and Webnode by their generators', () => {
    const names = (html: string) => detect(html, 'https://a.example/')?.value.map((t) => t.name);
    expect(names('<meta name="Generator" content="Sitefinity 15.1.8324.0 DX">')).toEqual(['Sitefinity']);
    expect(names('<meta name="generator" content="Webnode 2">')).toEqual(['Webnode']);
  });
  it('reports nothing on a platform page', () => {
    expect(
      detect('<script src="https://js.stripe.com/v3/"></script>', 'https://www.linkedin.com/company/acme'),
    ).toBeUndefined();
  });
  it("skips a DOM marker another extension injected and still finds the page's own one after it", () => {
    const html = (own: string) =>
      `<body><ext-widget><div><ins class="adsbygoogle"></ins></div></ext-widget><main>${own}</main></body>`;
    const traces = (own: string) => collectTraces(parse(html(own), 'ext-widget'), 'https://a.example/')?.dom ?? [];
    expect(traces('')).not.toContain('ins.adsbygoogle');
    expect(traces('<ins class="adsbygoogle"></ins>')).toContain('ins.adsbygoogle');
  });
  it('finds app-root markers near the top of the document, not in nodes another extension mounted there', () => {
    const dom = (html: string, host?: string) =>
      collectTraces(parse(`<html><body>${html}</body></html>`, host), 'https://a.example/')?.dom ?? [];
    expect(dom('<div id="root"><div data-reactroot=""><p>Hi</p></div></div>')).toContain('[data-reactroot]');
    expect(dom('<app-root ng-version="17.0.0"></app-root>')).toContain('[ng-version]');
    expect(dom('<ext-panel><div data-v-app=""></div></ext-panel>', 'ext-panel')).not.toContain('[data-v-app]');
    expect(dom('<main><script type="text/x-magento-init">{}</script></main>')).toContain(
      'script[type="text/x-magento-init"]',
    );
  });
  it('never throws on odd input', () => {
    const doc = new DOMParser().parseFromString('<root/>', 'application/xml') as unknown as Document;
    expect(() => collectTraces(doc, 'not a url')).not.toThrow();
    expect(() => collectTraces(doc, 'https://a.example/')).not.toThrow();
    const odd = { resources: [], inlineUrls: [], anchors: [], generators: [], dom: ['#x'], inline: ['toString'] };
    expect(() => detectTechnologies(odd, { url: 'not a url', observedAt: NOW })).not.toThrow();
  });
  it('takes a URL in inline code as strong only when the rule names a path (a loader snippet)', () => {
    const snippet = (src: string) =>
      `<script>(function(){var s=document.createElement('script');s.src='${src}';})()</script>`;
    const names = (src: string) => detect(snippet(src), 'https://a.example/')?.value.map((t) => t.name) ?? [];
    expect(names('https://drift.com/include/123/456.js')).toContain('Drift');
    expect(names('https://js.hs-scripts.com/123.js')).not.toContain('HubSpot');
  });
  it('takes a library build file name on any host as strong, a plugin file or a bare bootstrap.js as weak', () => {
    const names = (html: string) => detect(html, 'https://a.example/')?.value.map((t) => t.name) ?? [];
    expect(names('<script src="/assets/js/jquery-3.7.1.min.js?v=2"></script>')).toContain('jQuery');
    expect(names('<script src="https://cdn.example.net/js/jquery-3.5.1.min.a1b2c3d4e5.js"></script>')).toContain(
      'jQuery',
    );
    expect(names('<script src="/vendor/jquery-ui.min.js"></script>')).toContain('jQuery');
    expect(names('<script src="/wp-includes/js/jquery/ui/core.min.js"></script>')).toContain('jQuery');
    expect(names('<script src="/js/jquery.fancybox.min.js"></script>')).not.toContain('jQuery');
    expect(names('<link rel="canonical" href="/blog/jquery-tips">')).not.toContain('jQuery');
    expect(names('<script src="/js/bootstrap.bundle.min.js"></script>')).toContain('Bootstrap');
    expect(names('<link rel="stylesheet" href="/css/bootstrap.min.css?v=5.3.2">')).toContain('Bootstrap');
    expect(names('<script src="/js/bootstrap.js"></script>')).not.toContain('Bootstrap');
  });
  it('reads app frameworks from their build folders and runtime markers, with the library they render with', () => {
    const names = (html: string) => detect(html, 'https://a.example/')?.value.map((t) => t.name) ?? [];
    const next = names(
      '<script src="/_next/static/chunks/main-app-1a2b.js"></script><script>self.__next_f=[]</script>',
    );
    expect(next).toContain('Next.js');
    const kit = names(
      '<body data-sveltekit-preload-data="hover"><link rel="modulepreload" href="/_app/immutable/entry/start.x1.js">',
    );
    expect(kit).toEqual(expect.arrayContaining(['SvelteKit', 'Svelte']));
    const nuxt = names('<div id="__nuxt"></div><script src="/_nuxt/entry.9f8e.js"></script>');
    expect(nuxt).toEqual(expect.arrayContaining(['Nuxt.js', 'Vue.js']));
  });
  it('names WordPress themes, builders and plugins by their folders or generator, and vendor consent hosts', () => {
    const names = (html: string) => detect(html, 'https://a.example/')?.value.map((t) => t.name) ?? [];
    expect(names('<link rel="stylesheet" href="/wp-content/themes/generatepress/style.css">')).toContain(
      'GeneratePress',
    );
    expect(names('<link rel="stylesheet" href="/wp-content/uploads/oxygen/css/universal.css">')).toContain('Oxygen');
    expect(names('<meta name="generator" content="Site Kit by Google 1.140.0">')).toContain('Site Kit by Google');
    expect(names('<meta name="generator" content="Odoo">')).toContain('Odoo');
    expect(names('<script src="https://policy.app.cookieinformation.com/uc.js"></script>')).toContain(
      'Cookie Information',
    );
    expect(names('<a href="https://cookieinformation.com/">Cookie Information</a>')).not.toContain(
      'Cookie Information',
    );
    expect(names('<script src="https://connect.facebook.net/en_US/fbevents.js"></script>')).toContain('Facebook Pixel');
  });
  it('names analytics and consent vendors by the hosts their loaders come from', () => {
    const names = (html: string) => detect(html, 'https://shop.example/')?.value.map((t) => t.name) ?? [];
    expect(
      names('<script id="_etLoader" src="//code.etracker.com/code/e.js" data-secure-code="Ab12" async></script>'),
    ).toContain('etracker');
    // A loader snippet carries the SDK's URL with its path: strong even inline.
    expect(
      names(
        '<script>(function(d){var e=d.createElement("script");e.src="//static.axept.io/sdk.js";})(document)</script>',
      ),
    ).toContain('Axeptio');
    expect(names('<script src="//cdn.cookie-script.com/s/0a1b2c3d4e5f.js"></script>')).toContain('CookieScript');
    expect(names('<script src="https://cdn.cookiehub.eu/c2/0f1e2d3c.js"></script>')).toContain('CookieHub');
    expect(names('<script src="https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js"></script>')).toContain(
      'Civic Cookie Control',
    );
    // A link to the vendor's site is no install.
    expect(names('<a href="https://www.etracker.com/">Web analytics by etracker</a>')).not.toContain('etracker');
  });
  it('takes inline markers and DOM markers as named by the generated lists', () => {
    const html = '<div id="__next"></div><script>window.webpackChunk=[];</script>';
    const traces = collectTraces(parse(html), 'https://a.example/');
    expect(traces?.dom).toEqual(['#__next']);
    expect(traces?.inline).toEqual(['webpackChunk']);
    // One weak DOM marker of Next.js, one weak inline marker of webpack: neither proves anything alone.
    expect(detect(html, 'https://a.example/')).toBeUndefined();
  });
  it('caps what it sends, whatever the page holds', () => {
    const scripts = Array.from(
      { length: 2_000 },
      (_, i) => `<script src="https://h${i}.cdn.example/${'p'.repeat(500)}.js"></script>`,
    );
    const links = Array.from({ length: 2_000 }, (_, i) => `<a href="https://l${i}.example/x">x</a>`);
    const code = Array.from({ length: 2_000 }, (_, i) => `'//u${i}.example/a.js'`).join(';');
    const traces = collectTraces(
      parse(`${scripts.join('')}${links.join('')}<script>${code}</script>`),
      'https://a.example/',
    );
    expect(traces?.resources.length).toBeLessThanOrEqual(TRACE_LIMITS.resources);
    expect(traces?.anchors.length).toBe(TRACE_LIMITS.anchors);
    expect(traces?.inlineUrls.length).toBe(TRACE_LIMITS.inlineUrls);
    expect(Math.max(...(traces?.resources ?? []).map((r) => r.path.length))).toBe(TRACE_LIMITS.path);
    expect(pageTracesSchema.safeParse(traces).success).toBe(true);
  });
  it('skips links and assets of the page itself where only other hosts count', () => {
    const traces = collectTraces(
      parse('<a href="https://a.example/jobs">jobs</a><a href="/about">about</a><script src="/app.js?v=1"></script>'),
      'https://a.example/',
    );
    expect(traces?.anchors).toEqual([]);
    const others = collectTraces(
      parse(
        '<a href="HTTPS://A.EXAMPLE/x">own</a><a href="https://a.example.evil/y">lookalike</a><a href="//b.example">b</a>',
      ),
      'https://a.example/',
    );
    expect(others?.anchors).toEqual([
      { host: 'a.example.evil', path: '/y' },
      { host: 'b.example', path: '/' },
    ]);
    expect(traces?.resources).toEqual([{ host: 'a.example', path: '/app.js', strong: true }]);
  });
});

describe('fingerprint data', () => {
  it('ships the content script the markers the fingerprints use (npx vite-node scripts/gen-tech-markers.ts)', () => {
    expect({ dom: DOM_MARKERS, inline: INLINE_MARKERS }).toEqual(markerLists());
  });
  it('has at least 150 technologies in at least 15 categories, with unique names', () => {
    const names = FINGERPRINTS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(150);
    expect(new Set(FINGERPRINTS.map((f) => f.category)).size).toBeGreaterThanOrEqual(15);
  });
  it('gives every technology an indicator and a known category', () => {
    for (const f of FINGERPRINTS) {
      const indicators = [f.hosts, f.paths, f.files, f.dom, f.inline, f.anchors].flat().filter(Boolean).length;
      expect(indicators + (f.generator ? 1 : 0), f.name).toBeGreaterThan(0);
      expect(TECH_CATEGORIES, f.name).toContain(f.category);
      for (const host of [...(f.hosts ?? []), ...(f.anchors ?? [])]) expect(host, f.name).toBe(host.toLowerCase());
    }
  });
  it('has valid DOM marker selectors', () => {
    for (const f of FINGERPRINTS) {
      for (const raw of f.dom ?? []) expect(() => document.querySelector(raw.replace(/^!/, '')), raw).not.toThrow();
    }
  });
  it('can never prove a technology by one weak indicator alone', () => {
    // Only weak kinds: inline markers and unmarked paths/dom; a fingerprint made of a single one is useless.
    for (const f of FINGERPRINTS) {
      const strong =
        !!(f.hosts?.length || f.anchors?.length || f.files?.length || f.generator) ||
        [...(f.paths ?? []), ...(f.dom ?? [])].some((p) => p.startsWith('!'));
      const weak =
        (f.inline?.length ?? 0) +
        (f.paths ?? []).filter((p) => !p.startsWith('!')).length +
        (f.dom ?? []).filter((d) => !d.startsWith('!')).length;
      expect(strong || weak >= 2, f.name).toBe(true);
    }
  });
});
