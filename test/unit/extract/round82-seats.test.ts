import { describe, expect, it } from 'vitest';
import { deriveTextFacts } from '../../../lib/extract/text/derive';
import { seatPhrase } from '../../../lib/extract/text/imprint';
import { regionBesideCity } from '../../../lib/extract/text/region-beside-city';
import { seatAtAddress } from '../../../lib/extract/text/seat-at';
import { romanceSeat } from '../../../lib/extract/text/seat-romance';
import { seatValueCity } from '../../../lib/extract/text/seat-value';
import { postingSeat } from '../../../lib/extract/text/sections';

// Invented companies, places and snippets only: the held-out pages are the measurement, never copied here.

describe("a Spanish or Portuguese employer's own seat sentence", () => {
  it('reads the founding place the sentence says still holds the seat', () => {
    expect(
      romanceSeat(
        'Ferretería Los Aromos SpA fue fundada en 1994 en Curicó, Región del Maule, donde mantiene su casa matriz y bodega central.',
      ),
    ).toEqual({ city: 'Curicó', region: 'Región del Maule' });
    expect(romanceSeat('Fundada em 1978 em Chapecó, onde fica a matriz e a fábrica de rações.')).toEqual({
      city: 'Chapecó',
    });
  });

  it("reads the seat's noun before its city", () => {
    expect(
      romanceSeat('Somos una cooperativa riojana con casa central en la ciudad de Chilecito. Exportamos vino.'),
    ).toEqual({ city: 'Chilecito' });
    expect(romanceSeat('Sede principal en Sogamoso, bodegas en Duitama y Tunja.')?.city).toBe('Sogamoso');
    expect(romanceSeat('Oficinas corporativas y Planta 1 en Celaya; Planta 2 en Irapuato desde 2015.')?.city).toBe(
      'Celaya',
    );
  });

  it('reads no country, no plant and no trip to the seat as the seat', () => {
    expect(romanceSeat('Fue fundada en 1990 en Chile, donde mantiene su casa matriz.')).toBeUndefined();
    expect(romanceSeat('Trabajarás en Rancagua, donde está la planta de envasado.')).toBeUndefined();
    expect(romanceSeat('Viajes ocasionales a la casa matriz.')).toBeUndefined();
  });

  it("reads a posting's company paragraph, not the job's place", () => {
    const text = [
      'Operario de Bodega',
      'Lampa, Región Metropolitana',
      'Acerca de la empresa',
      'Transportes Cordillera Azul fue fundada en 2006 en Talca, donde mantiene su casa matriz.',
    ].join('\n');
    expect(postingSeat(text, 'es')?.city).toBe('Talca');
  });
});

describe("a national board's country for the employer's seat", () => {
  const sample = (text: string) => ({ text, about: '', headings: '', types: [], tels: [], lang: 'es', posting: true });
  const derive = (text: string, url: string) =>
    deriveTextFacts(sample(text), { url, observedAt: Date.UTC(2026, 0, 1) }).hq?.value;

  it("gives a city the table does not know the board's country, by its domain or its country's first label", () => {
    const text =
      'Bodeguero\nAcerca de la empresa\nDistribuciones Tequendama fue fundada en 1987 en Sogamoso, donde mantiene su sede principal.';
    expect(derive(text, 'https://co.empleos-ejemplo.com/oferta/bodeguero-123')).toEqual({
      city: 'Sogamoso',
      country: 'CO',
    });
    expect(derive(text, 'https://www.avisos-ejemplo.cl/empleo/bodeguero-123')?.country).toBe('CL');
  });

  it('leaves a city the table knows, and a board of no country, without it', () => {
    const known = 'Bodeguero\nAcerca de la empresa\nOficinas corporativas y planta en Toluca; almacén en Lerma.';
    expect(derive(known, 'https://www.avisos-ejemplo.cl/empleo/bodeguero-123')?.country).toBeUndefined();
    const text =
      'Bodeguero\nAcerca de la empresa\nDistribuciones Tequendama fue fundada en 1987 en Sogamoso, donde mantiene su sede principal.';
    expect(derive(text, 'https://www.empleos-ejemplo.com/oferta/bodeguero-123')?.country).toBeUndefined();
  });
});

describe("an English employer's seat given as an address after 'at'", () => {
  it('reads the city that closes the address before the sentence goes on', () => {
    expect(
      seatAtAddress(
        'From our head office and mill at Plot 12, Kawempe Light Industrial Area, Entebbe, we pack rice for 900 shops.',
      ),
    ).toEqual({ city: 'Entebbe' });
    expect(
      seatAtAddress('Headquartered at Block 7, Harbour Road, Morogoro, with depots in Dodoma and Iringa.'),
    ).toEqual({
      city: 'Morogoro',
    });
    expect(
      seatAtAddress(
        'It has its head office and main plant at Km 4 Owerri Road, Umuahia, Abia State, a second plant in Enugu.',
      ),
    ).toEqual({ city: 'Umuahia', region: 'Abia State' });
  });

  it('reads no address that stops at its line, and no single place', () => {
    expect(seatAtAddress('Head office at Plot 12, Kawempe Light Industrial Area')).toBeUndefined();
    expect(seatAtAddress('Visit our head office at Entebbe, where the team meets.')).toBeUndefined();
  });
});

describe("the region beside the seat's city", () => {
  it('reads a Nigerian state, a Tanzanian region, a Colombian department and an Argentine province', () => {
    expect(regionBesideCity('Km 4 Owerri Road, Umuahia, Abia State, a second plant', 'Umuahia', 'NG')).toBe(
      'Abia State',
    );
    expect(regionBesideCity('headquartered in Iringa, Iringa Region, we grow tea', 'Iringa', 'TZ')).toBe(
      'Iringa Region',
    );
    expect(regionBesideCity('Sede:\nSogamoso, Boyacá\n', 'Sogamoso', 'CO')).toBe('Boyacá');
    expect(regionBesideCity('Chilecito, La Rioja\n', 'Chilecito', 'AR')).toBe('La Rioja');
    expect(regionBesideCity('Sogamoso, Boyacá\n', 'Sogamoso', 'AR')).toBeUndefined();
  });
});

describe("a seat label's value that opens on a house or a plot", () => {
  it("passes over an initial's full stop and reads a city joined to its postcode by a dash", () => {
    expect(seatValueCity('12-C/3, K.B. Shah Road, Model Town, Lahore\nWeb: example.pk')).toBe('Lahore');
    expect(seatValueCity('House 9, Road 4, Block C, Gulshan, Dhaka-1212\nWeb: example.bd')).toBe('Dhaka');
  });

  it('reads the value after a seat label whose first word carries a house number', () => {
    expect(seatPhrase('Company Information\nHead Office: House 9, Road 4, Block C, Gulshan, Dhaka-1212')?.city).toBe(
      'Dhaka',
    );
  });
});
