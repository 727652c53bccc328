import { describe, expect, it } from 'vitest';
import { readLinks } from '../../../lib/extract/collect/links';
import { chromeLinks, linksMatching, linksOf } from '../../../lib/extract/page-links';

const doc = (html: string) =>
  new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html') as unknown as Document;

describe('page links', () => {
  const read = readLinks(
    doc(
      [
        '<a href="">empty</a>',
        '<a href="/jobs">jobs</a>',
        '<a>no href</a>',
        '<a href="https://x.com/acme">x</a>',
        '<a href="https://jobs.example/a&#10;b">broken line</a>',
        `<a href="https://huge.example/${'p'.repeat(3_000)}">huge</a>`,
        '<a href="tel:+49 30 1234">call</a>',
        '<a href="  //cdn.example/x">spaced</a>',
      ].join(''),
    ),
  );
  const links = linksOf(read.hrefs);

  it('reads each href once, line breaks removed, oversized ones empty, anchors without href left out', () => {
    expect(links.hrefs).toBe(read.hrefs);
    expect(links.hrefs).toEqual([
      '',
      '/jobs',
      'https://x.com/acme',
      'https://jobs.example/ab',
      '',
      'tel:+49 30 1234',
      '  //cdn.example/x',
    ]);
    // A short page: every link is navigation or footer, and its text is read.
    expect(read.labels).toEqual([
      [0, 'empty'],
      [1, 'jobs'],
      [2, 'x'],
      [3, 'broken line'],
      [4, 'huge'],
      [5, 'call'],
      [6, 'spaced'],
    ]);
  });

  it('names each matching link once, in document order, and anchors a pattern at each href', () => {
    expect(linksMatching(links, /job/gi)).toEqual([1, 3]);
    expect(linksMatching(links, /^tel:/gim)).toEqual([5]);
    expect(linksMatching(links, /^[^\S\n]*(?:https?:)?\/\//gim)).toEqual([2, 3, 6]);
    expect(linksMatching(links, /p/g, 1)).toEqual([2]);
    expect(linksMatching(linksOf(readLinks(doc('')).hrefs), /x/g)).toEqual([]);
  });

  it('names the first and last links of a long page, every link of a short one', () => {
    expect(chromeLinks(links, 2, 2)).toEqual([0, 1, 5, 6]);
    expect(chromeLinks(links, 5, 5)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('links read in the page', () => {
  const filler = Array.from({ length: 300 }, (_, i) => `<a href="/post/${i}">Post ${i}</a>`).join('');
  it('reads the text of the navigation and footer links only', () => {
    const read = readLinks(doc(`<nav><a href="/">Home</a></nav>${filler}<footer><a href="/jobs">Jobs</a></footer>`));
    expect(read.hrefs).toHaveLength(302);
    expect(read.labels[0]).toEqual([0, 'Home']);
    expect(read.labels.at(-1)).toEqual([301, 'Jobs']);
    expect(read.labels.map(([i]) => i)).not.toContain(150);
  });
  it('tells which social profile links sit in the header, footer or navigation; share links are not looked at', () => {
    const read = readLinks(
      doc(
        '<main><a href="https://x.com/someone">x</a><a href="https://twitter.com/intent/tweet?u=1">share</a></main>' +
          '<div class="site-Footer"><a href="https://www.linkedin.com/company/acme">in</a></div>' +
          '<header><a href="https://twitter.com/share">share</a></header>',
      ),
    );
    expect(read.chromeSocial).toEqual([2]);
  });
  it('tells the same among many social links, each in its block or not, as with a few', () => {
    const profiles = Array.from({ length: 30 }, (_, i) => `<a href="https://www.linkedin.com/in/person-${i}">p</a>`);
    const read = readLinks(
      doc(
        `<header><a href="https://x.com/acme">x</a></header><main>${profiles.join('')}</main>` +
          '<div class="card"><div class="card-footer"><a href="https://www.linkedin.com/in/author">a</a></div></div>' +
          '<div class="site-Footer"><ul><li><a href="https://www.linkedin.com/company/acme">in</a></li></ul></div>',
      ),
    );
    expect(read.chromeSocial).toEqual([0, 31, 32]);
  });
  it('keeps the verdict of a block for the links that share it, and tells landmarks by role and id', () => {
    const read = readLinks(
      doc(
        '<div role="contentinfo"><p><a href="https://x.com/acme">x</a><a href="https://github.com/acme">g</a></p></div>' +
          '<main><p><a href="https://www.linkedin.com/in/quoted">q</a></p></main>' +
          '<div id="pageFOOTER"><a href="https://www.youtube.com/@acme">y</a></div>' +
          '<nav><a href="https://www.facebook.com/acme">f</a></nav><p><a href="https://www.instagram.com/other">i</a></p>',
      ),
    );
    expect(read.chromeSocial).toEqual([0, 1, 3, 4]);
  });
  it('empties links in the middle of a page past the character budget, keeping navigation and footer', () => {
    const long = Array.from({ length: 400 }, (_, i) => `<a href="/${i}/${'p'.repeat(200)}">x</a>`).join('');
    const read = readLinks(doc(`<a href="/first">f</a>${long}<a href="/last">l</a>`));
    expect(read.hrefs).toHaveLength(402);
    expect(read.hrefs[0]).toBe('/first');
    expect(read.hrefs.at(-1)).toBe('/last');
    expect(read.hrefs[201]).toBe('');
    expect(read.hrefs.join('').length).toBeLessThanOrEqual(32_000);
  });
});
