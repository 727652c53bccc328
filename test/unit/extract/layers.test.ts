import { describe, expect, it } from 'vitest';
import { abbreviates, brandInText, brandVariants, findBrandWithGaps } from '../../../lib/extract/brand';
import { copyrightFacts } from '../../../lib/extract/copyright';
import { EXTRACTOR_IDS, extractPage } from '../../../lib/extract/index';
import { socialProfile } from '../../../lib/extract/links';
import { type OrgCandidate, pickSubject } from '../../../lib/extract/org-pick';
import { nameFromTitle } from '../../../lib/extract/title';

const ctx = { url: 'https://acme.example/', observedAt: 1 };

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function ld(...blocks: unknown[]): string {
  return blocks.map((b) => `<script type="application/ld+json">${JSON.stringify(b)}</script>`).join('');
}

describe('socialProfile', () => {
  it.each([
    ['https://www.linkedin.com/company/acme/about/', 'https://www.linkedin.com/company/acme'],
    ['https://de.linkedin.com/company/acme', 'https://www.linkedin.com/company/acme'],
    ['https://twitter.com/AcmeHQ?ref=footer', 'https://x.com/AcmeHQ'],
    ['https://x.com/acme', 'https://x.com/acme'],
    ['https://github.com/acme/widgets', 'https://github.com/acme'],
    ['https://github.com/orgs/acme/people', 'https://github.com/acme'],
    ['https://www.crunchbase.com/organization/acme-inc', 'https://www.crunchbase.com/organization/acme-inc'],
    ['https://www.facebook.com/acmeinc/', 'https://www.facebook.com/acmeinc'],
    ['https://www.linkedin.com/company-beta/1035/', 'https://www.linkedin.com/company/1035'],
    ['https://www.linkedin.com/organization-guest/company/acme?trk=x', 'https://www.linkedin.com/company/acme'],
    ['http://www.linkedin.com/companies/acme-corp', 'https://www.linkedin.com/company/acme-corp'],
    ['http://www.crunchbase.com/company/acme-inc', 'https://www.crunchbase.com/organization/acme-inc'],
    ['https://instagram.com/acme.co', 'https://www.instagram.com/acme.co'],
    ['https://www.youtube.com/@acme', 'https://www.youtube.com/@acme'],
    ['https://m.youtube.com/channel/UC123', 'https://www.youtube.com/channel/UC123'],
    ['//www.linkedin.com/company/acme', 'https://www.linkedin.com/company/acme'],
  ])('%s -> %s', (href, url) => {
    expect(socialProfile(href, 'https://acme.example/')?.url).toBe(url);
  });

  it.each([
    'https://twitter.com/intent/tweet?text=x',
    'https://twitter.com/share?url=x',
    'https://x.com/home',
    'https://www.facebook.com/sharer/sharer.php?u=x',
    'https://www.linkedin.com/shareArticle?mini=true',
    'https://www.linkedin.com/in/jane-doe',
    'https://github.com/features/actions',
    'https://gist.github.com/acme/123',
    'https://www.instagram.com/p/abc123/',
    'https://www.youtube.com/watch?v=abc',
    'https://www.crunchbase.com/person/jane-doe',
    'javascript:alert(1)',
    'https://linkedin.com.evil.example/company/acme',
  ])('%s -> none', (href) => {
    expect(socialProfile(href)).toBeUndefined();
  });
});

describe('nameFromTitle', () => {
  it.each([
    ['Acme | Home', 'acme', undefined, 'Acme'],
    ['About us - Acme', 'acme', undefined, 'Acme'],
    ['Acme: the data platform', 'acme', undefined, 'Acme'],
    ['Careers at Acme', 'getacme', undefined, 'Acme'],
    ['Pricing — Acme Analytics', 'acmeanalytics', undefined, 'Acme Analytics'],
    ['Brooklyn | Long Island University', 'liu', undefined, 'Long Island University'],
    ['Home · Nimbus Cloud', 'nimbus-cloud-hosting', 'Nimbus Cloud', 'Nimbus Cloud'],
    ['Uniqz® | Gifts', 'uniqz', undefined, 'Uniqz'],
    // The whole name the brand stands in, when its other words are name words.
    ['Harbourline IT | Managed IT support', 'harbourline', undefined, 'Harbourline IT'],
    ['Quem Somos - Metalúrgica Serra Azul', 'serraazul', undefined, 'Metalúrgica Serra Azul'],
    ['Accueil | Boulangerie Martin Frères', 'martin', undefined, 'Boulangerie Martin Frères'],
    ['Docker Documentation', 'docker', undefined, 'Docker'],
    ['Welcome to Acme', 'acme', undefined, 'Acme'],
    ['Acme Deutschland | Startseite', 'acme', undefined, 'Acme'],
    ['Über Acme', 'acme', undefined, 'Acme'],
    // The name's initials, then its trade word shortened.
    ['Über uns | Brenner & Lutz Hydrauliktechnik', 'blhydraulik', undefined, 'Brenner & Lutz Hydrauliktechnik'],
  ])('%s (%s) -> %s', (title, label, siteName, name) => {
    expect(nameFromTitle(title, label, siteName)).toBe(name);
  });

  it.each([
    ['Pricing', 'acme'],
    ['How we scaled Postgres', 'acme'],
    ['', 'acme'],
    ['Acme | Home', undefined],
    // Initials alone, or a trade word the name does not have, make no name.
    ['Über uns | Brenner & Lutz Hydrauliktechnik', 'blpumpen'],
    ['Über uns | Brenner & Lutz Hydrauliktechnik', 'xyhydraulik'],
  ])('%s (%s) -> none', (title, label) => {
    expect(nameFromTitle(title, label, undefined)).toBeUndefined();
  });
});

describe('copyrightFacts', () => {
  const brands = brandVariants('acme');
  // The visible text of a page whose footer is `footer`, as the text sample carries it.
  const run = (footer: string, b = brands) =>
    copyrightFacts(
      `Acme\nWelcome to Acme.\n${parse(`<body><footer>${footer}</footer></body>`).body.textContent}`,
      ctx,
      b,
    );

  it('reads the owner and its legal form', () => {
    const found = run('Copyright © 2019-2024 Acme GmbH. Impressum');
    expect(found?.legalName?.value).toBe('Acme GmbH');
    expect(found?.name?.value).toBe('Acme');
    expect(found?.legalName?.source).toBe('copyright');
  });

  it('keeps the full stop of an abbreviated legal form', () => {
    expect(run('© 2024 Acme Inc. All rights reserved.')?.legalName?.value).toBe('Acme Inc.');
  });

  it('ignores an owner that is not the site brand (a parent company, an agency)', () => {
    expect(run('© 2024 Yahoo Inc. All rights reserved. Site by Pixel Agency')).toBeUndefined();
  });

  it('reads the closing lines only: a notice high on a long page is a credit, not the owner', () => {
    const credit = `Photo © 2024 Acme Pictures Ltd.\n${'Body text. '.repeat(1_000)}`;
    expect(copyrightFacts(credit, ctx, brands)).toBeUndefined();
    expect(copyrightFacts(`${credit}\n© 2024 Acme GmbH`, ctx, brands)?.legalName?.value).toBe('Acme GmbH');
  });

  it('never takes a labelled row after the notice for its owner (an address, a phone)', () => {
    expect(run('河源市青岚陶瓷有限公司 版权所有 © 2003-2025   地址：河源市源城区兴业路8号', [])).toBeUndefined();
    expect(run('© 2024 Tel: +44 20 7946 0000', [])).toBeUndefined();
    expect(run('© 2024 Acme Ltd', [])?.name?.value).toBe('Acme');
  });

  it('ignores a "Copyright policy" link', () => {
    expect(run('<a href="/copyright">Copyright policy</a>')).toBeUndefined();
  });

  it('reads "COPYRIGHT © OWNER." and an owner in a script the domain cannot spell', () => {
    expect(run('COPYRIGHT © ACME. ALL RIGHTS RESERVED.')?.name?.value).toBe('ACME');
    expect(run('© 2026 Ελαιουργεία Κρήτης · Όροι χρήσης')?.name?.value).toBe('Ελαιουργεία Κρήτης');
    // A Latin owner still has to spell the brand.
    expect(run('© 2026 Other Olive Mills · Terms')).toBeUndefined();
  });

  it('takes the first owner when the page has no domain (local pages)', () => {
    const found = run('© 2024 Local Test Co. All rights reserved.', []);
    expect(found?.name?.value).toBe('Local Test');
    expect(found?.legalName?.value).toBe('Local Test Co.');
  });
});

describe('pickSubject', () => {
  const c = (name: string, extra: Partial<OrgCandidate<string>> = {}): OrgCandidate<string> => ({
    org: name,
    domains: [],
    linksToPage: false,
    ...extra,
  });

  it('prefers the page domain, then a page reference, then a top-level organization, then the first', () => {
    const brand = c('brand', { role: 'brand' });
    const top = c('top');
    const ref = c('ref', { referenced: 'publisher', role: 'publisher' });
    const own = c('own', { domains: ['acme.example'], role: 'author' });
    expect(pickSubject([brand, top, ref, own], 'acme.example', false)?.org).toBe('own');
    expect(pickSubject([brand, top, ref], 'acme.example', false)?.org).toBe('ref');
    expect(pickSubject([brand, top], 'acme.example', false)?.org).toBe('top');
    expect(pickSubject([brand], 'acme.example', false)?.org).toBe('brand');
  });

  it('on a platform, takes the profile and never the platform, a publisher or an employer', () => {
    const platform = c('linkedin', { ownDomain: 'linkedin.com', domains: ['linkedin.com'] });
    const employer = c('employer', { role: 'worksFor' });
    const publisher = c('wikimedia', { referenced: 'publisher' });
    const profile = c('profile', { linksToPage: true, domains: ['linkedin.com'] });
    expect(pickSubject([platform, employer, publisher], 'linkedin.com', true)).toBeUndefined();
    expect(pickSubject([platform, employer, publisher, profile], 'linkedin.com', true)?.org).toBe('profile');
  });
});

describe('extractPage details', () => {
  it("takes a directory's profile page for the company it profiles, not the directory on its own domain", () => {
    const blocks = ld(
      {
        '@type': 'Organization',
        name: 'Reviewly',
        url: 'https://reviewly.example/',
        address: { addressLocality: 'Austin' },
      },
      {
        '@type': 'LocalBusiness',
        name: 'Pampa Studio',
        url: 'https://pampa.example/',
        address: { addressLocality: 'Rosario' },
      },
    );
    const profile = extractPage(parse(blocks), 'https://reviewly.example/profile/pampa-studio', 1)?.company;
    expect(profile?.name?.value).toBe('Pampa Studio');
    expect(profile?.hq?.value.city).toBe('Rosario');
    // Elsewhere on the site (its own pages, a page whose slug names nobody) the site's organization stays the subject.
    const own = (url: string) => extractPage(parse(blocks), url, 1)?.company?.name?.value;
    expect(own('https://reviewly.example/about')).toBe('Reviewly');
    expect(own('https://reviewly.example/profile/someone-else')).toBe('Reviewly');
    expect(own('https://reviewly.example/customers/pampa-studio')).toBe('Reviewly');
  });

  it('resolves a publisher given by @id to the full node, whatever order the graph has', () => {
    const doc = parse(
      ld({
        '@graph': [
          { '@type': 'Organization', name: 'Partner', url: 'https://partner.example/' },
          { '@type': 'WebPage', publisher: { '@type': 'Organization', '@id': '#org' } },
          { '@type': 'schema:Organization', '@id': '#org', name: 'Acme Media' },
        ],
      }),
    );
    const page = extractPage(doc, 'https://news.example/a', 1);
    expect(page?.company?.name?.value).toBe('Acme Media');
    expect(page?.company?.name?.selector).toBe("$[0]['@graph'][2].name");
  });

  it('accepts full schema.org type URLs, an upper-case script type and CDATA-wrapped blocks', () => {
    const doc = parse(
      '<script type="Application/LD+JSON">/*<![CDATA[*/{"@type":"http://schema.org/Corporation","name":"Wrapped Co"}/*]]>*/</script>',
    );
    expect(extractPage(doc, 'https://wrapped.example/', 1)?.company?.name?.value).toBe('Wrapped Co');
  });

  it('takes no company description from an article page', () => {
    const doc = parse(
      '<meta property="og:type" content="article"><meta property="og:description" content="A post."><meta property="og:site_name" content="Acme">',
    );
    const page = extractPage(doc, 'https://acme.example/blog/post', 1);
    expect(page?.company?.name?.value).toBe('Acme');
    expect(page?.company?.description).toBeUndefined();
  });

  it('takes og:site_name only when it spells the domain', () => {
    const site = (name: string, url = 'https://acme.example/') =>
      extractPage(parse(`<meta property="og:site_name" content="${name}">`), url, 1)?.company?.name?.value;
    expect(site('Acme Documentation')).toBe('Acme');
    expect(site('Start')).toBeUndefined();
    expect(site('acme.example')).toBeUndefined();
    expect(site('Акме', 'https://acme.example/')).toBe('Акме');
    expect(site('Local Demo', 'http://127.0.0.1:8080/')).toBe('Local Demo');
  });

  it('reads microdata properties of the organization, not of items nested in it', () => {
    const doc = parse(`<div itemscope itemtype="https://schema.org/Organization">
      <div itemprop="founder" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Doe</span></div>
      <span itemprop="name">Acme Tools</span></div>`);
    expect(extractPage(doc, 'https://acme.example/', 1)?.company?.name?.value).toBe('Acme Tools');
  });

  it('omits a canonical URL equal to the page URL', () => {
    const doc = parse(
      '<link rel="canonical" href="https://acme.example/"><meta property="og:site_name" content="Acme">',
    );
    expect(extractPage(doc, 'https://acme.example', 1)?.canonicalUrl).toBeUndefined();
  });

  it('keeps only one organization: no fields merged from another JSON-LD organization', () => {
    const doc = parse(
      ld(
        { '@type': 'Organization', name: 'Acme', url: 'https://acme.example/' },
        {
          '@type': 'Organization',
          name: 'Other',
          url: 'https://other.example/',
          numberOfEmployees: 500,
          foundingDate: '1990',
        },
      ),
    );
    const page = extractPage(doc, 'https://acme.example/', 1);
    expect(page?.company?.name?.value).toBe('Acme');
    expect(page?.company?.employees).toBeUndefined();
    expect(page?.company?.founded).toBeUndefined();
  });

  it('reads the website of a platform profile from sameAs, never the platform as domain', () => {
    const doc = parse(
      ld({
        '@type': 'Organization',
        name: 'Acme',
        url: 'https://www.linkedin.com/company/acme',
        sameAs: 'https://acme.example/',
      }),
    );
    const page = extractPage(doc, 'https://www.linkedin.com/company/acme/about/', 1);
    expect(page?.company?.domain?.value).toBe('acme.example');
    expect(page?.company?.domain?.selector).toBe('$[0].sameAs');
  });

  it('lists its extractor ids', () => {
    expect(EXTRACTOR_IDS).toEqual(
      expect.arrayContaining(['jsonld', 'microdata', 'opengraph', 'meta', 'title', 'links', 'copyright']),
    );
    expect(new Set(EXTRACTOR_IDS).size).toBe(EXTRACTOR_IDS.length);
  });
});

describe('abbreviates', () => {
  it("reads a domain made of the first words' initials and the rest", () => {
    expect(abbreviates('Selangor Precision Moulds Sdn. Bhd.', 'spmoulds')).toBe(true);
    expect(abbreviates('Selangor Precision Moulds', 'spm')).toBe(true);
    expect(abbreviates('Selangor Precision Moulds', 'moulds')).toBe(false);
    expect(abbreviates('Acme', 'a')).toBe(false);
  });

  it("reads a hyphenated label and a name's Nordic letters; the title's segment is then the company's name", () => {
    expect(abbreviates('Bjærre & Holst Arkitekter', 'bh-arkitekter')).toBe(true);
    expect(abbreviates('Søby & Nørgaard Landskab', 'sn-landskab')).toBe(true);
    expect(nameFromTitle('Anna Bjærre – Arkitekt MAA | Bjærre & Holst Arkitekter', 'bh-arkitekter', undefined)).toBe(
      'Bjærre & Holst Arkitekter',
    );
  });
});

describe('brandVariants', () => {
  it.each([
    ['dentivo-lab', 'dentivo'],
    ['brume-agence', 'brume'],
    ['trilhacredito', 'trilha'],
    ['northwind-logistics', 'northwind'],
  ])('reads the brand before the trade word of %s', (label, brand) => {
    expect(brandVariants(label)).toContain(brand);
  });

  it('keeps a short brand whole', () => {
    expect(brandVariants('ablab')).not.toContain('ab');
  });
});

describe('findBrandWithGaps', () => {
  const find = (name: string, label: string) => findBrandWithGaps(name, brandVariants(label));
  it.each([
    ['Escola de Línguas Atlântico', 'escolaatlantico', 'Escola de Línguas Atlântico'],
    ['Lefèvre & Associés Avocats', 'lefevre-avocats', 'Lefèvre & Associés Avocats'],
    ['Tussock & Thread', 'tussockandthread', 'Tussock & Thread'],
    ['Kawabata Precision Sensors Co., Ltd.', 'kawabata-sensors', 'Kawabata Precision Sensors'],
    // The last word clipped where the domain ends.
    ['Brandt Lake Shore Fabrication', 'brandtfab', 'Brandt Lake Shore Fabrication'],
  ])('finds %s in a name the domain %s spells in part', (name, label, brand) => {
    expect(find(name, label)).toBe(brand);
  });

  it('finds no name where the words between are not a name', () => {
    expect(find('Lefèvre parle aux avocats', 'lefevre-avocats')).toBeUndefined();
    expect(find('Escola news: the best Atlântico tours', 'escolaatlantico')).toBeUndefined();
    // Two letters of a word are no clipping of it; a first word alone is no run.
    expect(find('Brandt Lake Shore Fabrication', 'brandtfa')).toBeUndefined();
    expect(find('Brandtfield Fabrication', 'brand')).toBeUndefined();
  });
});

describe('brandInText', () => {
  const targets = brandVariants('audiora');
  it('reads the brand the domain spells, as the page writes it three times', () => {
    const text = 'Why Audiora\nAudiora Status\nTwin Peaks: the data\nAudiora uses cookies.';
    expect(brandInText(text, targets)).toBe('Audiora');
  });
  it('reads nothing from a single mention or a lower-case word', () => {
    expect(brandInText('Why Audiora\nWe met at the audiora conference.\naudiora', targets)).toBeUndefined();
  });
});
