import type { Address } from '../../signals/schema';
import { cityOrNone } from '../area';
import { toIsoCountry } from './country-names';

/**
 * The seat a sentence names where the city is inflected or the seat word stands apart from it, as Slavic, Finnish,
 * Hungarian and Nordic texts write them: "z siedzibą w Krakowie", "se sídlem v Brně", "założona w Krakowie, gdzie
 * mieści się nasza siedziba", "pääkonttori sijaitsee Tampereella", "székhelye Debrecenben", "grundlagt i Esbjerg,
 * hvor vi stadig har hovedkontor". A sentence with a seat word names its seat when it names one city: an inflected form
 * from the table below (given back in its own language's nominative), or, in the Nordic languages, which do not
 * inflect place names, a capitalized name after "i".
 */

// Seat words, as they start in each language (the rest is the case ending): Polish, Czech, Slovak, Croatian,
// Serbian, Slovenian, Hungarian, Finnish, Danish, Norwegian, Swedish, Estonian, Lithuanian.
const SEAT_WORD =
  /(?<![\p{L}])(?:siedzib|sídl|sidl|sjedišt|sjedist|sedišt|sedež|sedez|székhely|szekhely|központ|kotipaik|pääkonttor|paakonttor|hovedkontor|hovedsæde|hovedsete|huvudkontor|peakontor|būstin|bustin)\p{L}*/iu;

// Inflected forms (locative, inessive, superessive) of the larger cities, their nominatives and countries.
const FORMS: Array<[form: string, city: string, country: string]> = [
  // Polish
  ['Warszawie', 'Warszawa', 'PL'],
  ['Krakowie', 'Kraków', 'PL'],
  ['Łodzi', 'Łódź', 'PL'],
  ['Wrocławiu', 'Wrocław', 'PL'],
  ['Poznaniu', 'Poznań', 'PL'],
  ['Gdańsku', 'Gdańsk', 'PL'],
  ['Gdyni', 'Gdynia', 'PL'],
  ['Sopocie', 'Sopot', 'PL'],
  ['Szczecinie', 'Szczecin', 'PL'],
  ['Bydgoszczy', 'Bydgoszcz', 'PL'],
  ['Lublinie', 'Lublin', 'PL'],
  ['Białymstoku', 'Białystok', 'PL'],
  ['Katowicach', 'Katowice', 'PL'],
  ['Gliwicach', 'Gliwice', 'PL'],
  ['Częstochowie', 'Częstochowa', 'PL'],
  ['Radomiu', 'Radom', 'PL'],
  ['Toruniu', 'Toruń', 'PL'],
  ['Rzeszowie', 'Rzeszów', 'PL'],
  ['Kielcach', 'Kielce', 'PL'],
  ['Olsztynie', 'Olsztyn', 'PL'],
  ['Opolu', 'Opole', 'PL'],
  ['Zielonej Górze', 'Zielona Góra', 'PL'],
  ['Bielsku-Białej', 'Bielsko-Biała', 'PL'],
  // Czech
  ['Praze', 'Praha', 'CZ'],
  ['Brně', 'Brno', 'CZ'],
  ['Ostravě', 'Ostrava', 'CZ'],
  ['Plzni', 'Plzeň', 'CZ'],
  ['Liberci', 'Liberec', 'CZ'],
  ['Olomouci', 'Olomouc', 'CZ'],
  ['Českých Budějovicích', 'České Budějovice', 'CZ'],
  ['Hradci Králové', 'Hradec Králové', 'CZ'],
  ['Pardubicích', 'Pardubice', 'CZ'],
  ['Zlíně', 'Zlín', 'CZ'],
  ['Jihlavě', 'Jihlava', 'CZ'],
  // Slovak
  ['Bratislave', 'Bratislava', 'SK'],
  ['Košiciach', 'Košice', 'SK'],
  ['Žiline', 'Žilina', 'SK'],
  ['Prešove', 'Prešov', 'SK'],
  ['Nitre', 'Nitra', 'SK'],
  ['Banskej Bystrici', 'Banská Bystrica', 'SK'],
  ['Trnave', 'Trnava', 'SK'],
  ['Trenčíne', 'Trenčín', 'SK'],
  // Croatian, Serbian, Slovenian
  ['Zagrebu', 'Zagreb', 'HR'],
  ['Splitu', 'Split', 'HR'],
  ['Rijeci', 'Rijeka', 'HR'],
  ['Osijeku', 'Osijek', 'HR'],
  ['Beogradu', 'Beograd', 'RS'],
  ['Novom Sadu', 'Novi Sad', 'RS'],
  ['Ljubljani', 'Ljubljana', 'SI'],
  ['Mariboru', 'Maribor', 'SI'],
  ['Celju', 'Celje', 'SI'],
  ['Kranju', 'Kranj', 'SI'],
  ['Kopru', 'Koper', 'SI'],
  ['Velenju', 'Velenje', 'SI'],
  // Hungarian
  ['Budapesten', 'Budapest', 'HU'],
  ['Debrecenben', 'Debrecen', 'HU'],
  ['Szegeden', 'Szeged', 'HU'],
  ['Miskolcon', 'Miskolc', 'HU'],
  ['Pécsen', 'Pécs', 'HU'],
  ['Pécsett', 'Pécs', 'HU'],
  ['Győrben', 'Győr', 'HU'],
  ['Kecskeméten', 'Kecskemét', 'HU'],
  ['Székesfehérváron', 'Székesfehérvár', 'HU'],
  // Estonian (inessive: "peakontor asub Tartus")
  ['Tallinnas', 'Tallinn', 'EE'],
  ['Tartus', 'Tartu', 'EE'],
  ['Pärnus', 'Pärnu', 'EE'],
  ['Viljandis', 'Viljandi', 'EE'],
  ['Rakveres', 'Rakvere', 'EE'],
  ['Narvas', 'Narva', 'EE'],
  // Lithuanian (locative: "būstinė yra Kaune")
  ['Vilniuje', 'Vilnius', 'LT'],
  ['Kaune', 'Kaunas', 'LT'],
  ['Klaipėdoje', 'Klaipėda', 'LT'],
  ['Šiauliuose', 'Šiauliai', 'LT'],
  ['Panevėžyje', 'Panevėžys', 'LT'],
  // Finnish
  ['Helsingissä', 'Helsinki', 'FI'],
  ['Espoossa', 'Espoo', 'FI'],
  ['Vantaalla', 'Vantaa', 'FI'],
  ['Tampereella', 'Tampere', 'FI'],
  ['Turussa', 'Turku', 'FI'],
  ['Oulussa', 'Oulu', 'FI'],
  ['Jyväskylässä', 'Jyväskylä', 'FI'],
  ['Kuopiossa', 'Kuopio', 'FI'],
  ['Lahdessa', 'Lahti', 'FI'],
  ['Porissa', 'Pori', 'FI'],
  // Finnish moves ("pääkonttori muutti Tampereelle"): the illative and allative
  ['Helsinkiin', 'Helsinki', 'FI'],
  ['Espooseen', 'Espoo', 'FI'],
  ['Vantaalle', 'Vantaa', 'FI'],
  ['Tampereelle', 'Tampere', 'FI'],
  ['Turkuun', 'Turku', 'FI'],
  ['Ouluun', 'Oulu', 'FI'],
  ['Jyväskylään', 'Jyväskylä', 'FI'],
  ['Kuopioon', 'Kuopio', 'FI'],
  ['Lahteen', 'Lahti', 'FI'],
];
// The nominatives count too ("preselili v Celje, kjer imamo danes sedež"): a neuter or foreign name is not inflected.
const FORM_CITY = new Map([
  ...FORMS.map(([, city, country]) => [city, { city, country }] as const),
  ...FORMS.map(([form, city, country]) => [form, { city, country }] as const),
]);
const FORM_RE = new RegExp(`(?<![\\p{L}])(?:${[...FORM_CITY.keys()].join('|')})(?![\\p{L}])`, 'gu');
// "i Esbjerg", "i Bergen", "i Malmö": a Nordic place name after the preposition, not inflected.
const NORDIC_IN = /(?<![\p{L}])i (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/gu;
const NORDIC_SEAT = /hovedkontor|hovedsæde|hovedsete|huvudkontor/i;
const MAX_SENTENCE = 300;
// The preposition between the seat word and its city: " w ", " v ", " u ", " in ".
const NEXT_TO = 4;
const MAX_SENTENCES = 400;

export function seatSentence(text: string): Address | undefined {
  let n = 0;
  for (const sentence of text.split(/(?<=[.!?])\s+|\n/)) {
    if (++n > MAX_SENTENCES) break;
    const seat = SEAT_WORD.exec(sentence);
    if (!seat || sentence.length > MAX_SENTENCE) continue;
    const cities = new Map<string, Address>();
    const end = seat.index + seat[0].length;
    for (const m of sentence.matchAll(FORM_RE)) {
      const place = FORM_CITY.get(m[0]);
      if (!place) continue;
      // "z siedzibą w Warszawie i biurami w Krakowie": the city right after the seat word is the seat's.
      if (m.index >= end && m.index - end <= NEXT_TO) return { ...place };
      cities.set(place.city, place);
    }
    if (NORDIC_SEAT.test(seat[0])) {
      for (const m of sentence.matchAll(NORDIC_IN)) {
        // "hovedkontor i Danmark", "i Norden": a country or a region is no city.
        const city = m[1] && !toIsoCountry(m[1]) ? cityOrNone(m[1]) : undefined;
        if (city) cities.set(city, { city });
      }
    }
    const [place] = cities.values();
    if (place && cities.size === 1) return { ...place };
  }
  return undefined;
}
