import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../../lib/extract/text/address';
import { withHqCountry } from '../../../../lib/extract/text/hq-country';
import { regionBesideCity } from '../../../../lib/extract/text/region-beside-city';
import { seatSentence } from '../../../../lib/extract/text/seat-sentence';
import { postingSeat } from '../../../../lib/extract/text/sections';
import type { Address, CompanySignals } from '../../../../lib/signals/schema';

// Regions that Central and Eastern European addresses name beside the city by their marker word, the Hungarian and
// Lithuanian postcode prefixes, Croatian, Serbian and Slovenian street words, and Estonian and Lithuanian seat
// sentences. Invented companies, streets and numbers; public place names only.
const fact = (value: Address, confidence = 0.55) => ({
  value,
  source: 'text',
  layer: 'heuristic' as const,
  url: 'https://www.example.com/kontakt',
  confidence,
  observedAt: 0,
});

function seatOf(hq: Address, text = ''): Address | undefined {
  const company: CompanySignals = { hq: fact(hq) };
  withHqCountry(company, text);
  return company.hq?.value;
}

describe('a region named beside the seat city by its marker word', () => {
  it('reads the region an address closes on', () => {
    const polish =
      'Kontakt\nPrzędzalnia Wisła Sp. z o.o.\nul. Tkacka 7\n43-300 Bielsko-Biała\nwojewództwo śląskie\ntel. 33 000';
    expect(seatOf({ city: 'Bielsko-Biała', country: 'PL' }, polish)?.region).toBe('śląskie');
    const hungarian = 'Székhely: 6720 Szeged, Kárász utca 9.\nCsongrád-Csanád vármegye, Magyarország';
    expect(seatOf({ city: 'Szeged', country: 'HU' }, hungarian)?.region).toBe('Csongrád-Csanád vármegye');
    const latvian = 'Rīgas iela 5, Kuldīga, LV-3301, Latvija\nKurzeme\nReģ. Nr. 40000000000';
    expect(seatOf({ city: 'Kuldīga', country: 'LV' }, latvian)?.region).toBe('Kurzeme');
    expect(regionBesideCity('Pikk 3, 80010 Pärnu, Pärnu maakond', 'Pärnu', 'EE')).toBe('Pärnu maakond');
    expect(
      regionBesideCity('Dunavska 8, 21000 Novi Sad, Srbija\nAutonomna Pokrajina Vojvodina', 'Novi Sad', 'RS'),
    ).toBe('Vojvodina');
    expect(regionBesideCity('Nám. mieru 2, 010 01 Žilina, Žilinský kraj', 'Žilina', 'SK')).toBe('Žilinský kraj');
  });

  it('reads no region after another city, in a sentence, of another country or when two are named', () => {
    // The job's place and its county, not the seat's.
    const posting = 'Asukoht: Tartu, Tartu maakond\nPeakontor: Pikk 3, 80010 Pärnu';
    expect(seatOf({ city: 'Pärnu', country: 'EE' }, posting)?.region).toBeUndefined();
    // Running text in another case, not an address's part.
    const sentence = 'Działamy w Łodzi od 1995 roku, w całym województwie łódzkim. Łódź to nasz dom.';
    expect(regionBesideCity(sentence, 'Łódź', 'PL')).toBeUndefined();
    // A Czech region's marker does not read for a Slovak seat.
    expect(regionBesideCity('Hlavná 1, 040 01 Košice, Jihomoravský kraj', 'Košice', 'SK')).toBeUndefined();
    // Two regions after the same city: neither is known to be the seat's.
    const two = '35000 Vinkovci\nVukovarsko-srijemska županija\n...\n35000 Vinkovci\nBrodsko-posavska županija';
    expect(regionBesideCity(two, 'Vinkovci', 'HR')).toBeUndefined();
    // A word after the city that is neither a street, postcode nor country ends the address.
    expect(regionBesideCity('Maribor, kjer je tudi Podravska regija\nKurzeme', 'Maribor', 'LV')).toBeUndefined();
  });
});

describe('Hungarian and Lithuanian postcode prefixes and South Slavic street words', () => {
  it('reads the addresses', () => {
    const hu = findAddresses('Központ: H-6720 Szeged, Kárász utca 9.')[0]?.address;
    expect(hu).toMatchObject({ city: 'Szeged', postalCode: '6720', country: 'HU' });
    const lt = findAddresses('Kontaktai\nSavanorių pr. 12, LT-44255 Kaunas, Lietuva')[0]?.address;
    expect(lt).toMatchObject({ city: 'Kaunas', postalCode: '44255', country: 'LT' });
    const si = findAddresses('Orodja Kovač d.o.o.\nCelovška cesta 210\n1000 Ljubljana\nSlovenija')[0]?.address;
    expect(si).toMatchObject({ city: 'Ljubljana', street: 'Celovška cesta 210', country: 'SI' });
    const rs = findAddresses('Bulevar despota Stefana 12, 11000 Beograd, Srbija')[0]?.address;
    expect(rs).toMatchObject({ city: 'Beograd', country: 'RS' });
  });

  it("keeps a Slovenian town's lower-case noun", () => {
    const hit = findAddresses('Sedež: Kettejeva cesta 5, 8000 Novo mesto, Slovenija')[0]?.address;
    expect(hit).toMatchObject({ city: 'Novo mesto', country: 'SI' });
  });

  it('reads no street without its number, and no bare four digits', () => {
    expect(findAddresses('Bulevar oslobođenja\n21000 Novi Sad')).toEqual([]);
    expect(findAddresses('Od leta 2000 Maribor raste.')).toEqual([]);
  });
});

describe("a board's company box naming the seat's street, city and county", () => {
  it('takes the city, not the street, and the county beside it', () => {
    const text =
      'Prodajni savjetnik\nLokacija: Zagreb, Grad Zagreb\nO poslodavcu\nKovina Slavonija d.o.o.\n' +
      'Sjedište: Obrtnička ulica 3, 31000 Osijek\nOsječko-baranjska županija\nOIB: 00000000000';
    const seat = postingSeat(text, 'hr');
    expect(seat?.city).toBe('Osijek');
    expect(seat?.region).toBe('Osječko-baranjska županija');
  });
});

describe('Estonian and Lithuanian seat sentences', () => {
  it('reads the inflected city after the seat word', () => {
    expect(seatSentence('Meie tehas ja peakontor asuvad Pärnus, kus töötab 80 inimest.')).toEqual({
      city: 'Pärnu',
      country: 'EE',
    });
    expect(seatSentence('Įmonės būstinė yra Klaipėdoje.')).toEqual({ city: 'Klaipėda', country: 'LT' });
  });

  it('reads no city without a seat word, nor one of two', () => {
    expect(seatSentence('Meie esindus on Tallinnas.')).toBeUndefined();
    expect(seatSentence('Peakontor asub Tartus, esindus Tallinnas.')).toBeUndefined();
  });
});

describe("the region of the page's own address in the seat's city", () => {
  it('completes a seat held without its region', () => {
    const text = 'Head office: 48 Prince Street, Truro, NS B2N 1E4 · Plant: 9 Mill Road, Stellarton, NS B0K 1S0';
    expect(seatOf({ city: 'Truro', country: 'CA' }, text)?.region).toBe('NS');
    // The country missing too: the address gives both.
    expect(seatOf({ city: 'Truro' }, text)).toMatchObject({ country: 'CA', region: 'NS' });
  });

  it('reads none from two regions for the same city, nor from another city', () => {
    const two = 'Offices: 12 Harbor Street, Portland, OR 97201 and 80 Fore Street, Portland, ME 04101';
    expect(seatOf({ city: 'Portland', country: 'US' }, two)?.region).toBeUndefined();
    expect(
      seatOf({ city: 'Truro', country: 'CA' }, 'Depot: 9 Mill Road, Stellarton, NS B0K 1S0')?.region,
    ).toBeUndefined();
  });
});

describe('a US state or Canadian province named after the seat city', () => {
  it('gives a city-only seat its state and country', () => {
    const text = 'We are still headquartered in Aberdeen. It began in 1961 as a feed store in Aberdeen, South Dakota.';
    expect(seatOf({ city: 'Aberdeen' }, text)).toMatchObject({ country: 'US', region: 'South Dakota' });
    expect(seatOf({ city: 'Brandon' }, 'Our shop in Brandon, Manitoba opened in 1990.')).toMatchObject({
      country: 'CA',
      region: 'Manitoba',
    });
  });

  it('reads no Georgia the country, nor one of two states', () => {
    expect(seatOf({ city: 'Batumi' }, 'A family winery near Batumi, Georgia.')?.country).not.toBe('US');
    const two = 'Stores in Aberdeen, South Dakota and Aberdeen, Maryland.';
    expect(seatOf({ city: 'Aberdeen' }, two)?.region).toBeUndefined();
  });
});
