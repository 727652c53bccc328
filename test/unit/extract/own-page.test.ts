import { describe, expect, it } from 'vitest';
import { isCompanyOwnPage } from '../../../lib/extract/own-page';

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
    'https://acme.example/company/about-acme',
  ])('%s is the home or about page', (url) => {
    expect(isCompanyOwnPage(url)).toBe(true);
  });

  it.each([
    'https://acme.example/blog/why-crm-matters',
    'https://acme.example/docs/install',
    'https://acme.example/en/pricing',
    'https://acme.example/products/ledger',
    'https://acme.example/news/2024/acme-raises',
    'not a url',
  ])('%s is not', (url) => {
    expect(isCompanyOwnPage(url)).toBe(false);
  });
});
