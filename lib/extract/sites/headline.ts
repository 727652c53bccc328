import { cleanText } from '../../signals/limits';

// "VP Sales at Acme", "Founder @ Acme", "Directrice chez Acme", "Leiter Vertrieb bei Acme", "Gerente en Acme",
// "Responsabile vendite presso Acme", "Hoofd marketing bij Acme", Danish and Norwegian "Salgschef hos Acme".
const AT = /\s+(?:at|@|chez|bei|en|presso|bij|hos)\s+|\s*@\s*/i;
// Portuguese "na"/"no", Polish "w" and Swedish "på" also join a title and a field ("Especialista na área"), and "no"
// is English: only before a capitalised name ("Marketing Lead na Tágide Seguros", "Kierownik IT w Odra Meble",
// "Försäljningschef på Östgöta Kylteknik AB"), case kept.
const AT_NAME = /\s+(?:na|no|w|på)\s+(?=\p{Lu})/u;
// Where an employer's name ends and the pitch begins: "Acme, the best...", "Acme | Ex-Google", "Acme - Speaker".
const TAIL = /\s*(?:[,|·•;]|\s[-–—]\s|\.\s|\.$).*$/;

/**
 * Title and employer out of a profile headline ("Co-founder at Acme, the best ..." -> Co-founder, Acme). A
 * headline without an "at" is a title alone ("Researcher."). Used only when the experience section gives neither.
 */
export function parseHeadline(headline: string | undefined): { title?: string; employer?: string } {
  const text = cleanText(headline, 300);
  if (!text) return {};
  const parts = text.split(AT);
  const [head = '', ...rest] = parts.length > 1 ? parts : text.split(AT_NAME);
  const title = cleanText((head.split(/\s+[|·•]\s+/)[0] ?? '').replace(/[.,;|]+$/, ''));
  if (!rest.length) return { title: title && title.length <= 80 ? title : undefined };
  const employer = cleanText(rest.join(' at ').replace(TAIL, ''));
  return { title, employer: employer && employer.length <= 80 ? employer : undefined };
}

/** A name's emoji and their joiners dropped ("Jane Doe 🚀" -> "Jane Doe"): decoration, not part of the name. */
export function withoutPictographs(text: string): string {
  return text
    .replace(/\p{Extended_Pictographic}|\u200d|\ufe0f/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
