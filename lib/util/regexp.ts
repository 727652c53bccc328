/** `text` as a literal inside a regular expression: every character with a meaning there escaped. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
