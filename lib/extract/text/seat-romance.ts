import type { Address } from '../../signals/schema';
import { cityOrNone } from '../area';
import { toIsoCountry } from './country-names';
import { afterCity } from './imprint';

/**
 * The seat a Spanish or Portuguese employer's own sentence names, in the two shapes its company paragraph writes it:
 * the founding place the sentence says still holds the seat ("fundada en 1998 en Rancagua, Región de O'Higgins, donde
 * mantiene su casa matriz", "Fundado em 1975 em Chapecó, onde fica a matriz") and the seat's noun before its city
 * ("con casa central en la ciudad de Neuquén", "Sede principal en Pasto", "Oficinas corporativas y Planta 1 en
 * Celaya, Guanajuato"). Case-sensitive: the city is capitalized, the nouns are not (but for a sentence's start).
 */

// A city of one to three capitalized words, joined by the particles Spanish and Portuguese names carry ("San Juan de
// Pasto", "Caxias do Sul").
const CITY = String.raw`(\p{Lu}[\p{L}'’.-]+(?:\s(?:de\s|del\s|do\s|da\s|dos\s|das\s)?\p{Lu}[\p{L}'’.-]+){0,2})`;
// The region after it: a name, or a region's own noun and its name ("Región de Atacama", "Estado de México").
const REGION = String.raw`((?:Regi[óo]n|Provincia|Departamento|Estado)\s(?:de\s|del\s|do\s)?\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)?|\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)`;
const SEAT_NOUN = `(?:casa matriz|matriz|sede(?: central| principal| social)?|oficinas? centrales?|oficinas? corporativas?|escrit[óo]rio central)`;

// "en Copiapó, Región de Atacama, donde mantiene su casa matriz", "em Lajeado, onde fica a matriz".
const WHERE_SEAT = new RegExp(
  String.raw`(?<![\p{L}])(?:en|em)\s${CITY}(?:,\s${REGION})?,\s(?:donde|onde)\s(?:(?:hoy|aún|todavía|ainda|hoje)\s)?(?:(?:mantiene|tiene|está|se encuentra|se ubica|funciona|fica|mantém|tem|se localiza)\s)?(?:(?:su|sus|nuestra|la|las|a|sua|nossa|o)\s)?${SEAT_NOUN}(?![\p{L}])`,
  'gu',
);
// "con casa central en la ciudad de Salta", "Sede principal en Villavicencio", "Oficinas corporativas y Planta 1 en
// Toluca, Estado de México", "com matriz em Lajeado".
const NOUN_SEAT = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ss]ede (?:principal|central)|[Cc]asa (?:central|matriz)|[Mm]atriz|[Oo]ficinas? (?:corporativas?|centrales?|principal(?:es)?)|[Oo]ficina central|[Ee]scrit[óo]rio central)(?:\sy\s(?:su\s|la\s|el\s|nuestra\s)?[\p{L}\d]{2,20}(?:\s[\p{L}\d]{1,20}){0,2})?\s(?:en|em|na|no)\s(?:la\sciudad\sde\s|la\slocalidad\sde\s|a\scidade\sde\s)?${CITY}(?:,\s${REGION})?`,
  'gu',
);
const REGION_NOUN = /^(?:Regi[óo]n|Provincia|Departamento|Estado)\s/u;
const MAX_MATCHES = 10;
const MAX_TEXT = 20_000;

function seatOf(m: RegExpMatchArray): Address | undefined {
  // "en la ciudad de Salta. Trabajamos ...": a full stop ends the sentence, and the city.
  const [name = '', rest] = (m[1] ?? '').split(/\.\s/u);
  const city = cityOrNone(name);
  // "en Chile, donde ...": a country is no seat's city.
  if (!city || toIsoCountry(city)) return undefined;
  const named = rest === undefined ? (m[2]?.trim() ?? '') : '';
  const place = afterCity(named, true);
  // A region's noun makes the part a region even where the table does not know the name.
  const region = place.region ?? (REGION_NOUN.test(named) ? named : undefined);
  return { city, ...(region ? { region } : {}), ...(place.country ? { country: place.country } : {}) };
}

export function romanceSeat(text: string): Address | undefined {
  const scope = text.slice(0, MAX_TEXT);
  for (const pattern of [WHERE_SEAT, NOUN_SEAT]) {
    let n = 0;
    for (const m of scope.matchAll(pattern)) {
      if (++n > MAX_MATCHES) break;
      const seat = seatOf(m);
      if (seat) return seat;
    }
  }
  return undefined;
}
