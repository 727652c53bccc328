import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../../lib/eval/run';
import { foundedYear } from '../../../../lib/extract/text/founded';
import { headcount } from '../../../../lib/extract/text/headcount';

// Staff counts and founding years in the words of more languages: a staff noun with its figure, a row's label, a
// founding verb. Invented companies and places.
const NOW = Date.UTC(2025, 0, 15);

describe('headcount in more languages', () => {
  it.each([
    // Row labels: Swedish, Nynorsk, Hungarian, Korean without the space.
    ['Grundat\t2011\nMedarbetare\t58\nOmsättning\t40 Mkr', { min: 58, max: 58 }],
    ['Anställda: 120', { min: 120, max: 120 }],
    ['Tilsette\t75', { min: 75, max: 75 }],
    ['Alapítva\t1994\nMunkavállalók\t87 fő', { min: 87, max: 87 }],
    ['회사명\t(주)한빛기계\n직원수\t41명 (연구 인력 9명)', { min: 41, max: 41 }],
    // A staff noun after the figure: Nynorsk, a permanent staff in Danish and Swedish.
    ['Verkstaden har 140 tilsette og eigne lærlingar.', { min: 140, max: 140 }],
    ['Vi er 31 fastansatte og op til 10 sæsonansatte om sommeren.', { min: 31, max: 31 }],
    ['Företaget har 17 fast anställda.', { min: 17, max: 17 }],
    // People in the team: Polish for two to four, Romanian in prose and as a figure's caption.
    ['Mamy 22 osoby w zespole, w tym 9 mechaników.', { min: 22, max: 22 }],
    ['Suntem o firmă mică: 14 oameni în echipă.', { min: 14, max: 14 }],
    ['2017\nanul înființării\n27\nde oameni în echipa noastră', { min: 27, max: 27 }],
    // Finnish "at us work", Catalan "a team of", Greek "employs".
    ['Meillä työskentelee 26 henkeä Oulussa ja Kajaanissa.', { min: 26, max: 26 }],
    ['Yrityksessämme on nykyään 40 henkilöä.', { min: 40, max: 40 }],
    ['Som un equip de 35 persones entre taller i botiga.', { min: 35, max: 35 }],
    ['Η εταιρεία απασχολεί 15 άτομα στο εργοστάσιο.', { min: 15, max: 15 }],
  ])('%s', (text, range) => expect(headcount(text)?.range).toEqual(range));

  it.each([
    // A year over the staff noun's row is no count.
    ['Grundat\t2009\nMedarbetare\t', undefined],
    ['Bildat: 2014\nAnställda: uppgift saknas', undefined],
    // Customers, members, volunteers and seasonal hands are not staff.
    ['Meillä on 300 asiakasta ympäri Suomen.', undefined],
    ['Meillä työskentelee 40 vapaaehtoista kesäisin.', undefined],
    ['Vi er 24 frivillige og 300 medlemmer.', undefined],
    ['260\nde firme membre în comunitate', undefined],
    ['Som un equip de voluntaris amb 1.200 socis.', undefined],
    ['Η εταιρεία απασχολεί 2019 συνεργάτες', undefined],
    ['Op til 12 sæsonansatte om sommeren.', undefined],
  ])('%s stays out', (text, range) => expect(headcount(text)?.range).toEqual(range));
});

describe('founding year in more languages', () => {
  it.each([
    // Finnish names the company as its founders' object; Catalan dates it "since"; Romanian "we started".
    ['Kaksi insinööriä perustivat Pohjan Koneen Vaasassa vuonna 1988. Vuonna 2004 yhtiö muutti Ouluun.', 1988],
    ['Perustimme yrityksen vuonna 2012 Tampereella.', 2012],
    ['Des de 1985\nLa nostra ferreteria serveix el barri.', 1985],
    ['Fem pa des del 1962 al mateix forn.', 1962],
    ['Am pornit în 2016 cu două birouri și o sală de ședințe.', 2016],
    // Fact rows: Catalan, Swedish.
    ['Fundació\t1972\nBotigues\t5', 1972],
    ['Bildat: 2006\nOrganisationsnummer: 556000-0000', 2006],
    // A bank's or a cooperative's birth, on a full date, before a later "since" that dates its joining a group.
    ['La banca nasce il 3 marzo 1911 come cassa rurale. Dal 2019 aderisce al gruppo bancario.', 1911],
    ['La cooperativa nasce nel 1948 tra i soci fondatori.', 1948],
  ])('%s', (text, year) => expect(foundedYear(text, NOW)?.year).toBe(year));

  it.each([
    // A certificate or a membership dated "since"; the year a person took the lead; a founder's earlier venture.
    ['Membres del gremi des de 2008.', undefined],
    ['Des del 2020 la dirigeix la seva filla.', undefined],
    ['Hän perusti aiemmin Nordic Toolsin vuonna 2001.', undefined],
    ['Perustivat kerhon vuonna 1990.', undefined],
  ])('%s stays out', (text, year) => expect(foundedYear(text, NOW)?.year).toBe(year));
});

// Through the whole pipeline, on the lines a browser renders (a table's cells parted by tabs, a tile's parts run
// together).
describe('a key-facts table as the page renders it', () => {
  it('reads the staff row, not the founding year over it', async () => {
    const html = `<html><body><h1>Om oss</h1><p>Vi sköter vatten och avlopp i kommunen.</p><table><tbody>
      <tr><th>Ägare</th><td>Kommunen (100 %)</td></tr><tr><th>Bildat</th><td>2009</td></tr>
      <tr><th>Medarbetare</th><td>58</td></tr><tr><th>Omsättning</th><td>187 miljoner kronor</td></tr>
      </tbody></table></body></html>`;
    const company = (await extractFile(html, 'https://www.exempelvatten.se/om-oss', NOW))?.company;
    expect(company?.employees?.value).toEqual({ min: 58, max: 58 });
    expect(company?.founded?.value).toBe(2009);
  });

  it('reads a tile whose figure runs into its Nynorsk caption', async () => {
    const html = `<html><body><h1>Om verftet</h1><div><p><strong>140</strong>tilsette ved verftet</p>
      <p><strong>~60</strong>innleigde fagfolk i toppar</p></div></body></html>`;
    const company = (await extractFile(html, 'https://www.eksempelverft.no/om', NOW))?.company;
    expect(company?.employees?.value).toEqual({ min: 140, max: 140 });
  });
});
