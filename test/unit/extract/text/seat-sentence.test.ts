import { describe, expect, it } from 'vitest';
import { seatSentence } from '../../../../lib/extract/text/seat-sentence';

// Invented companies; public place names only.
describe('seatSentence', () => {
  it.each([
    ['Firma została założona w 2015 r. w Krakowie, gdzie do dziś mieści się nasza siedziba.', 'Kraków', 'PL'],
    ['Spółka z siedzibą w Warszawie i biurami w Krakowie oraz Gdańsku.', 'Warszawa', 'PL'],
    ['Společnost se sídlem v Brně vyrábí plastové díly.', 'Brno', 'CZ'],
    ['Sjedište tvrtke je u Zagrebu.', 'Zagreb', 'HR'],
    ['Yhtiön pääkonttori sijaitsee Tampereella.', 'Tampere', 'FI'],
    ['A cég székhelye Debrecenben van.', 'Debrecen', 'HU'],
    ['Vuonna 2019 pääkonttori muutti Tampereelle Hervantaan.', 'Tampere', 'FI'],
    ['Leta 2004 smo se preselili v Celje, kjer imamo danes sedež.', 'Celje', 'SI'],
    ['Quillfeather blev grundlagt i 2012 i Esbjerg, hvor vi stadig har hovedkontor.', 'Esbjerg', undefined],
  ])('%s', (text, city, country) => {
    expect(seatSentence(text)).toEqual(country ? { city, country } : { city });
  });

  it('reads nothing from a sentence without a seat word, naming two cities, or naming a country', () => {
    expect(seatSentence('Mamy biura w Krakowie i w Warszawie.')).toBeUndefined();
    expect(seatSentence('Nasza siedziba i biura: w Krakowie oraz w Gdańsku.')).toBeUndefined();
    expect(seatSentence('Vi har hovedkontor i Danmark.')).toBeUndefined();
    expect(seatSentence('Pracujemy w Krakowie.\nSiedziba: zobacz kontakt.')).toBeUndefined();
  });
});
