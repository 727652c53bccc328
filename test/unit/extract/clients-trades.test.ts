import { describe, expect, it } from 'vitest';
import { industryGroup } from '../../../lib/extract/classify/industry';
import { signalsOf } from './read-page';

// Issue 14, a twenty-eighth set written blind: companies whose pages use their clients' trade words (an energy-law
// firm, a seminar hotel, an ICT firm for schools, a fruit farm). Invented companies and places.
const NOW = Date.UTC(2026, 0, 15);
const group = (html: string, url: string) => signalsOf(html, url, NOW)?.company?.industryGroup?.value;

describe('stated industries', () => {
  it.each([
    ['Rolnictwo', 'other'],
    ['Farming', 'other'],
    ['Landbouw', 'other'],
    ['Informatietechnologie en services', 'it-services'],
    ['Technologies et services de l’information', 'it-services'],
  ])('%s is %s', (label, expected) => {
    expect(industryGroup(label)?.group).toBe(expected);
  });

  it('leaves software for farms to software', () => {
    expect(industryGroup('Agriculture software')?.group).toBe('software');
  });

  it('reads a hotel in a compound, not a seminar', () => {
    expect(industryGroup('Familiengeführtes Seminar- und Tagungshotel am See', true)?.group).not.toBe('education');
  });
});

describe("pages written in their clients' words", () => {
  it('files a law firm for energy companies under professional services', () => {
    const html = `<html><head><title>Impressum - Brinkhaus Olt Rechtsanwälte</title>
      <meta name="description" content="Brinkhaus Olt Rechtsanwälte PartG mbB – Kanzlei für Energierecht und Erneuerbare Energien."></head>
      <body><main><h1>Impressum</h1><p>Brinkhaus Olt Rechtsanwälte PartG mbB, Deichstraße 4, 26122 Oldenburg.</p>
      <p>Wir beraten Netzbetreiber, Stadtwerke und Projektierer von Windparks im Energierecht, zur Energiewende und im
      Energiehandel. Zuständige Rechtsanwaltskammer: Oldenburg. Die Rechtsanwältinnen und Rechtsanwälte führen die
      Berufsbezeichnung Rechtsanwalt.</p></main></body></html>`;
    expect(group(html, 'https://www.brinkhaus-olt.de/impressum')).not.toBe('energy-utilities');
  });

  it('files a seminar hotel under hospitality', () => {
    const html = `<html><head><title>Über uns — Seminarhotel Bergblick</title>
      <meta name="description" content="Familiengeführtes Seminar- und Ferienhotel am See, seit 1971."></head>
      <body><main><h1>Über uns</h1><p>Heute führen wir das Seminarhotel Bergblick mit 58 Zimmern, fünf Seminarräumen,
      Spa und Restaurant. Unsere Gäste tagen mit Blick auf den See; Trainer und Akademien buchen bei uns ihre Kurse.</p>
      </main></body></html>`;
    expect(group(html, 'https://www.seminarhotel-bergblick.at/ueber-uns')).toBe('hospitality-travel');
  });

  it("reads a Taiwanese circuit-board maker's words as manufacturing", () => {
    const html = `<html><head><title>公司簡介 | 明泰電路股份有限公司</title></head><body><main><h1>公司簡介</h1>
      <p>明泰電路股份有限公司於新竹設廠，專業生產多層印刷電路板，具備HDI製程與量產能力。</p></main></body></html>`;
    expect(group(html, 'https://www.mingtai-pcb.com.tw/about')).toBe('manufacturing');
  });
});
