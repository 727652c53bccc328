import { cleanText, LIMITS } from '../signals/limits';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  copy: '©',
  reg: '®',
  trade: '™',
  ndash: '–',
  mdash: '—',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, body: string) => {
    if (body[0] !== '#') return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
    const code =
      body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    // Lone surrogates and out-of-range code points would make fromCodePoint throw.
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Page strings as plain text: JSON-LD and meta values sometimes carry markup or entities (`Acme &amp; Co`,
 * `<p>We build…</p>`). Tags are dropped by pattern, never parsed, and the result is capped.
 */
export function plainText(input: unknown, max: number = LIMITS.shortText): string | undefined {
  if (typeof input !== 'string') return undefined;
  // Cap before the regexes so a megabyte string costs nothing.
  const bounded = input.length > max * 4 + 1000 ? input.slice(0, max * 4 + 1000) : input;
  const text = decodeEntities(bounded.replace(/<\/?[a-z][^<>]{0,500}>/gi, ' '));
  return cleanText(text, max);
}

/** A JSON-LD text value: a string, a `{"@value"}` object or the first of an array of those. */
export function jsonText(input: unknown, max?: number): string | undefined {
  if (Array.isArray(input)) return jsonText(input[0], max);
  if (typeof input === 'object' && input !== null && Object.hasOwn(input, '@value')) {
    return plainText((input as Record<string, unknown>)['@value'], max);
  }
  return plainText(input, max);
}

// Control characters JSON would write six characters long; a page's text has no business holding them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
export const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
