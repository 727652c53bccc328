import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitForMessages } from '../../../lib/data/chunks';
import { createTransfers } from '../../../lib/data/transfers';
import { reviveRow } from '../../../lib/data/tson';

describe('splitForMessages', () => {
  it('gives pieces that join back to the text, each under the cap once serialized', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 1_000 }), fc.integer({ min: 20, max: 500 }), (text, max) => {
        const pieces = splitForMessages(text, max);
        return pieces.join('') === text && pieces.every((piece) => JSON.stringify(piece).length <= max);
      }),
      { numRuns: 60 },
    );
  });

  it('never cuts an emoji in two, even when one emoji is all a piece can hold', () => {
    for (const max of [40, 8, 3]) {
      const pieces = splitForMessages('🚀'.repeat(100), max);
      for (const piece of pieces) expect(piece).toMatch(/^(🚀)+$/u);
    }
  });

  it('cuts escaping-heavy text (quotes, control characters) smaller', () => {
    const pieces = splitForMessages('"\u0001'.repeat(1_000), 1_000);
    expect(pieces.length).toBeGreaterThan(4);
  });
});

describe('transfers', () => {
  it('joins upload pieces that arrive in any order, then checks the file', () => {
    const transfers = createTransfers();
    const text = '{"hello": "world"}';
    const id = transfers.startUpload(2, text.length);
    transfers.uploadPiece(id, 1, text.slice(5));
    transfers.uploadPiece(id, 0, text.slice(0, 5));
    expect(() => transfers.check(id)).toThrow(/not an ICP Lens backup/);
  });

  it('fault: a missing piece is named, never checked as a shorter file', () => {
    const transfers = createTransfers();
    const id = transfers.startUpload(3, 30);
    transfers.uploadPiece(id, 0, 'a'.repeat(10));
    transfers.uploadPiece(id, 2, 'a'.repeat(10));
    expect(() => transfers.check(id)).toThrow(/piece 2 of 3 is missing/);
    expect(() => transfers.uploadPiece(id, 3, 'x')).toThrow(/has 3 pieces, not 4/);
    expect(() => transfers.checked(id)).toThrow(/not checked yet/);
  });

  it('fault: an idle or unknown transfer asks to start again', () => {
    let now = 0;
    const transfers = createTransfers(() => now);
    const id = transfers.startDownload(['a', 'b']);
    expect(transfers.downloadPiece(id, 0)).toBe('a');
    now += 11 * 60_000;
    expect(() => transfers.downloadPiece(id, 1)).toThrow(/start again/);
    expect(() => transfers.check('nope')).toThrow(/start again/);
  });

  it('ends a download with its last piece', () => {
    const transfers = createTransfers();
    const id = transfers.startDownload(['a', 'b']);
    transfers.downloadPiece(id, 0);
    expect(transfers.downloadPiece(id, 1)).toBe('b');
    expect(() => transfers.downloadPiece(id, 1)).toThrow(/start again/);
  });
});

describe('reviveRow (dexie-export-import value encoding)', () => {
  it('decodes undefined, dates, NaN, infinities and lists at nested and escaped key paths', () => {
    const row = reviveRow({
      a: { 'b.c': 0, d: 5, list: [] },
      n: 'NaN',
      i: '-Infinity',
      $types: { 'a.b~1c': 'undef', 'a.d': 'date', 'a.list': 'arrayNonindexKeys', n: 'nan', i: 'negativeInfinity' },
    });
    expect(row).toEqual({
      a: { 'b.c': undefined, d: new Date(5), list: [] },
      n: Number.NaN,
      i: Number.NEGATIVE_INFINITY,
    });
  });

  it('unwraps a row that had a $types key of its own, and leaves plain rows alone', () => {
    expect(reviveRow({ $: { $types: 1 }, $types: true })).toEqual({ $types: 1 });
    const plain = { a: 1 };
    expect(reviveRow(plain)).toBe(plain);
  });

  it('fault: refuses types ICP Lens never writes and paths that point nowhere', () => {
    expect(() => reviveRow({ a: {}, $types: { a: 'map' } })).toThrow(/unsupported value type "map" at a/);
    expect(() => reviveRow({ a: 1, $types: { 'b.c': 'undef' } })).toThrow(/no value at b.c/);
    expect(() => reviveRow({ a: 1, $types: { a: 'arrayNonindexKeys' } })).toThrow(/a list was expected/);
  });
});
