import { cleanText } from '../../signals/limits';
import { isJobTitle } from '../classify/title';
import { fold } from './context';

// Lower-case parts of names: "Ludwig van Beethoven", "Anne de la Tour", "Karl zu Guttenberg".
const PARTICLES = new Set([
  'von',
  'van',
  'vom',
  'zu',
  'der',
  'den',
  'de',
  'du',
  'des',
  'la',
  'le',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'das',
  'do',
  'y',
  'e',
  'ten',
  'ter',
  'bin',
  'al',
  'el',
  // Spanish and Italian joins ("María de los Ángeles", "Ferrari degli Uberti"), and the
  // Arabic and Hebrew "son of" and "daughter of" between given name and family ("Fatima bint Rashid", "Yosef ben Ami").
  'los',
  'las',
  'dei',
  'degli',
  'dalla',
  'dal',
  'ibn',
  'bint',
  'ben',
  'bat',
  'ould',
]);
// A capitalized word, hyphenated or with an apostrophe (Jean-Luc, O'Neil, McArthur, ALL CAPS), or an initial (J.).
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:['’-]\p{Lu}?[\p{Ll}\p{Lu}\p{M}]+)*|\p{Lu}\.)$/u;
// Academic and honorific prefixes and suffixes that sit around a name on team pages, not part of it.
// A doctor's field may follow ("Dr. iur.", "Dr. med. dent.", "Dr. rer. nat."); Czech and Italian titles ("MUDr.", "Ing.",
// "Avv.", "Dott.ssa") and the Turkish surgeon's "Op. Dr." stand before the name as well, as do the Spanish and
// Portuguese degrees and courtesies ("Lic.", "Arq.", "Dra.", "Eng.ª", "Sra."), the engineer's "Eng."/"Engr." and the
// lawyer's "Adv."/"Av." of the Middle East, Turkey, India and Nigeria, India's "Shri", "Smt." and "CA", and Swahili's
// "Bi." (Ms), "Bw." (Mr) and "Dkt." (Dr).
const PREFIX = new RegExp(
  String.raw`^(?:\(?(?:${[
    String.raw`prof(?:\.?ª|a)?`,
    String.raw`dr(?:\.?ª|a)?`,
    'dipl',
    'mag',
    String.raw`ing(?:\.?ª)?`,
    String.raw`eng(?:\.?ª|r)?`,
    'mr',
    'mrs',
    'ms',
    'mme',
    'm',
    'herr',
    'frau',
    'sir',
    'op',
    'avv',
    'av',
    'adv',
    'dott',
    String.raw`dott\.ssa`,
    'arch',
    'arq',
    'lic(?:da|do)?',
    'lcd[ao]',
    'mtr[oa]',
    String.raw`c\.\s?p`,
    'sr(?:a|ta)?',
    'mgr',
    'bc',
    'mudr',
    'judr',
    'phdr',
    'rndr',
    'drs',
    'rag',
    'geom',
    'barr',
    'engr',
    'sheikh',
    'shaikh',
    'shri',
    'sri',
    'smt',
    'ca',
    'sayın',
    'alhaji',
    'hajia',
    'mst',
    'bi',
    'bw',
    'dkt',
  ].join(
    '|',
  )})\.?\)?(?:-\p{L}+\.?)?(?:\s+(?:iur|med|dent|vet|phil|oec|jur|rer\.\s?(?:nat|pol|oec)|habil|h\.\s?c)\.)*\s+)+`,
  'iu',
);
// Degrees and credentials after a name, the clinicians' too ("Whitney Albrecht, O.D.", "DDS", "DMD", "PharmD"); the
// two-letter ones only with their dots, as "Do" is a family name.
const SUFFIX =
  /(?:,?\s+(?:mba|phd|ph\.d\.|m\.?sc\.?|b\.?sc\.?|m\.?a\.?|cpa|cfa|fcpa|acca|fcca|jr\.?|sr\.?|ll\.?m\.?|dipl\.-\S+|o\.d\.|m\.d\.|d\.o\.|d\.?d\.?s\.?|d\.?m\.?d\.?|dpt|pharm\.?d\.?|esq\.?|p\.e\.))+$/i;
// Words that make a short capitalized text a label, not a name ("Our Team", "LinkedIn Member", "Read More").
const NOT_NAME = new Set(
  (
    'our the team teams meet about contact us more read view profile linkedin member members join careers jobs and ' +
    'company group gmbh inc ltd llc ag sas sarl ug kg co services solutions board mehr unser unsere notre nos equipe ' +
    'nous contactez learn see all new open position positions you your hiring apply email mail phone tel fax ' +
    'impressum imprint privacy cookie cookies home menu blog news press follow twitter xing instagram facebook ' +
    // A company's or a section's words: "Kléber Studio", "Who We Are", "Quem Somos", "Ihre Ansprechpartner".
    'studio studios agency agence agentur agencia creative creativo digital media consulting labs who are wer ' +
    'qui sommes quem somos chi siamo quienes ihre ihr ansprechpartner'
  ).split(' '),
);
// Pronouns and verbs of marketing copy: a text with them is a sentence, not a job title.
const NOT_ROLE =
  /\b(?:you|your|we|our|us|helps?|makes?|ihre?|wir|unsere?|vous|votre|nous|notre|is|are|ist|sind|est|sont)\b/;
const MAX_ROLE_WORDS = 10;

/** The name without the titles around it ("Dr. Anna Schmidt, MBA" -> "Anna Schmidt"), when it reads as a name. */
export function personName(text: string): string | undefined {
  // Emoji some profiles put beside a name ("🚲 Ana Ruiz") are decoration, not part of it.
  const bare = text.replace(/\p{Extended_Pictographic}|\uFE0F|\u200D/gu, ' ');
  const name = cleanText(bare, 80)?.replace(PREFIX, '').replace(SUFFIX, '').trim();
  if (!name || name.length > 60) return undefined;
  const words = name.split(' ');
  // Up to five capitalized words, and a join or two more ("María José dos Santos da Silva").
  if (words.length < 2 || words.length > 7) return undefined;
  // A name opens on a given name: "de Agroexportadora Chira" is the end of a phrase, not a person.
  if (PARTICLES.has(words[0] ?? '')) return undefined;
  let capitalized = 0;
  for (const word of words) {
    if (PARTICLES.has(word)) continue;
    if (!NAME_WORD.test(word) || NOT_NAME.has(fold(word))) return undefined;
    capitalized++;
  }
  // A long text with three joins is a place's or an institution's name ("Museo de la Ciudad de Lima").
  if (capitalized < 2 || capitalized > 5 || (words.length > 5 && words.length - capitalized > 2)) return undefined;
  // A job title in title case ("Head Of Sales") is not a name.
  return isJobTitle(name) ? undefined : name;
}

/** The text as a job title, when it reads as one: a level or a department the classifier knows, and no sentence. */
export function jobTitle(text: string): string | undefined {
  const title = cleanText(text, 120)?.replace(/[.;:,]+$/, '');
  if (!title || title.split(' ').length > MAX_ROLE_WORDS) return undefined;
  const folded = fold(title);
  if (NOT_ROLE.test(folded) || /\d{3,}|@|https?:/.test(title)) return undefined;
  return isJobTitle(title) ? title : undefined;
}
