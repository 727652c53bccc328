import { describe, expect, it } from 'vitest';
import { withGregorianYears } from '../../../lib/extract/text/era-years';
import { foundedYear } from '../../../lib/extract/text/founded';
import { headcount } from '../../../lib/extract/text/headcount';

// Invented companies, people and snippets only: the held-out pages are the measurement, never copied here.
const NOW = Date.UTC(2025, 0, 1);
const year = (text: string) => foundedYear(text, NOW)?.year;

describe('founding years in more calendars and registers', () => {
  it('reads the Gregorian year a Bikram Sambat date gives in brackets', () => {
    expect(withGregorianYears('founded in 2058 B.S. (2001 A.D.) in Pokhara')).toBe('founded in 2001 in Pokhara');
    expect(year('Himal Cement Works Pvt. Ltd. was established in 2058 B.S. (2001 A.D.) in Butwal.')).toBe(2001);
    expect(year('Our mill was set up in 2045 BS. Sherpa Yarns was founded in 2045 BS (1988) by two brothers.')).toBe(
      1988,
    );
  });

  it('leaves a Bikram Sambat year without its Gregorian one as written', () => {
    expect(withGregorianYears('established in 2058 B.S.')).toBe('established in 2058 B.S.');
    expect(year('Gandaki Paper was established in 2058 B.S.')).toBeUndefined();
  });

  it('reads a private limited company registered in a year', () => {
    expect(year('Tamor Spices Pvt. Ltd. was registered in 1999 by four farming families.')).toBe(1999);
    expect(year('Koshi Agro Limited was incorporated in 2006 in Biratnagar.')).toBe(2006);
    expect(year('The trademark was registered in 2012 in Nepal.')).toBeUndefined();
  });

  it("reads an Indian register's entry date as the founding", () => {
    expect(year('Registered with the Registrar of Companies, Nagpur on 4 August 2017\nLLPIN: AAB-0000')).toBe(2017);
    expect(year('Incorporated with the Registrar of Companies on March 9, 2011')).toBe(2011);
  });

  it('reads a board\'s "Established In:" row', () => {
    expect(year('Industry:\nPlastics\nEstablished In:\n1979\nOperating Since:\n1981')).toBe(1979);
    expect(year('Founded in: 2004')).toBe(2004);
  });

  it('reads Turkish "\'den bu yana" as since', () => {
    expect(year("2004'ten bu yana Ege'nin üreticilerine ambalaj sağlıyoruz.")).toBe(2004);
    expect(year("1989'dan bu yana hizmet veriyoruz.")).toBe(1989);
  });
});

describe('headcount in more forms', () => {
  it('reads an Arabic tile whose staff caption runs into its figure, native digits too', () => {
    expect(headcount('نبذة\n٢٤٠+موظف وفني\n١٢ رافعة')?.range).toEqual({ min: 240 });
    expect(headcount('نبذة\n240 موظف\n12 رافعة')?.range).toEqual({ min: 240, max: 240 });
  });

  it('reads no staff from an Arabic tile that counts something else', () => {
    expect(headcount('نبذة\n٧٥٠+مشروع منفذ')).toBeUndefined();
  });

  it('reads a tile whose list of trades closes on "workers"', () => {
    expect(headcount('Why us\n450+\nwelders, fitters & workers\n90\ncranes')?.range).toEqual({ min: 450 });
    expect(headcount('Why us\n450+\nwelders, fitters & riggers\n90\ncranes')).toBeUndefined();
  });

  it('reads "No. of Employees" as a size row, a band too', () => {
    expect(headcount('Industry:\nPlastics\nNo. of Employees:\n201-500\nCompany Origin:\nIndia')?.range).toEqual({
      min: 201,
      max: 500,
    });
    expect(headcount('No of Employees: 85')?.range).toEqual({ min: 85, max: 85 });
  });

  it('reads "N people work with us"', () => {
    expect(headcount('Our mill runs 40 looms and 215 people work with us today.')?.range).toEqual({
      min: 215,
      max: 215,
    });
  });

  it("reads staff named after their company, across the company's premises", () => {
    expect(headcount('We are 320+ Tarangians across our headquarters in Pune and three offices.')?.range).toEqual({
      min: 320,
    });
    expect(headcount('We are 6 Kestrelites in the final round.')).toBeUndefined();
  });
});
