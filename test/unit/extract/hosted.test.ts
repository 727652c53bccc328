import { describe, expect, it } from 'vitest';
import { brandDomainIn, brandVariants } from '../../../lib/extract/brand';
import { extractPage } from '../../../lib/extract/index';
import { hostedTenant, isPlatformDomain } from '../../../lib/extract/platforms';

const NOW = Date.UTC(2025, 0, 15);

describe('hostedTenant', () => {
  it.each([
    ['https://acme.github.io/docs/', 'acme'],
    ['https://blog.acme.wordpress.com/about/', 'acme'],
    ['https://acme-site.netlify.app/', 'acme-site'],
    ['https://www.wordpress.com/', undefined],
    ['https://github.io/', undefined],
    ['https://github.com/acme', undefined],
    ['https://acme.example/', undefined],
    // Applicant-tracking systems: the employer's slug, wherever the system puts it.
    ['https://jobs.lever.co/acme/1a2b', 'acme'],
    ['https://acme.jobs.personio.de/job/123?language=de', 'acme'],
    ['https://acme.career.softgarden.de/jobs/123/', 'acme'],
    ['https://acme.workable.com/j/ABC123', 'acme'],
    ['https://resources.workable.com/hiring-with-workable', undefined],
    ['https://www.welcometothejungle.com/fr/companies/acme/jobs/commercial_paris', 'acme'],
    ['https://ats.rippling.com/acme/jobs/5f1', 'acme'],
  ])('%s -> %s', (url, tenant) => expect(hostedTenant(url)).toBe(tenant));

  it('keeps hosting domains out of company domains', () => {
    expect(isPlatformDomain('github.io')).toBe(true);
    expect(isPlatformDomain('acme.example')).toBe(false);
  });
});

describe('brandDomainIn', () => {
  it('finds a written-out site that spells the brand, with or without its suffix or a prefix', () => {
    expect(brandDomainIn('Try it at usewidgetly.example/teams today', brandVariants('Widgetly'))).toBe(
      'usewidgetly.example',
    );
    expect(brandDomainIn('mail help@orbitfold.io', brandVariants('orbitfoldio'))).toBe('orbitfold.io');
    expect(brandDomainIn('see shop.orbitfold.co.uk', brandVariants('Orbitfold'))).toBe('orbitfold.co.uk');
  });

  it('ignores other sites, platforms and short brands', () => {
    expect(brandDomainIn('Read us on medium.com and other.example', brandVariants('Widgetly'))).toBeUndefined();
    expect(brandDomainIn('ab.example', brandVariants('ab'))).toBeUndefined();
    expect(brandDomainIn('nothing here', [])).toBeUndefined();
  });
});

describe('sites on a hosting service', () => {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

  it("reads the tenant's title and own domain from the text", () => {
    const doc = parse(
      '<html><head><title>About - Corvid Stage | Theatre</title></head><body><p>Tickets on corvidstage.example</p></body></html>',
    );
    const page = extractPage(doc, 'https://corvidstage.wordpress.com/about/', NOW);
    expect(page?.company?.name?.value).toBe('Corvid Stage');
    expect(page?.company?.domain?.value).toBe('corvidstage.example');
  });

  it('sends no domain when the tenant names no site of its own', () => {
    const doc = parse('<html><head><title>Corvid Stage</title></head><body><p>Hello</p></body></html>');
    const page = extractPage(doc, 'https://corvidstage.wordpress.com/', NOW);
    expect(page?.company?.name?.value).toBe('Corvid Stage');
    expect(page?.company?.domain).toBeUndefined();
  });
});
