import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../lib/eval/run';
import { isJobPage } from '../../../lib/extract/job-hosts';
import { isCompanyOwnPage } from '../../../lib/extract/own-page';
import { foundedYear } from '../../../lib/extract/text/founded';
import { headcount } from '../../../lib/extract/text/headcount';
import { nameFromTitle } from '../../../lib/extract/title';

// Invented companies and snippets only: the held-out pages are the measurement, never copied here.
const NOW = Date.parse('2026-12-01T00:00:00Z');
const year = (text: string) => foundedYear(text, NOW)?.year;
const staff = (text: string) => headcount(text)?.range;

describe('the boards of Ukraine, the Caucasus and Central Asia', () => {
  it('knows a DOU vacancy and the national boards as job pages', () => {
    expect(isJobPage('https://jobs.dou.ua/companies/someco/vacancies/1234/')).toBe(true);
    expect(isJobPage('https://hh.kz/vacancy/555')).toBe(true);
    expect(isJobPage('https://staff.am/en/jobs/sales/clerk-1')).toBe(true);
    expect(isJobPage('https://www.rabota.md/ro/locuri-de-munca/77')).toBe(true);
  });

  it('names the employer of a DOU posting from its company header, which the title names after the job', async () => {
    const html = `<html><head><title>Вакансія Backend Engineer (Go) в Lutsk Forge | DOU</title></head><body>
      <header><a href="/">DOU</a></header><h1>Lutsk Forge</h1><p>Продуктова компанія · 20–50 спеціалістів ·
      <a href="https://lutskforge.example">Сайт</a></p><h1>Backend Engineer (Go)</h1><p>Львів, віддалено</p>
      <h2>About Lutsk Forge</h2><p>We build billing software for utilities.</p></body></html>`;
    const page = await extractFile(html, 'https://jobs.dou.ua/companies/lutsk-forge/vacancies/1/', NOW);
    expect(page?.company?.name?.value).toBe('Lutsk Forge');
  }, 60_000);

  it('leaves DOU forum pages and a company on a .ge domain alone', () => {
    expect(isJobPage('https://dou.ua/forums/topic/1/')).toBe(false);
    expect(isJobPage('https://www.kartlifoods.ge/jobs')).toBe(false);
  });
});

describe('about pages named in Russian, Ukrainian, Uzbek and Romanian', () => {
  it('reads these paths as the company speaking of itself', () => {
    expect(isCompanyOwnPage('https://orchardline.md/ru/o-kompanii')).toBe(true);
    expect(isCompanyOwnPage('https://zernotrade.com.ua/pro-nas/')).toBe(true);
    expect(isCompanyOwnPage('https://shop.example.ua/pages/pro-kompaniiu')).toBe(true);
    expect(isCompanyOwnPage('https://bogmeva.uz/biz-haqimizda/')).toBe(true);
    expect(isCompanyOwnPage('https://silozprut.md/ro/istoria-noastra')).toBe(true);
  });
});

describe('staff counts in Ukrainian, Russian, Uzbek and English phrasings', () => {
  it('reads a Ukrainian lower bound and specialists placed in the team', () => {
    expect(staff('Сьогодні нас понад 90 співробітників у трьох містах.')).toEqual({ min: 90 });
    expect(staff('У нас 64 фахівців у команді, які пишуть код.')).toEqual({ min: 64, max: 64 });
    expect(staff('Компания объединяет более 310 сотрудников.')).toEqual({ min: 310 });
  });

  it('reads a counter over its caption and a row of permanent staff', () => {
    expect(staff('Про нас\n57\nспеціалістів у команді\n12\nкраїн')).toEqual({ min: 57, max: 57 });
    expect(staff('Год основания\t2004\nПостоянные сотрудники\t135 человек')).toEqual({ min: 135, max: 135 });
  });

  it('leaves specialists trained for clients alone', () => {
    expect(staff('Ми навчили 400 спеціалістів для клієнтів.')).toBeUndefined();
  });

  it('reads the Uzbek "nafar" count, not a season’s ceiling', () => {
    expect(staff('Korxonada 95 nafar xodim ishlaydi.')).toEqual({ min: 95, max: 95 });
    expect(staff('Mavsumda 250 nafargacha mavsumiy ishchi jalb qilinadi.')).toBeUndefined();
  });

  it('reads a crew, a named team, a firm with its trades and a nation employed', () => {
    expect(staff('Our crew is around 62 people most of the year.')).toEqual({ min: 62, max: 62 });
    expect(staff('There are 19 people in the Hoofmark team today.')).toEqual({ min: 19, max: 19 });
    expect(staff('Kestrel Ridge is a survey consultancy with 31 surveyors and drafters in two towns.')).toEqual({
      min: 31,
      max: 31,
    });
    expect(staff('The firm employs over 140 Solomon Islanders at its yards.')).toEqual({ min: 140 });
  });

  it('skips a count of the past for the present one', () => {
    expect(
      staff(
        'When we moved to the new yard in 2016, we were 21 staff at the time. Today the business employs a team of 33.',
      ),
    ).toEqual({ min: 33, max: 33 });
  });
});

describe('founding years in Uzbek, Ukrainian and Romanian, and a posting’s date row', () => {
  it('reads the Uzbek "tashkil etilgan" after the year', () => {
    expect(year('“Bog Meva” MChJ 2009-yilda Buxoro shahrida tashkil etilgan.')).toBe(2009);
    expect(year('Kompaniya 2011-yilda tashkil topgan.')).toBe(2011);
  });

  it('reads a Ukrainian supplier’s "since" and a Romanian timeline entry', () => {
    expect(year('ТОВ «Поле Деталь» постачає підшипники, ремені та ланцюги для посівних комплексів з 2006 року.')).toBe(
      2006,
    );
    expect(year('1968\nS-a construit silozul.\n1994\nDupă privatizare a fost fondată societatea Siloz Prut SA.')).toBe(
      1994,
    );
  });

  it('keeps "since" under a posting’s dated row', () => {
    expect(year('Listed: Mon, 3 Mar\nFamily owned since 1981, we run two farms and since 2004 a packhouse.')).toBe(
      1981,
    );
  });
});

describe('a legal form and its quoted name in the title', () => {
  it('takes the quoted name after ТОО, ТОВ or ООО', () => {
    expect(nameFromTitle('О компании — ТОО «Степной Хлеб»', 'steppebread', undefined)).toBe('Степной Хлеб');
    expect(nameFromTitle('Контакти | ТОВ «Зерно Поділля»', 'zernopodillia', undefined)).toBe('Зерно Поділля');
  });
});
