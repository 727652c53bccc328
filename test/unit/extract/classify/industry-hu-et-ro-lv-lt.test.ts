import { describe, expect, it } from 'vitest';
import { industryGroup } from '../../../../lib/extract/classify/industry';
import { pageScores } from '../../../../lib/extract/classify/page';
import type { PageSample } from '../../../../lib/signals/sample';

// Invented sentences. Stated activities as the Hungarian (TEÁOR'08), Estonian (EMTAK 2008), Romanian (CAEN Rev. 2),
// Latvian (NACE 2. red.) and Lithuanian (EVRK 2 red.) registers title them, or as a company writes its trade.
const STATED: Array<[string, string]> = [
  // Hungarian
  ['Nyomdaipari tevékenység', 'manufacturing'],
  ['Autóbusszal végzett személyszállítás', 'transportation-logistics'],
  ['Számítógépes programozás', 'software'],
  ['Építőipar', 'real-estate-construction'],
  ['Szálláshely-szolgáltatás, vendéglátás', 'hospitality-travel'],
  ['Fogorvosi járóbeteg-ellátás', 'healthcare'],
  ['Jogi, számviteli, adószakértői tevékenység', 'professional-services'],
  ['Humán-egészségügyi, szociális ellátás', 'healthcare'],
  // Estonian
  ['Bussitransport', 'transportation-logistics'],
  ['Töötlev tööstus', 'manufacturing'],
  ['Tarkvara kirjastamine', 'software'],
  ['Veondus ja laondus', 'transportation-logistics'],
  ['Majutus ja toitlustus', 'hospitality-travel'],
  ['Kinnisvaraalane tegevus', 'real-estate-construction'],
  ['Programmeerimine, konsultatsioonid jms tegevused', 'it-services'],
  // Romanian
  ['Fabricarea produselor de panificație', 'manufacturing'],
  ['Construcții', 'real-estate-construction'],
  ['Hoteluri și restaurante', 'hospitality-travel'],
  ['Activități de realizare a soft-ului la comandă', 'software'],
  ['Activități de contabilitate și audit financiar', 'professional-services'],
  ['Intermedieri financiare și asigurări', 'financial-services'],
  ['Administrație publică și apărare; asigurări sociale din sistemul public', 'government-nonprofit'],
  ['Tipografie', 'manufacturing'],
  // Latvian
  ['Programmatūras izstrāde', 'software'],
  ['Būvniecība', 'real-estate-construction'],
  ['Apstrādes rūpniecība', 'manufacturing'],
  ['Finanšu un apdrošināšanas darbības', 'financial-services'],
  ['Izmitināšana un ēdināšanas pakalpojumi', 'hospitality-travel'],
  ['Datorprogrammēšana, konsultēšana un saistītas darbības', 'it-services'],
  ['Reklāmas un tirgus izpētes pakalpojumi', 'marketing-advertising'],
  // Lithuanian
  ['Kompiuterių programavimo veikla', 'software'],
  ['Statyba', 'real-estate-construction'],
  ['Apdirbamoji gamyba', 'manufacturing'],
  ['Transportas ir saugojimas', 'transportation-logistics'],
  ['Švietimas', 'education'],
  ['Teisinė ir apskaitos veikla', 'professional-services'],
  ['Žmonių sveikatos priežiūros veikla', 'healthcare'],
  ['Programinės įrangos leidyba', 'software'],
];

const DESCRIBED: Array<[string, string]> = [
  ['Családi nyomda Debrecenben: szórólapok, névjegykártyák és könyvek nyomtatása, saját gyártás.', 'manufacturing'],
  ['Ügyvédi iroda Budapesten: könyvelés, adótanácsadás és jogi képviselet vállalkozásoknak.', 'professional-services'],
  ['Bussiliinid ja bussiveod üle Eesti, reisijatevedu tellimisel.', 'transportation-logistics'],
  ['Hambaravi ja perearst ühes kliinikus Tartus.', 'healthcare'],
  ['Tipografie cu tradiție: tipărire offset și digitală, fabricarea ambalajelor.', 'manufacturing'],
  ['Transport de persoane cu autocare și microbuze, transporturi internaționale.', 'transportation-logistics'],
  ['Grāmatvedības pakalpojumi un nodokļu konsultācijas, zvērināts advokāts.', 'professional-services'],
  ['Viesnīca un restorāns pie jūras, viesu nams ar kempingu.', 'hospitality-travel'],
  ['Keleivių pervežimas autobusais ir krovinių pervežimas po Europą.', 'transportation-logistics'],
  ['Spaustuvė Kaune: spausdinimas ir knygų gamyba.', 'manufacturing'],
];

const sample = (text: string, about = ''): PageSample =>
  ({ text, about, headings: '', types: [], tels: [] }) as unknown as PageSample;

describe('Hungarian, Estonian, Romanian, Latvian and Lithuanian vocabulary', () => {
  it.each(STATED)('reads the stated activity %s', (label, group) => {
    expect(industryGroup(label)?.group).toBe(group);
  });

  it.each(DESCRIBED)('reads the description %s', (text, group) => {
    expect(industryGroup(text, true)?.group).toBe(group);
  });

  it('scores a page by its trade words', () => {
    const [hu] = pageScores(
      sample(
        'Nyomdánk ofszet és digitális nyomtatást vállal. Forgácsolás, hegesztés és fröccsöntés saját gyártósoron.',
        'Nyomda és gyártás',
      ),
    );
    expect(hu?.[0]).toBe('manufacturing');
    const [et] = pageScores(
      sample('Bussiliinid, bussiveod ja kaubavedu. Logistika ja laoteenused kogu Baltikumis.', 'Bussiveod'),
    );
    expect(et?.[0]).toBe('transportation-logistics');
    const [lt] = pageScores(
      sample('Odontologijos klinika: gydytojai, dantų gydymas, pacientų registracija.', 'Odontologijos klinika'),
    );
    expect(lt?.[0]).toBe('healthcare');
  });

  it('leaves out words every company uses or that mean something else', () => {
    // Legal names, services, trade, the privacy notice, a flat "for rent", a shop's complaints and delivery.
    expect(industryGroup('Kereskedelmi és Szolgáltató Kft.')).toBeUndefined();
    expect(industryGroup('A személyes adatok kezelése és a szolgáltatás feltételei.', true)).toBeUndefined();
    expect(industryGroup('Kiadó lakás? Reklamáció és szállítási információk.', true)).toBeUndefined();
    expect(industryGroup('Kaubandus OÜ pakub teenuseid.', true)).toBeUndefined();
    expect(industryGroup('Comerț și Servicii SRL, servicii de calitate, site în construcție.', true)).toBeUndefined();
    expect(industryGroup('Programare online și livrare prin curier.', true)).toBeUndefined();
    expect(industryGroup('SIA pakalpojumi, datu aizsardzība un uzglabāšana.', true)).toBeUndefined();
    expect(industryGroup('UAB paslaugos: tai būtų naudinga, spausdinimo versija.', true)).toBeUndefined();
  });

  it('takes no stem that spells a word of English, German, Spanish or another language read before', () => {
    // Hungarian "gép" in "geprüft", Estonian "hind" and "kool", Romanian "primării" in "primarily", "hostel" and
    // "supermarket" in an English charity's text, Romanian "textil" in Spanish: none votes.
    expect(industryGroup('Geprüfte Qualität aus der Diakonie, kool und hind', true)).toBeUndefined();
    expect(industryGroup('We primarily serve an energetic team of volunteers', true)?.group).not.toBe(
      'government-nonprofit',
    );
    expect(industryGroup('Night shelters, hostels and supermarkets donating food to families', true)).toBeUndefined();
    expect(industryGroup('Textil')).toBeUndefined();
  });
});
