import { describe, expect, it } from 'vitest';
import { fold } from '../../../lib/extract/people/context';

/** The folding as the full Unicode steps do it, for any text: the fast path must agree with it. */
function unicodeFold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
}

describe('fold', () => {
  it('folds typeset punctuation as the Unicode steps do', () => {
    for (const [from, to] of [
      [0xa0, 0xbf],
      [0x2000, 0x206f],
    ] as const) {
      for (let cp = from; cp <= to; cp++) {
        const c = String.fromCharCode(cp);
        for (const text of [`Our${c}Team`, `${c}meet the team${c}`, `Anna${c}${c}CEO`, `x${c}1`, c]) {
          expect(fold(text), `U+${cp.toString(16)}`).toBe(unicodeFold(text));
        }
      }
    }
  });

  it('reads a typeset heading', () => {
    expect(fold('Meet the team — the people’s “story”…')).toBe('meet the team the people s story');
    expect(fold('Geschäftsführung')).toBe('geschaftsfuhrung');
    expect(fold('Équipe ½')).toBe('equipe 1 2');
  });
});
