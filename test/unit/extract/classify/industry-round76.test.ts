import { describe, expect, it } from 'vitest';
import { pageIndustry, pageScores } from '../../../../lib/extract/classify/page';
import { sampleOf } from '../read-page';

// Synthetic text only: the held-out pages are the measurement, never copied here.
const page = (html: string) => sampleOf(html, 'https://example.test/', 1);
const groupOf = (html: string) => pageIndustry(page(html))?.group;
const scoreOf = (html: string, group: string) => pageScores(page(html)).find(([g]) => g === group)?.[1] ?? 0;

describe('An imprint naming the site publisher', () => {
  it('reads a fund administrator legal notice as financial services, not publishing', () => {
    expect(
      groupOf(
        `<head><title>Legal notice | Moselle Fund Services</title>
        <meta name="description" content="Legal notice of Moselle Fund Services S.à r.l., an independent fund administrator."></head>
        <body><h1>Legal notice</h1><h2>1. Publisher of this website</h2>
        <p>This website is published by Moselle Fund Services S.à r.l., registered in Luxembourg.</p>
        <p>Director of publication: Anne Kieffer. We provide fund accounting and transfer agency services to investment funds.</p>
        <h2>2. Hosting</h2><p>The site is hosted in the European Union.</p></body>`,
      ),
    ).toBe('financial-services');
  });

  it('still reads a publishing house that publishes books and magazines as media', () => {
    const html = `<head><title>Harbour Lane Press</title></head><body><h1>Books and magazines</h1>
      <p>Harbour Lane Press is an independent publisher of books and magazines for readers and authors.</p></body>`;
    expect(scoreOf(html, 'media-publishing')).toBeGreaterThan(0);
    expect(groupOf(html)).toBe('media-publishing');
  });
});

describe('Watch parts and Polish renovation', () => {
  const watch = `<head><title>Qui sommes-nous – Jorat Micropièces SA</title>
    <meta name="description" content="Jorat Micropièces, fournisseur de tiges de remontoir et de pignons."></head>
    <body><h1>Qui sommes-nous</h1><p>Depuis 1962, notre atelier réunit décolletage et contrôle : 60 décolleteuses,
    dont 40 CNC, pour l'industrie horlogère.</p></body>`;

  it('reads a bar-turning shop as manufacturing, and a winding stem as no renovation', () => {
    expect(scoreOf(watch, 'real-estate-construction')).toBe(0);
    expect(groupOf(watch)).toBe('manufacturing');
  });

  it('still reads Polish renovation work as construction', () => {
    const html = `<head><title>Remonty mieszkań – Budmax Kraków</title></head><body><h1>Remonty i wykończenia</h1>
      <p>Wykonujemy remonty mieszkań i domów, roboty budowlane oraz wykończenia wnętrz w Krakowie.</p></body>`;
    expect(scoreOf(html, 'real-estate-construction')).toBeGreaterThan(4);
  });
});

describe('A cooperative and its members', () => {
  it('does not read a fruit cooperative members as a nonprofit', () => {
    const html = `<head><title>Über uns – Obstgenossenschaft Sonnhang</title>
      <meta name="description" content="Obstgenossenschaft Sonnhang: 210 Mitglieder, Äpfel seit 1920."></head>
      <body><h1>Über uns</h1><p>Unsere 210 Mitglieder bauen Äpfel an. Mitglieder liefern, wir sortieren und lagern.</p></body>`;
    expect(scoreOf(html, 'government-nonprofit')).toBe(0);
    expect(groupOf(html)).not.toBe('government-nonprofit');
  });

  it('still counts the members of an association', () => {
    const html = `<head><title>Über uns – Förderverein Stadtpark</title>
      <meta name="description" content="Der Förderverein Stadtpark e.V. zählt 300 Mitglieder."></head>
      <body><h1>Über uns</h1><p>Unser Verein lebt vom Ehrenamt seiner Mitglieder und von Spenden.</p></body>`;
    expect(scoreOf(html, 'government-nonprofit')).toBeGreaterThan(8);
  });
});

describe('Electrical installers', () => {
  it('reads an electrical installation business as a building trade', () => {
    const html = `<head><title>Elektro Lindner – Elektroinstallation in Passau</title></head><body><h1>Über uns</h1>
      <p>Wir sind Ihr Meisterbetrieb für Elektroinstallation in Neubau und Altbau, seit 1985 in Passau.</p></body>`;
    expect(groupOf(html)).toBe('real-estate-construction');
  });
});

describe('Makers by their plants, workshops and verbs', () => {
  it('reads an assembly plant and a machine park as manufacturing', () => {
    const html = `<head><title>Standorte – Kessler Folientechnik</title></head><body><h1>Standorte</h1>
      <h2>Montagewerk Ried</h2><p>Im Montagewerk Ried entstehen unsere Anlagen; unser Maschinenpark umfasst 40 Maschinen.</p></body>`;
    expect(groupOf(html)).toBe('manufacturing');
  });

  it('reads a village locksmith compound as a metal workshop', () => {
    const html = `<head><title>Geschichte – Huber Kühltechnik</title>
      <meta name="description" content="Von der Dorfschlosserei zum Hersteller von Kühltanks."></head>
      <body><h1>Geschichte</h1><p>1950 gründete Max Huber eine Dorfschlosserei.</p></body>`;
    expect(scoreOf(html, 'manufacturing')).toBeGreaterThanOrEqual(12);
  });

  it('does not count a production hall named in English (a recruiter writes of a client hall)', () => {
    const html = `<head><title>Shift lead</title></head><body><p>You will run our client production halls.</p></body>`;
    expect(scoreOf(html, 'manufacturing')).toBeLessThan(3);
  });

  it('reads a Norwegian maker by "designer og produserer"', () => {
    const html = `<head><title>Kontakt – Fjordnot AS</title></head><body><h1>Kontakt oss</h1>
      <p>Fjordnot AS designer og produserer not og fortøyninger. Hovedkontor og produksjon i Ålesund.</p></body>`;
    expect(scoreOf(html, 'manufacturing')).toBeGreaterThanOrEqual(3);
  });

  it('does not read power produced as a maker', () => {
    const html = `<head><title>Om oss – Elvekraft AS</title></head><body><h1>Om oss</h1>
      <p>Selskapet produserer strøm fra vannkraft i Telemark.</p></body>`;
    expect(scoreOf(html, 'manufacturing')).toBe(0);
  });
});
