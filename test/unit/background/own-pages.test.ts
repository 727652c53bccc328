import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_PAGE, DEMO_SITE_URL, ownPageOf } from '../../../lib/background/own-pages';

const origin = 'chrome-extension://abcdef/';

describe('own pages', () => {
  it('tells the demo company from our other pages, and web pages from both', () => {
    expect(ownPageOf(`${origin}demo.html`, origin)).toBe('demo');
    expect(ownPageOf(`${origin}welcome.html`, origin)).toBe('other');
    expect(ownPageOf(`${origin}leads.html?x=1`, origin)).toBe('other');
    expect(ownPageOf('https://example.com/demo.html', origin)).toBeUndefined();
    expect(ownPageOf('chrome-extension://another/welcome.html', origin)).toBeUndefined();
    expect(ownPageOf(undefined, origin)).toBeUndefined();
  });

  it('records the demo company at the address its own page gives as canonical', () => {
    const html = readFileSync(`public${DEMO_PAGE}`, 'utf8');
    expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]).toBe(DEMO_SITE_URL);
  });
});
