import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, MAX_CHUNKS } from '../../../lib/leads/limits';
import { chunkText, ImportStaging } from '../../../lib/leads/staging';
import { validateMessage } from '../../../lib/messaging/validate';

describe('chunkText', () => {
  it('splits and joins back to the same text, never inside a surrogate pair (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 2, max: 17 }), (text, size) => {
        const chunks = chunkText(text, size);
        expect(chunks.join('')).toBe(text);
        for (const c of chunks) {
          expect(c.length).toBeLessThanOrEqual(size);
          expect(/^[\uDC00-\uDFFF]/.test(c)).toBe(false);
        }
      }),
    );
  });
});

describe('ImportStaging', () => {
  it('joins the chunks in order, whatever order they came in, and forgets the upload', () => {
    const staging = new ImportStaging();
    expect(staging.add('import-1', 1, 2, 'b.com\n', 0)).toEqual({ received: 1 });
    expect(staging.add('import-1', 0, 2, 'domain\na.com\n', 0)).toEqual({ received: 2 });
    expect(staging.take('import-1')).toBe('domain\na.com\nb.com\n');
    expect(() => staging.take('import-1')).toThrow('unknown or expired');
  });

  it('refuses an incomplete upload, a chunk that does not fit, and too much text', () => {
    const staging = new ImportStaging();
    staging.add('import-2', 0, 3, 'x', 0);
    expect(() => staging.add('import-2', 0, 4, 'x', 0)).toThrow('does not fit');
    expect(() => staging.take('import-2')).toThrow('chunk 2 of 3 missing');
    const big = 'x'.repeat(IMPORT_LIMITS.chunkChars);
    expect(() => {
      for (let i = 0; i < MAX_CHUNKS + 1; i++) staging.add('import-3', i, MAX_CHUNKS + 1, big, 0);
    }).toThrow('file too large');
  });

  it('drops uploads left unfinished', () => {
    const staging = new ImportStaging();
    staging.add('import-4', 0, 2, 'x', 0);
    staging.add('import-5', 0, 1, 'y', 11 * 60_000);
    expect(() => staging.take('import-4')).toThrow('unknown or expired');
  });
});

describe('chunk messages', () => {
  it('a full chunk of the worst characters for JSON still fits the message cap', () => {
    const text = '\u0001'.repeat(IMPORT_LIMITS.chunkChars);
    const message = {
      type: 'ui-bg/stage-import-chunk',
      payload: { importId: 'a1b2c3d4-e5f6', index: MAX_CHUNKS - 1, total: MAX_CHUNKS, text },
    };
    expect(validateMessage(message, 'ui')).toMatchObject({ ok: true });
  });

  it('refuses a chunk over the size, from a content script, or with a bad id', () => {
    const ok = { importId: 'a1b2c3d4-e5f6', index: 0, total: 1, text: 'acme.com' };
    const send = (payload: unknown, role: 'ui' | 'content' = 'ui') =>
      validateMessage({ type: 'ui-bg/stage-import-chunk', payload }, role);
    expect(send(ok)).toMatchObject({ ok: true });
    expect(send(ok, 'content')).toMatchObject({ ok: false });
    expect(send({ ...ok, text: 'x'.repeat(IMPORT_LIMITS.chunkChars + 1) })).toMatchObject({ ok: false });
    expect(send({ ...ok, importId: '../../x' })).toMatchObject({ ok: false });
    expect(send({ ...ok, total: MAX_CHUNKS + 1 })).toMatchObject({ ok: false });
  });
});
