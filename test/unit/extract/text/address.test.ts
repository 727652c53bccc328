import { describe, expect, it } from 'vitest';
import { findAddress, findAddresses } from '../../../../lib/extract/text/address';
import { readImprint } from '../../../../lib/extract/text/imprint';

describe('postal addresses: the country from the postcode format, the street line, then weaker evidence', () => {
  it.each([
    ['Hauptstraße 5\n80331 München', {}, 'DE'],
    ['12 rue de la Paix\n75002 Paris', {}, 'FR'],
    ['Calle Mayor 3\n28013 Madrid', {}, 'ES'],
    ['Via Roma 12\n20121 Milano', {}, 'IT'],
    ['Keizersgracht 123\n1015 CJ Amsterdam', {}, 'NL'],
    ['Rua Augusta 10\n1100-053 Lisboa', { lang: 'pt' }, 'PT'],
    ['1 Main St.\nHalifax, NS B3H 1A1', {}, 'CA'],
    ['Mariahilfer Straße 10\n1060 Wien', { lang: 'de', tldCountry: 'AT' }, 'AT'],
    ['Bahnhofstrasse 1\n8001 Zürich', { lang: 'de', tldCountry: 'CH' }, 'CH'],
    ['Bahnhofstrasse 1\n8001 Zürich', { lang: 'de' }, undefined],
    ['Musterweg 1\nCH-8001 Zürich', {}, 'CH'],
    ['Industriestraße 22\n73431 Aalen', { tldCountry: 'FR' }, 'DE'],
    // The next lines are read for a country named after the city; a word cut at the window's end is not one ("Fr").
    [
      'Habsburgerstraße 107\n79104 Freiburg im Breisgau\nHandelsregister: HRB 701234\nRegistergericht: Amtsgericht Freiburg',
      { lang: 'de' },
      'DE',
    ],
    ['Musterweg 1\n9020 Klagenfurt\nÖsterreich', {}, 'AT'],
  ])('%s', (text, hint, country) => {
    expect(findAddress(text, hint)?.country).toBe(country);
  });

  it("reads a Czech city's connecting word and an English town of three words before its county", () => {
    expect(findAddress('Pasteurova 3544/1\n400 96 Ústí nad Labem', { lang: 'cs' })).toMatchObject({
      city: 'Ústí nad Labem',
      country: 'CZ',
    });
    expect(findAddress('31 Abbeygate Street, Bury St Edmunds, Suffolk IP33 1LW')).toMatchObject({
      city: 'Bury St Edmunds',
      region: 'Suffolk',
      country: 'GB',
    });
  });

  it("reads New Zealand's postcode after the city on a .nz site or before the country's name, and an Italian province", () => {
    expect(findAddress('40 Kowhai Street, Christchurch 8023', { tldCountry: 'NZ' })).toMatchObject({
      city: 'Christchurch',
      postalCode: '8023',
      country: 'NZ',
    });
    expect(findAddress('9 Tui Place, Wigram, Christchurch 8042, Canterbury, New Zealand')).toMatchObject({
      city: 'Christchurch',
      region: 'Canterbury',
      country: 'NZ',
    });
    // The same shape elsewhere is a street and a year.
    expect(findAddress('18 Main Street, Springfield 2019')).toBeUndefined();
    expect(findAddress('Via Monte Grappa 14 – 25065 Lumezzane (BS) – Italia')).toMatchObject({
      city: 'Lumezzane',
      region: 'BS',
      country: 'IT',
    });
  });

  it('reads Dutch streets of every kind and a Japanese address in Latin letters', () => {
    expect(findAddress('Maliebaan 71\n3581 CG Utrecht')).toMatchObject({ city: 'Utrecht', street: 'Maliebaan 71' });
    expect(findAddresses('Contact\n3581 CG Utrecht', { lang: 'nl' })[0]?.address).toMatchObject({ country: 'NL' });
    expect(findAddress('3-8-21 Nishinakajima, Yodogawa-ku, Osaka 532-0011, Japan')).toMatchObject({
      city: 'Osaka',
      postalCode: '532-0011',
      country: 'JP',
    });
  });

  it("leaves an Italian province's code and a Greek region's name out of the city", () => {
    expect(findAddress('Via Roma 1\n20121 Milano MI\nItalia')).toMatchObject({ city: 'Milano', country: 'IT' });
    expect(findAddress('Corso Italia 8, 12051 Alba (CN)')).toMatchObject({ city: 'Alba', postalCode: '12051' });
    expect(findAddress('Sede legale: Strada Pollenzo 14, 12051 Alba (CN) – Piemonte')).toMatchObject({
      city: 'Alba',
      street: 'Strada Pollenzo 14',
      country: 'IT',
    });
    // Greek names the region after the city in the genitive: "of Crete", "of Attica".
    expect(findAddress('Λεωφόρος 62 Μαρτύρων 118\n713 03 Ηράκλειο Κρήτης')).toMatchObject({ city: 'Ηράκλειο' });
    expect(findAddress('Οδός Ερμού 5\n105 63 Αθήνα Αττικής')).toMatchObject({ city: 'Αθήνα', country: 'GR' });
  });

  it('reads a Spanish seat in running text and stops the city at the sentence', () => {
    expect(
      findAddress('con domicilio social en Calle Río Tajo 14, 45007 Toledo (España). Inscrita en el Registro', {
        lang: 'es',
      }),
    ).toEqual({ street: 'Calle Río Tajo 14', postalCode: '45007', city: 'Toledo', country: 'ES' });
  });

  it('reads the three-and-two-digit shape by its evidence: Sweden, Czechia, Slovakia, Greece', () => {
    const read = (text: string, hint = {}) => findAddress(text, hint);
    expect(read('Storgatan 5\n114 55 Stockholm')).toMatchObject({ postalCode: '114 55', country: 'SE' });
    expect(read('Kovářská 1222/115\n627 00 Brno – Slatina', { lang: 'cs' })).toMatchObject({
      city: 'Brno',
      country: 'CZ',
    });
    expect(read('Hlavná 12\n040 01 Košice', { tldCountry: 'SK' })?.country).toBe('SK');
    expect(read('Οδός 12, 570 22 Θεσσαλονίκη')).toMatchObject({ city: 'Θεσσαλονίκη', country: 'GR' });
    expect(read('CZ-627 00 Brno')?.country).toBe('CZ');
    // Swedish text without a street line: the same shape is a phone number's as often.
    expect(read('Ring oss 123 45 Kundtjänst', { lang: 'sv' })).toBeUndefined();
  });

  it("reads Taiwan's three-digit postcode after the city, and no building unit as a city", () => {
    expect(findAddress('No. 37, Gongye Rd., Xitun Dist., Taichung City 407, Taiwan (R.O.C.)')).toMatchObject({
      city: 'Taichung City',
      postalCode: '407',
      country: 'TW',
    });
    expect(findAddresses('Suite 300, United States')).toEqual([]);
    expect(findAddresses('Building 4120, Germany')).toEqual([]);
  });

  it('reads Philippine, Malaysian and Korean address lines', () => {
    expect(findAddress('12F Quill Tower, Paseo de Roxas\nMakati City, Metro Manila 1226')).toMatchObject({
      city: 'Makati City',
      region: 'Metro Manila',
      country: 'PH',
    });
    expect(findAddress('Lot 12, Jalan Utas 15/7\n40200 Shah Alam, Selangor Darul Ehsan\nMalaysia')).toMatchObject({
      city: 'Shah Alam',
      postalCode: '40200',
      country: 'MY',
    });
    expect(findAddress('본사 : 경기도 성남시 분당구 판교역로 192번길 16')).toEqual({
      city: '성남시',
      region: '경기도',
      country: 'KR',
    });
    expect(findAddress('서울특별시 강남구 테헤란로 152')).toEqual({ city: '서울특별시', country: 'KR' });
    // A province named in a sentence is no address.
    expect(findAddresses('경기도 지역의 물류 기업')).toEqual([]);
  });

  it('needs a street or a country prefix before a bare four- or five-digit number', () => {
    expect(findAddresses('Over 2000 Customers love us; 12000 Downloads')).toEqual([]);
  });
});

describe('the publisher own address among several blocks', () => {
  it('skips the seat of the network or owner a sentence names, as a relative clause gives it', () => {
    const text = [
      'Éditeur du site',
      'Cabinet Brelin & Associés, SARL de courtage',
      'Siège social : 14 rue Plantagenêt, 49100 Angers, France',
      'Réseau',
      'Le cabinet est membre du réseau de courtiers Courtival, dont le siège est situé 8 avenue Jean Jaurès, 69007 Lyon.',
    ].join('\n');
    expect(readImprint(text, 'fr', true).hq?.city).toBe('Angers');
    // The company's own relative clause is its own seat.
    const own =
      'Brelin SAS, immatriculée au RCS de Nantes, dont le siège social est situé au 7 rue de la Fosse, 44000 Nantes, France.\nHébergement\nLe site est hébergé par Hostival SAS, 2 rue du Port, 59100 Roubaix, France.';
    expect(readImprint(own, 'fr', true).hq?.city).toBe('Nantes');
  });

  it("reads a Czech seat's block over the plant's (Sídlo, Provozovna)", () => {
    const text =
      'Kontakt\nProvozovna Ostrava\nMošnovská 2201/3\n700 30 Ostrava\nSídlo\nLisovna Kovář s.r.o.\nKovářská 12\n627 00 Brno';
    expect(readImprint(text, 'cs', true).hq).toMatchObject({ city: 'Brno', country: 'CZ' });
  });

  it('skips the web host listed before the publisher', () => {
    const text =
      'Mentions légales\nHébergement : Nuagique SAS, 8 rue de la Ville, 75008 Paris\nÉditeur : Bellecour SARL\nSiège social : 4 place Bellecour, 69002 Lyon';
    expect(readImprint(text, 'fr', true).hq?.city).toBe('Lyon');
  });

  it('skips a chamber, a designer and an insurer listed after it', () => {
    const text =
      'Impressum\nAngaben gemäß § 5 TMG\nHolz Nord GmbH\nSägeweg 7\n24103 Kiel\nAufsichtsbehörde: Handwerkskammer\nKammerweg 1\n20095 Hamburg\nBerufshaftpflichtversicherung: Name und Sitz der Gesellschaft: Versicherung AG\nAllee 1\n50969 Köln\nGestaltung: Pixel GmbH\nHafenstraße 3\n20457 Hamburg';
    const facts = readImprint(text, 'de', true);
    expect(facts.hq).toMatchObject({ city: 'Kiel', country: 'DE' });
    expect(facts.legalName).toBe('Holz Nord GmbH');
  });

  it('prefers the block under the site own brand in the closing lines over event venues', () => {
    const text = `Events\nPartner Day at Acronis GmbH, Rheinweg 9, 8200 Schaffhausen\n${'x '.repeat(900)}\nbrightpath ag | Poststrasse 18 | CH-9001 St.Gallen`;
    expect(readImprint(text, 'de', false, { brands: ['brightpath'] }).hq).toMatchObject({
      city: 'St. Gallen',
      country: 'CH',
    });
  });
});

describe("Brazil's CEP after the city and the state", () => {
  it('reads the city before a CEP set off by a middle dot, and no city from the next line', () => {
    const text =
      'Editora Vale Sul Ltda. · Rua das Palmeiras, 455, sala 12 · Centro · Joinville – SC · CEP 89201-100\nSobre nós · Anuncie · Contato';
    expect(findAddresses(text, { tldCountry: 'BR' }).map((hit) => hit.address.city)).toEqual(['Joinville']);
  });
});
