import { describe, expect, it } from 'vitest';
import { claimsSoftwareProduct } from '../../../../lib/extract/classify/product-claim';

// Issue 14: "builds platforms" is a software maker's claim only when the platform is no steel one. Invented makers.
describe('a software claim is not a maker of platforms, portals and lifts', () => {
  it('reads no software claim in sentences about physical platforms, in English, German and French', () => {
    for (const sentence of [
      'Brackwater Fabrication builds aluminium access platforms for rail depots.',
      'Nordhoist makes mobile elevating work platforms for hire fleets.',
      'We develop offshore platforms and jackets for the North Sea.',
      'Our platforms are rated for 500 kg.',
      'Wir bauen Hubarbeitsbühnen und Plattformen für die Industrie.',
      'Nous concevons des nacelles élévatrices et des plateformes pour le BTP.',
      'We build gantry portals and planning systems for container yards.',
    ])
      expect(claimsSoftwareProduct(sentence), sentence).toBe(false);
  });

  it('still reads the claims of software makers that name a platform', () => {
    for (const sentence of [
      'Fieldloop builds the field-service management platform used by 900 utilities.',
      'We build the work management platform for maintenance teams.',
      'Vi utvecklar en plattform för rederier.',
      'We build the data platform for 40 steel mills.',
    ])
      expect(claimsSoftwareProduct(sentence), sentence).toBe(true);
  });
});
