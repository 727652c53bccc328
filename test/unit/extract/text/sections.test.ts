import { describe, expect, it } from 'vitest';
import { ownBoilerplate, postingCompanyText, postingSeat, sampleBrands } from '../../../../lib/extract/text/sections';

const POSTING = [
  'Account Executive, DACH',
  'Munich, Germany',
  'About Fennick',
  'Fennick makes scheduling software for hospitals. We are headquartered in Austin, Texas, with our EMEA office in Munich.',
  'The role',
  'Sell to hospital groups in Munich, Vienna and Zurich. Experience at a Series A startup helps.',
  'What you bring',
  'Five years of SaaS sales to clinics.',
  'Fennick is an equal opportunity employer.',
  'Powered by Greenhouse',
  'Greenhouse Software, Inc., headquartered in New York, NY.',
].join('\n');

describe('a job posting: company part against the role', () => {
  it("drops the role's sections and the ATS's chrome, keeps the company's paragraphs", () => {
    const text = postingCompanyText(POSTING);
    expect(text).toContain('scheduling software for hospitals');
    expect(text).not.toContain('Vienna');
    expect(text).not.toContain('SaaS sales');
    expect(text).not.toContain('Greenhouse Software');
  });

  it("leaves out a role section's list items, each on its own line as a browser shows them", () => {
    const posting = [
      'Growth Marketer',
      'About Quillmark',
      'Quillmark makes accounting software for builders.',
      "What you'll do",
      'Run paid search and email campaigns for agency partners',
      'Plan trade-show marketing in Las Vegas, Houston and Chicago',
      'Report on pipeline to the brand team',
      'Equal opportunity',
      'Quillmark hires without regard to origin.',
    ].join('\n');
    const text = postingCompanyText(posting);
    expect(text).toContain('accounting software');
    expect(text).not.toContain('campaigns');
    expect(text).not.toContain('Las Vegas');
    expect(text).not.toContain('brand team');
    expect(text).toContain('without regard to origin');
  });

  it("leaves out the employer's other openings and any title with a gender note", () => {
    const posting = [
      'Frontend Developer (m/w/d)',
      'Vollzeit · Wien',
      'Über uns',
      'Rabenlicht ist eine Digitalagentur mit Sitz in Wien.',
      'Weitere Stellenangebote',
      'Senior Backend Developer Laravel – Wien',
      'Projektmanager:in Digital – Graz',
      'Rabenlicht GmbH is an equal opportunity employer.',
    ].join('\n');
    const text = postingCompanyText(posting);
    expect(text).toContain('Digitalagentur');
    expect(text).not.toContain('Frontend Developer');
    expect(text).not.toContain('Backend Developer');
    expect(text).not.toContain('Projektmanager');
    expect(text).toContain('equal opportunity');
  });

  it('reads the stated seat, never the job place, another office or the ATS', () => {
    expect(postingSeat(POSTING, 'en')).toEqual({ city: 'Austin', region: 'Texas', country: 'US' });
    expect(postingSeat('Sales Manager\nBerlin\nAbout the role\nYou visit clients headquartered in Hamburg.')).toBe(
      undefined,
    );
  });

  it('reads a seat at a named site in its city, and the "siège" a French posting names', () => {
    const park = postingSeat(
      'Field Engineer\nCopenhagen, Denmark\nAbout Norrvik\nNorrvik Diagnostik AB is headquartered at Medicon Village in Lund, Sweden, where we build our analysers.',
      'en',
    );
    expect(park).toMatchObject({ city: 'Lund', country: 'SE' });
    const siege = postingSeat(
      'Responsable maintenance H/F\nVire, France\nÀ propos de Bocage Aliments\nPoste basé à Vire, déplacements ponctuels au siège de Caen.',
      'fr',
    );
    expect(siege?.city).toBe('Caen');
    // A sentence that opens on the base, the company its subject; a client named after the comma is not it.
    const based = (sentence: string) =>
      postingSeat(`Technicien H/F\nVire, France\nÀ propos de Bocage Aliments\n${sentence}`, 'fr')?.city;
    expect(based("Basée à Caen, en Normandie, l'entreprise compte 420 collaborateurs.")).toBe('Caen');
    expect(based('Basée à Caen, la coopérative Armor Lait est notre premier client.')).toBeUndefined();
  });

  it("completes the seat's city with the region the header's place line writes after that city, never another's", () => {
    const text = (place: string) =>
      `Senior Engineer\n${place} (Hybrid) or Remote – Canada\nAbout Fernbrook\nFernbrook runs payroll for small businesses. Founded in 2017 and headquartered in Vancouver, we are 180 people.`;
    expect(postingSeat(text('Vancouver, BC'), 'en')).toEqual({ city: 'Vancouver', region: 'BC', country: 'CA' });
    expect(postingSeat(text('Toronto, ON'), 'en')).toEqual({ city: 'Vancouver' });
  });

  it("takes the seat's city a keyword's label names over the address's suburb", () => {
    const text = 'Where we are\nMelbourne HQ: 12 Peel Street, Collingwood VIC 3066 · Auckland: 20 Beaumont Street';
    expect(postingSeat(text, 'en')?.city).toBe('Melbourne');
  });

  it('reads an address after a seat keyword, in German and English', () => {
    const de =
      'Wer wir sind\nWir bauen Kühlhäuser.\nDeine Aufgaben\nWartung.\nSitz der Gesellschaft: Hafenstraße 12, 20457 Hamburg';
    expect(postingSeat(de, 'de')?.city).toBe('Hamburg');
    const en = 'Picker\nBenefits\nFree parking.\nOur registered office is Unit 9, Mill Lane, Wigan WN3 4AB.';
    expect(postingSeat(en, 'en')).toMatchObject({ city: 'Wigan', country: 'GB' });
  });

  it('reads a French seat sentence after its label keyword', () => {
    const fr =
      'Commercial\nQui sommes-nous ?\nNotre siège social est à Lyon, avec une agence à Lille.\nVos missions\nVisiter Nantes.';
    expect(postingSeat(fr, 'fr')).toEqual({ city: 'Lyon' });
  });

  it('knows role headings in French and Spanish', () => {
    const fr = "Chargé d'affaires\nQui sommes-nous ?\nUne PME lyonnaise.\nVos missions\nProspecter à Lille.";
    expect(postingCompanyText(fr)).not.toContain('Lille');
    const es = 'Técnico\nSobre nosotros\nFabricamos bombas.\nRequisitos\nCarnet de conducir en Sevilla.';
    expect(postingCompanyText(es)).not.toContain('Sevilla');
  });
});

describe("a press release's own boilerplate", () => {
  const release = [
    'PRESS RELEASE',
    'BRISTOL, 3 March 2025 — Corvane Marine today announced a partnership with Oduro Logistics.',
    'About Oduro Logistics',
    'Oduro Logistics, founded in 1979, employs 2,000 people.',
    'About Corvane Marine',
    'Corvane Marine builds hybrid ferries. Founded in 2004, it employs 220 people in Bristol.',
    'Media contact',
    'press@corvane.example',
  ].join('\n');

  it("is the issuer's, whose name the site's domain spells, not the partner's", () => {
    const brands = sampleBrands({}, 'https://www.corvane-marine.example/news/partnership');
    expect(ownBoilerplate(release, brands)).toBe(
      'Corvane Marine builds hybrid ferries. Founded in 2004, it employs 220 people in Bristol.',
    );
  });

  it("is none on a publisher's article about the company", () => {
    expect(
      ownBoilerplate(release, sampleBrands({ siteName: 'Harbour Weekly' }, 'https://harbourweekly.example/a')),
    ).toBe('');
  });

  it("reads a '<Name> in brief' heading, and a case study's closing 'About' without a release's marks", () => {
    const brands = sampleBrands({}, 'https://www.corvane-marine.example/news/partnership');
    const italian = 'Comunicato stampa\nCorvane Marine in breve\nFondata nel 1962, Corvane Marine impiega 310 persone.';
    expect(ownBoilerplate(italian, brands)).toBe('Fondata nel 1962, Corvane Marine impiega 310 persone.');
    const study =
      'How Harbourfront rebuilt its booking flow\nAbout Corvane Marine\nCorvane Marine is a studio founded in 2014.';
    expect(ownBoilerplate(study, brands)).toBe('');
    expect(ownBoilerplate(study, brands, true)).toBe('Corvane Marine is a studio founded in 2014.');
  });

  it('is none without the marks of a release', () => {
    const brands = sampleBrands({}, 'https://corvane-marine.example/about');
    expect(ownBoilerplate('About Corvane Marine\nWe build ferries.', brands)).toBe('');
  });

  it('reads a German release', () => {
    const de = 'Pressemitteilung\nÜber Kesselhof Energie\nKesselhof Energie plant Wärmenetze. Gegründet 1996.';
    expect(ownBoilerplate(de, sampleBrands({}, 'https://kesselhof-energie.example/presse/x'))).toContain('Wärmenetze');
  });
});
