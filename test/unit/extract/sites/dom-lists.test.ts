import { describe, expect, it } from 'vitest';
import { labelledValues, queryAllOf, queryFirst } from '../../../../lib/extract/sites/dom';

// Invented snippets: a list queried one selector at a time gives what the list itself gives, in document order.
function page(body: string): Document {
  return new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html') as unknown as Document;
}
const doc = page(`
  <p class="b" id="p1">one</p>
  <div class="a" id="d1"><span class="b" id="s1">two</span></div>
  <p class="a b" id="p2">three</p>
  <dl><dt>Website</dt><dd>acme.example</dd></dl>
  <section data-kind="about"><dt>Founded</dt><dd>2019</dd></section>
`);
const ids = (els: Element[]) => els.map((el) => el.id);

describe('queryFirst', () => {
  it('finds the earliest element any selector matches, whatever the selectors order', () => {
    expect(queryFirst(doc, ['.a', '.b'])?.id).toBe('p1');
    expect(queryFirst(doc, ['.a', 'span'])?.id).toBe('d1');
    expect(queryFirst(doc, ['span', '.a'])?.id).toBe(doc.querySelector('span, .a')?.id);
  });
  it('answers null when nothing matches, and skips a selector the engine rejects', () => {
    expect(queryFirst(doc, ['.none', 'article'])).toBeNull();
    expect(queryFirst(doc, ['[[bad', 'span'])?.id).toBe('s1');
  });
});

describe('queryAllOf', () => {
  it('gives each element once, in document order, as the selector list does', () => {
    expect(ids(queryAllOf(doc, ['p', '.b', '.a']))).toEqual(ids(Array.from(doc.querySelectorAll('p, .b, .a'))));
    expect(ids(queryAllOf(doc, ['p', '.b', '.a']))).toEqual(['p1', 'd1', 's1', 'p2']);
  });
  it('keeps the first `max` in document order', () => {
    expect(ids(queryAllOf(doc, ['.a', '.b'], 2))).toEqual(['p1', 'd1']);
  });
});

describe('labelledValues with several label selectors', () => {
  it('reads the rows of each, the first row of a label winning', () => {
    const rows = labelledValues(doc, ['dl dt', '[data-kind="about"] dt']);
    expect([...rows.keys()]).toEqual(['website', 'founded']);
    expect(rows.get('founded')?.textContent).toBe('2019');
  });
});
