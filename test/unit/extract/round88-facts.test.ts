import { describe, expect, it } from 'vitest';
import { foundedYear } from '../../../lib/extract/text/founded';

// Invented companies and snippets only: the held-out pages are the measurement, never copied here.
const NOW = Date.UTC(2026, 0, 1);
const year = (text: string) => foundedYear(text, NOW)?.year;

describe('founding years told with the founders or the place between', () => {
  it('reads a German year with its founders before the participle, over a later office', () => {
    const text =
      'Unser Sitz ist in Bremen, seit 2022 haben wir ein Vertriebsbüro in Hamburg.\n' +
      '2011 von drei Ingenieurinnen gegründet, sind wir heute ein Team von 40.';
    expect(year(text)).toBe(2011);
  });

  it('reads a Dutch year with its founders before the participle', () => {
    expect(year('In 2009 door twee broers opgericht, groeide Veldwerk uit tot een landelijke speler.')).toBe(2009);
  });

  it('does not read an owning group founded in a year between', () => {
    expect(year('2004 von der 1952 gegründeten Holding übernommen.')).toBeUndefined();
  });

  it('does not read "since" an office as the founding', () => {
    expect(year('Seit 2023 haben wir ein Vertriebsbüro in Wien.')).toBeUndefined();
    expect(year('Since 2019 we have a sales office in York.')).toBeUndefined();
  });

  it('still reads a lasting "since" of the company', () => {
    expect(year('Seit 1998 beraten wir Familienunternehmen in ganz Franken.')).toBe(1998);
  });

  it('reads an Estonian and a Finnish year with the place in its locative before the participle', () => {
    const text =
      'Kivisild OÜ on 1997. aastal Tartus asutatud pereettevõte. Asutaja töötas varem Tartu Ehituses aastatel 1965–1991.';
    expect(year(text)).toBe(1997);
    expect(year('Koivuranta Oy on vuonna 1983 Kajaanissa perustettu perheyritys.')).toBe(1983);
  });

  it('does not read a lower-case clause between the year and the participle as a place', () => {
    expect(year('Hoone ehitati 1961. aastal ning uus ettevõte asutati hiljem.')).toBeUndefined();
  });
});
