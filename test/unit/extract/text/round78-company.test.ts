import { describe, expect, it } from 'vitest';
import { industryGroup } from '../../../../lib/extract/classify/industry';
import { pageIndustry } from '../../../../lib/extract/classify/page';
import { sampleOf } from '../read-page';

// Makers that name their goods: a wool mill's cloth, a machine builder's cartoners, a food producer's olives, a forge's
// rings, a rice mill's posting, a machine shop's aerospace customers. The goods a maker makes are not a shop's.
// Invented companies, people and figures.
const NOW = Date.UTC(2026, 0, 15);
const page = (title: string, body: string, description = '') =>
  sampleOf(
    `<html><head><title>${title}</title><meta name="description" content="${description}"></head><body><main>${body}</main></body></html>`,
    'https://www.example-maker.it/chi-siamo',
    NOW,
  );

describe('a maker named by its trade, not by the goods it makes', () => {
  it('reads a wool mill as a maker, not a clothes shop', () => {
    const s = page(
      'Chi siamo | Lanificio Rovere',
      `<h1>Chi siamo</h1><p>Lanificio Rovere: filatura, tessitura e finissaggio a ciclo completo dal 1961. Tessuti per
      l'abbigliamento e l'arredo, con fibre nobili rigenerate e prodotti per i nostri clienti.</p>`,
    );
    expect(pageIndustry(s)?.group).toBe('manufacturing');
  });

  it('reads a packaging-machine builder as a maker, not a food or cosmetics shop', () => {
    const s = page(
      'La nostra storia | Tarsia Packaging',
      `<h1>La nostra storia</h1><p>Tarsia Packaging progetta e costruisce astucciatrici, incartonatrici e
      pallettizzatori per il farmaceutico, il food e la cosmetica.</p><p>Nel 1975 nasce la prima cartonatrice; oggi
      le nostre macchine automatiche escono dallo stabilimento di Lugo.</p>`,
    );
    expect(pageIndustry(s)?.group).toBe('manufacturing');
  });

  it('reads a Greek food producer with its plant as a maker, not a grocer', () => {
    const s = page(
      'Σχετικά με εμάς | Λήμνος Τρόφιμα Α.Ε.',
      `<h1>Σχετικά με εμάς</h1><p>Η Λήμνος Τρόφιμα Α.Ε. παράγει και εξάγει ελιές και αλείμματα από το 1984.</p>
      <p>Ξεκινήσαμε ως συσκευαστήριο ελιών· σήμερα το εργοστάσιό μας είναι πιστοποιημένο BRCGS.</p>`,
      'Η Λήμνος Τρόφιμα παράγει ελιές και αλείμματα στη Μύρινα.',
    );
    expect(pageIndustry(s)?.group).toBe('manufacturing');
  });

  it('keeps a Greek deli shop out of manufacturing', () => {
    const s = page(
      'Ελιές και αλείμματα | Λήμνος Deli',
      `<h1>Ηλεκτρονικό κατάστημα</h1><p>Τρόφιμα από τη Λήμνο: προσθήκη στο καλάθι, δωρεάν αποστολή, τιμές και
      προσφορές.</p>`,
    );
    expect(pageIndustry(s)?.group).not.toBe('manufacturing');
  });

  it('reads a drop forge as a maker', () => {
    const s = page(
      'Aviso legal | Forjas Urdaibai',
      `<h1>Aviso legal</h1><p>Forjas Urdaibai, S.A.: forja en estampa y anillos laminados de acero para automoción,
      ferrocarril y energía.</p><p>Aviso legal y condiciones de uso del sitio web.</p>`,
    );
    expect(pageIndustry(s)?.group).toBe('manufacturing');
  });

  it("reads a rice mill's job posting as the mill's, not a recruiter's", () => {
    const s = page(
      'Responsable Maintenance - Rizerie du Fleuve SA',
      `<h1>Responsable Maintenance - Rizerie du Fleuve SA</h1><p>La Rizerie du Fleuve recrute un responsable
      maintenance pour son usine. Offre d'emploi, recrutement, maintenance.</p>`,
    );
    expect(pageIndustry(s)?.group).toBe('manufacturing');
  });

  it('still reads a recruitment agency as professional services', () => {
    const s = page(
      'Cabinet de recrutement | Talents Sud',
      `<h1>Cabinet de recrutement</h1><p>Talents Sud, cabinet de recrutement et agence de recrutement pour les
      cadres : recrutement, chasse de têtes, intérim.</p>`,
    );
    expect(pageIndustry(s)?.group).toBe('professional-services');
  });

  it('reads an automation integrator as plant engineering, not software', () => {
    const s = page(
      'Il nostro team | Enza Automation',
      `<h1>Il nostro team</h1><p>Siamo in 18: programmatori PLC, cablatori e tecnici di automazione industriale.
      Scriviamo il software di macchina per costruttori di macchine.</p><p>Marco Riva, Software Engineer.</p>`,
      'Programmatori PLC e cablatori che automatizzano macchine e impianti a Parma.',
    );
    expect(pageIndustry(s)?.group).not.toBe('software');
  });

  it('reads the aerospace and defence a machine shop serves as its market, not a ministry', () => {
    expect(
      industryGroup('Sous-traitant en usinage de précision pour l’aéronautique et la défense, à Pau.', true)?.group,
    ).not.toBe('government-nonprofit');
  });
});
