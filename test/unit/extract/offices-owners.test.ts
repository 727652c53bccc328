import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../lib/extract/text/address';
import { foundedYear } from '../../../lib/extract/text/founded';
import { parentsOwnSentence } from '../../../lib/extract/text/parent';
import { signalsOf } from './read-page';

// Issue 14, the round on what the blind sets of the 6 December afternoon left: a head office among several offices,
// postcodes of countries written their own way, and founding years that are a person's or an owner's. Invented firms.
const NOW = Date.UTC(2026, 11, 1);

describe('postcodes written the way their country writes them', () => {
  it('reads a Mexican postcode marked "C.P.", before or after the city and its state', () => {
    const before = findAddresses('Blvd. Solidaridad 880\nC.P. 83180, Hermosillo, Sonora, México');
    expect(before[0]?.address).toMatchObject({
      city: 'Hermosillo',
      region: 'Sonora',
      postalCode: '83180',
      country: 'MX',
    });
    const after = findAddresses('Av. Patria 1201, Zapopan, Jalisco, C.P. 45010');
    expect(after[0]?.address).toMatchObject({ city: 'Zapopan', region: 'Jalisco', postalCode: '45010', country: 'MX' });
  });

  it("reads Malta's letters and digits as the postcode, not as part of the town", () => {
    const hit = findAddresses('Level 3, Harbour View Tower, Sliema SLM 1549, Malta');
    expect(hit[0]?.address).toMatchObject({ city: 'Sliema', postalCode: 'SLM 1549', country: 'MT' });
  });

  it('takes no German register number for a Maltese postcode', () => {
    const hits = findAddresses('Registergericht: Amtsgericht Hamburg HRB 1234');
    expect(hits.some((h) => h.address.country === 'MT')).toBe(false);
  });
});

describe('the head office among several offices', () => {
  const page = (offices: string) => `<html lang="es"><head><title>Contacto | Cartonera del Yaqui</title></head><body>
    <main><h1>Contacto</h1><p>Cartonera del Yaqui, S.A. de C.V. fabrica cajas de cartón corrugado para la agroexportación.</p>
    ${offices}</main><footer>© 2026 Cartonera del Yaqui, S.A. de C.V. · Aviso de privacidad</footer></body></html>`;
  const url = 'https://cartoneradelyaqui.com.mx/contacto/';

  it('takes the plant marked "(matriz)" over a sales office abroad listed after it', () => {
    const html = page(`<div>Planta Obregón (matriz)</div><div>Calle Jalisco 1450, Parque Industrial</div>
      <div>C.P. 85000, Ciudad Obregón, Sonora, México</div><div>Tel. (644) 410 22 00</div>
      <div>Oficina comercial EE. UU.</div><div>2100 N. Oracle Rd, Suite 120</div><div>Tucson, AZ 85705</div>`);
    expect(signalsOf(html, url, NOW)?.company?.hq?.value).toMatchObject({ city: 'Ciudad Obregón', country: 'MX' });
  });
});

describe('founding years that are not the company’s', () => {
  it('takes the year someone founded the company in, not the year of their own earlier career', () => {
    const text =
      'Todo empezó con don Rogelio, quien desde 1985 trabajó en una cartonera de Guadalajara. Al regresar fundó la empresa en\n1998\ncon ocho trabajadores.';
    expect(foundedYear(text, NOW)?.year).toBe(1998);
    expect(foundedYear('In 2009 she joined a bank. We founded the company in 2014 in a garage.', NOW)?.year).toBe(2014);
  });

  it("leaves a parent group's founding, in a sentence of its own after the parent is named, to the group", () => {
    const text =
      'Die Ilmtal Dosiertechnik GmbH baut seit 1991 Dosieranlagen. Seit 2020 ist Ilmtal ein Unternehmen der Brenner Gruppe. Die Brenner Gruppe mit Sitz in Erfurt wurde 1948 gegründet.';
    expect(foundedYear(text, NOW)?.year).toBe(1991);
    expect(parentsOwnSentence(text, text.indexOf('wurde'))).toBe(true);
  });

  it("keeps a group's own founding on its own site, which names no owner", () => {
    const text = 'Die Brenner Gruppe mit Sitz in Erfurt wurde 1948 gegründet und beschäftigt 2.400 Menschen.';
    expect(foundedYear(text, NOW)?.year).toBe(1948);
    expect(parentsOwnSentence(text, text.indexOf('wurde'))).toBe(false);
  });
});
