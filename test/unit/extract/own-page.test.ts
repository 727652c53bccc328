import { describe, expect, it } from 'vitest';
import { isCompanyOwnPage, isServicePage } from '../../../lib/extract/own-page';

describe("a page that speaks for the company (its description is the company's own)", () => {
  it.each([
    'https://acme.example/',
    'https://acme.example/index.html',
    'https://acme.example/en/',
    'https://acme.example/de-de',
    'https://acme.example/about',
    'https://acme.example/about-us/',
    'https://acme.example/en/company',
    'https://acme.example/ueber-uns',
    'https://acme.example/fr/qui-sommes-nous.html',
    'https://acme.example/es/quienes-somos',
    'https://acme.example/hu/rolunk',
    'https://acme.example/despre-noi/',
    'https://acme.example/tr/hakkimizda',
    'https://acme.example/company/about-acme',
    'https://acme.example/pt/quem-somos',
    'https://acme.example/sobre-nos/',
    'https://acme.example/nl/wie-zijn-wij',
    'https://acme.example/fr/notre-histoire',
    'https://acme.example/it/la-nostra-storia',
    'https://acme.example/pl/o-firmie',
    'https://acme.example/o-nas',
    'https://acme.example/cs/o-spolecnosti',
    'https://acme.example/o-spole%C4%8Dnosti',
    'https://acme.example/om-oss',
    'https://acme.example/da/om-os/',
    'https://acme.example/om-virksomheden',
    'https://acme.example/sv/om-foretaget',
    'https://acme.example/om-f%C3%B6retaget',
    'https://acme.example/no/om-selskapet',
    'https://acme.example/fi/tietoa-meista',
    'https://acme.example/tietoa-meist%C3%A4',
    'https://acme.example/yritys',
  ])('%s is the home or about page', (url) => {
    expect(isCompanyOwnPage(url)).toBe(true);
  });

  it.each([
    'https://acme.example/blog/why-crm-matters',
    'https://acme.example/docs/install',
    'https://acme.example/en/pricing',
    'https://acme.example/products/ledger',
    'https://acme.example/news/2024/acme-raises',
    'https://acme.example/pl/oferta/uslugi',
    'https://acme.example/sv/produkter/lagerhylla',
    'https://acme.example/fi/blogi/uutinen',
    'https://acme.example/overzicht',
    'not a url',
  ])('%s is not', (url) => {
    expect(isCompanyOwnPage(url)).toBe(false);
  });
});

describe('a service page of the company (contact, imprint, team, careers, pricing) is never a story', () => {
  it.each([
    'https://acme.example/kapcsolat',
    'https://acme.example/en/contact-us',
    'https://acme.example/impressum.html',
  ])('%s', (url) => expect(isServicePage(url)).toBe(true));
  it.each(['https://acme.example/blog/contact-centers-in-2025', 'https://acme.example/news/team-offsite'])(
    '%s',
    (url) => expect(isServicePage(url)).toBe(false),
  );
});
