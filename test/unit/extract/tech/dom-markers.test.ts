import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMarker, findDomMarkers, matchesMarker } from '../../../../lib/extract/tech/dom-markers';
import { DOM_MARKERS } from '../../../../lib/extract/tech/markers';

const DIR = join(__dirname, '../../../fixtures/tech/');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

// Elements shaped like each marker and like its near misses, beside every technology fixture's elements.
const SYNTHETIC = `<html data-wf-site="1"><head><meta name="ahrefs-site-verification" content="x">
<link rel="https://api.w.org/" href="/wp-json/"><script type="text/x-magento-init">{}</script>
<script class="yoast-schema-graph" type="application/ld+json">{}</script><script id="__NEXT_DATA__">{}</script></head>
<body><div id="__next" data-reactroot=""><ins class="adsbygoogle x"></ins><ins class="adsbygoogle-not"></ins>
<div class="svelte-1x2y s-other"></div><div class="ember-view"></div><astro-island></astro-island>
<form data-drupal-selector="f"></form><div ng-controller="c"></div><div data-reactid=".0"></div>
<meta name="ahrefs-site-verification-not" content="y"><link rel="https://api.w.org/x"></div></body></html>`;

describe('DOM markers', () => {
  it('every generated marker compiles to the simple grammar', () => {
    expect(DOM_MARKERS.filter((m) => !compileMarker(m))).toEqual([]);
  });

  it('a compiled marker answers what the engine answers, on every element of the fixtures', () => {
    const pages = [SYNTHETIC, ...readdirSync(DIR).filter((f) => f.endsWith('.html'))].map((f) =>
      parse(f.startsWith('<') ? f : readFileSync(join(DIR, f), 'utf8')),
    );
    let compared = 0;
    for (const doc of pages) {
      for (const el of Array.from(doc.querySelectorAll('*'))) {
        for (const selector of DOM_MARKERS) {
          const marker = compileMarker(selector);
          if (!marker) continue;
          expect(matchesMarker(el, marker), `${selector} on <${el.localName}>`).toBe(el.matches(selector));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1_000);
  });

  it("finds the synthetic page's markers and not the near misses", () => {
    const found = findDomMarkers(parse(SYNTHETIC), () => false);
    for (const m of ['ins.adsbygoogle', 'html[data-wf-site]', 'script#__NEXT_DATA__', '#__next', '[data-reactroot]'])
      expect(found).toContain(m);
    expect(found).not.toContain('html[data-wf-page]');
  });
});
