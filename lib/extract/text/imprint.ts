import type { Address } from '../../signals/schema';
import { toIsoCountry } from '../countries';
import { findAddress } from './address';

type Lang = 'de' | 'fr' | 'en';

// Headings that open an imprint, legal notice or contact block, with the language they imply.
const HEADINGS =
  /\b(impressum|anschrift|postanschrift|kontakt|sitz der gesellschaft|mentions l[ée]gales|si[èe]ge social|adresse|nous contacter|imprint|legal notice|legal information|contact(?: us)?|headquarters|head office|registered office|address)\b/giu;
const HEADING_LANG: Array<[RegExp, Lang]> = [
  [/impressum|anschrift|kontakt|sitz/i, 'de'],
  [/mentions|si[èe]ge|adresse|nous contacter/i, 'fr'],
];
const WINDOW = 700;
const MAX_WINDOWS = 10;

const LEGAL_NAME =
  /((?:[\p{Lu}\d][\p{L}\d&.'’+-]*[ \t\u00a0]+){1,5}(?:GmbH\s*&\s*Co\.\s*KG|gGmbH|GmbH|AG|SE|KG|UG(?:\s*\(haftungsbeschränkt\))?|e\.\s?V\.|SASU|SAS|SARL|EURL|S\.A\.S\.|S\.A\.|SA|Ltd\.?|Limited|LLC|Inc\.?|plc|B\.V\.|BV|Oy|AB))(?![\p{L}\d])/u;
// A German sentence may start with an article before the name ("Die Acme GmbH ist ...").
const LEADING_WORDS = /^(?:die|der|das|la|le|les|l'|the|von|by|of|de|du|des)\s+/i;

// Register and tax identifiers that only one country issues.
const REGISTERS: Array<[RegExp, string]> = [
  [
    /\bAmtsgericht\b|\bHRB\s?\d|\bHRA\s?\d|\bUSt-?Id(?:Nr)?\.?\s*:?\s*DE\s?\d{9}\b|\bDE\s?\d{3}\s?\d{3}\s?\d{3}\b/u,
    'DE',
  ],
  [/\bFirmenbuch|\bFN\s?\d{5,6}\s?[a-z]\b|\bATU\s?\d{8}\b/u, 'AT'],
  [/\bCHE-\d{3}\.\d{3}\.\d{3}\b/u, 'CH'],
  [/\bR\.?C\.?S\.?\s+[\p{Lu}]|\bSIRE[NT]\b|\bFR\s?\d{2}\s?\d{9}\b/u, 'FR'],
  [/registered in england|companies house|registered in scotland|\bGB\s?\d{9}\b/iu, 'GB'],
  [/\bKvK\b|kamer van koophandel/u, 'NL'],
];

// "Sitz der Gesellschaft: Berlin", "siège social : Paris", "headquartered in Cambridge, UK". The keyword is matched
// case-insensitively, the city after it case-sensitively (with the i flag \p{Lu} would accept any letter).
const SEAT_KEYWORD =
  /\b(?:sitz(?: der gesellschaft)?|si[èe]ge social|registered office|headquartered in|headquarters?(?: in|:)|head office(?: in|:)|HQ(?: in|:))\s*:?\s*(?:in\s+|à\s+)?/iu;
const SEAT_CITY = /^(\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,2})(?:,\s*([\p{L} .]{2,30}))?/u;

export interface ImprintFacts {
  legalName?: string;
  hq?: Address;
  /** How much the hq stands on: an address or register beats a seat phrase. */
  confidence: number;
}

function langOf(heading: string, fallback: Lang | undefined): Lang | undefined {
  for (const [pattern, lang] of HEADING_LANG) if (pattern.test(heading)) return lang;
  return /legal|imprint|contact|headquarters|office|address/i.test(heading) ? 'en' : fallback;
}

function cleanLegal(name: string): string | undefined {
  const out = name.replace(/\s+/g, ' ').trim().replace(LEADING_WORDS, '');
  return out.length >= 4 && out.length <= 120 ? out : undefined;
}

/** Legal name, address and country from imprint, legal notice and contact blocks of the visible text. */
export function readImprint(text: string, docLang: string, imprintPage: boolean): ImprintFacts {
  const fallback: Lang | undefined = /^de/i.test(docLang) ? 'de' : /^fr/i.test(docLang) ? 'fr' : undefined;
  const windows: Array<{ text: string; lang?: Lang }> = [];
  // On an imprint page the block is the page itself; elsewhere it follows a heading, or sits in the footer.
  if (imprintPage) windows.push({ text: text.slice(0, 6_000), lang: fallback });
  let n = 0;
  for (const m of text.matchAll(HEADINGS)) {
    if (++n > MAX_WINDOWS) break;
    windows.push({ text: text.slice(m.index, m.index + WINDOW), lang: langOf(m[1] ?? '', fallback) });
  }
  windows.push({ text: text.slice(-1_500), lang: fallback });

  const facts: ImprintFacts = { confidence: 0 };
  for (const w of windows) {
    facts.legalName ??= cleanLegal(LEGAL_NAME.exec(w.text)?.[1] ?? '');
    if (!facts.hq) {
      const address = findAddress(w.text, w.lang);
      if (address) {
        facts.hq = address;
        facts.confidence = address.street ? 0.55 : 0.45;
      }
    }
    if (facts.legalName && facts.hq) break;
  }
  if (!facts.hq) {
    const keyword = SEAT_KEYWORD.exec(text);
    const seat = keyword ? SEAT_CITY.exec(text.slice(keyword.index + keyword[0].length, keyword.index + 200)) : null;
    if (seat?.[1]) {
      const country = toIsoCountry(seat[2]?.trim() ?? '');
      facts.hq = country ? { city: seat[1], country } : { city: seat[1] };
      facts.confidence = 0.4;
    }
  }
  if (!facts.hq?.country) {
    const scope = windows.map((w) => w.text).join('\n');
    const found = REGISTERS.find(([pattern]) => pattern.test(scope));
    if (found) {
      facts.hq = { ...facts.hq, country: found[1] };
      facts.confidence ||= 0.45;
    }
  }
  return facts;
}
