import { describe, expect, it } from 'vitest';
import { chromeLinks, linksMatching, readLinks } from '../../../lib/extract/page-links';

const doc = (html: string) =>
  new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html') as unknown as Document;

describe('page links', () => {
  const links = readLinks(
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

  it('reads each href once, line breaks removed, oversized ones empty, anchors without href left out', () => {
    expect(links.hrefs).toEqual([
      '',
      '/jobs',
      'https://x.com/acme',
      'https://jobs.example/ab',
      '',
      'tel:+49 30 1234',
      '  //cdn.example/x',
    ]);
    expect(links.anchors.map((a) => a.textContent)).toEqual([
      'empty',
      'jobs',
      'x',
      'broken line',
      'huge',
      'call',
      'spaced',
    ]);
  });

  it('names each matching link once, in document order, and anchors a pattern at each href', () => {
    expect(linksMatching(links, /job/gi)).toEqual([1, 3]);
    expect(linksMatching(links, /^tel:/gim)).toEqual([5]);
    expect(linksMatching(links, /^[^\S\n]*(?:https?:)?\/\//gim)).toEqual([2, 3, 6]);
    expect(linksMatching(links, /p/g, 1)).toEqual([2]);
    expect(linksMatching(readLinks(doc('')), /x/g)).toEqual([]);
  });

  it('names the first and last links of a long page, every link of a short one', () => {
    expect(chromeLinks(links, 2, 2)).toEqual([0, 1, 5, 6]);
    expect(chromeLinks(links, 5, 5)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
