/** Lower case ASCII letters and digits, accents folded ("Gefährdung" -> "gefahrdung"), one space between words. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}
