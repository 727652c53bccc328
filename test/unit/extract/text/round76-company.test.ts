import { describe, expect, it } from 'vitest';
import { foundedYear } from '../../../../lib/extract/text/founded';
import { headcount } from '../../../../lib/extract/text/headcount';
import { extractTextSignals } from '../../../../lib/extract/text/index';
import { statedIndustry } from '../../../../lib/extract/text/industry-row';
import { readPage } from '../read-page';

// Company facts as Nordic, German-speaking and South Slavic sites and job boards state them: the employer box's
// industry row in the board's own words, its size band, Finnish and Norwegian founding sentences, a legal form's
// "since", Finnish staff counts and careers paths. Invented companies, people and figures.
const NOW = Date.UTC(2026, 0, 15);
const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

describe("a job board's employer box states the employer's industry", () => {
  it.each([
    [
      'Om virksomheden\nSkovlund Kornhandel A/S\nMarkvej 3, 8800 Viborg\nBranche: Korn og grovvarer\nAntal ansatte: 65',
      'Korn og grovvarer',
    ],
    [
      'Über das Unternehmen\nBergler Schaltbau GmbH\nBranche\nSchaltschrankbau/Steuerungstechnik\nUnternehmensgröße\n50–99 Mitarbeitende',
      'Schaltschrankbau/Steuerungstechnik',
    ],
    ['Arbeitgeber\nElektro Falkner e.K.\nBranche: Gebäudetechnik\nBetriebsgröße: zwischen 6 und 50', 'Gebäudetechnik'],
    ['Poslodavac\nSava Profil d.o.o.\nBroj zaposlenih: 85\nDjelatnost: Obrada metala', 'Obrada metala'],
    // "Sektor: Privat" says who owns the employer, not a second industry.
    ['Sted\nStrandveien 4, 9008 Tromsø\nSektor\nPrivat\nBransje\nBygg og anlegg', 'Bygg og anlegg'],
  ])('%s', (text, industry) => expect(statedIndustry(text)).toBe(industry));

  it.each([
    // No size row beside it: a label's value that names no group stays unread.
    'Branche: Korn og grovvarer\nKontakt: 12 34 56 78',
    // A search filter's rows, without a figure in its size row.
    'Branche\nAlle Branchen\nUnternehmensgröße\nAlle Größen',
    // A profile's line that runs the size into the industry.
    'Branche: Werkzeugbau · Unternehmensgröße: 51-200 Mitarbeiter',
    // Two employers' boxes: a list, not the page's one industry.
    'Branche: Korn og grovvarer\nAntal ansatte: 65\nBranche: Fjerkræ og æg\nAntal ansatte: 30',
  ])('none: %s', (text) => expect(statedIndustry(text)).toBeUndefined());
});

describe('company size bands and Finnish staff counts', () => {
  it.each([
    ['Arbeitgeber\nBetriebsgröße: zwischen 6 und 50\nInhaber: Frank Möller', { min: 6, max: 50 }],
    ['Unternehmensgröße\n250–499 Mitarbeiter:innen', { min: 250, max: 499 }],
    ['Meitä on 48 rakennusalan ammattilaista Kuopiossa ja Joensuussa.', { min: 48, max: 48 }],
    ['Tänään meitä on 31 henkilöä kahdessa toimistossa.', { min: 31, max: 31 }],
  ])('%s', (text, range) => expect(headcount(text)?.range).toEqual(range));

  it.each([
    // A band a filter offers, not a row's own.
    'Betriebsgröße: bitte wählen',
    // Finnish: customers counted, not staff.
    'Meitä on 40 vuotta palvellut 300 asiakasta.',
  ])('none: %s', (text) => expect(headcount(text)).toBeUndefined());
});

describe('founding years in Finnish and Norwegian, and a legal form dated apart', () => {
  it.each([
    ['Lahden Puukaluste Oy on vuonna 1997 perustettu huonekaluvalmistaja.', 1997],
    ['Tromsø Stillas AS ble etablert i Harstad i 1986 og har hovedkontor i Tromsø.', 1986],
    [
      'Rechtsform\tGmbH (seit 2009; zuvor Einzelunternehmen)\nWir sind ein Familienbetrieb seit 1968 in dritter Generation.',
      1968,
    ],
  ])('%s', (text, year) => expect(foundedYear(text, NOW)?.year).toBe(year));

  it.each([
    // Only the legal form is dated: no founding year.
    'Rechtsform: GmbH & Co. KG seit 2012',
    // A lower-case word between "i" and the year is no place.
    'Selskapet ble etablert i fjor i 2020-utgaven av messen.',
  ])('none: %s', (text) => expect(foundedYear(text, NOW)).toBeUndefined());
});

describe('a Finnish careers path', () => {
  const careers = (html: string) =>
    extractTextSignals(readPage(doc(`<body>${html}</body>`), 'https://puukaluste.example/'), {
      url: 'https://puukaluste.example/',
      observedAt: NOW,
    }).hiring?.value.careersUrl;
  it('reads "/ura/" as the careers page', () => {
    expect(careers('<nav><a href="/palvelut/">Palvelut</a><a href="/ura/">Ura</a></nav>')).toBe(
      'https://puukaluste.example/ura/',
    );
  });
  it('reads a word that only starts with "ura" as none', () => {
    expect(careers('<nav><a href="/urakointi/">Urakointi</a></nav>')).toBeUndefined();
  });
});
