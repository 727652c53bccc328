/**
 * Splits a text into pieces whose JSON form stays under `maxSerialized` characters, so each travels in one message
 * under a size cap (lib/messaging/validate.ts measures the serialized message; replies are cut too, as one huge reply
 * is slow to clone). Quotes and control
 * characters grow when serialized, so pieces are measured, not counted; a surrogate pair is never cut in two.
 */
export function splitForMessages(text: string, maxSerialized: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let size = Math.min(text.length - start, Math.floor(maxSerialized / 2));
    for (;;) {
      let end = start + size;
      const last = text.charCodeAt(end - 1);
      // A piece ending on the first half of a pair gives that half to the next piece (or takes the pair whole).
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end += end - 1 > start ? -1 : 1;
      const piece = text.slice(start, end);
      if (JSON.stringify(piece).length <= maxSerialized || size <= 1) {
        pieces.push(piece);
        start = end;
        break;
      }
      size = Math.floor(size / 2);
    }
  }
  return pieces;
}
