import { describe, expect, it } from 'vitest';
import { kindOfLabel, kindOfPath, wellKnownPath } from '../../../lib/research/kinds';
import { candidatesFrom, Planner, pageKey, pageUrlOf } from '../../../lib/research/plan';

const SITE = 'acme-example.de';
const links = (url: string, pairs: Array<[string, string?]>, lang?: string) => ({
  url,
  hrefs: pairs.map(([h]) => h),
  labels: pairs.flatMap(([, t], i) => (t ? [[i, t] as [number, string]] : [])),
  lang,
});

describe('page kinds', () => {
  it('reads a navigation label in every language the text layers know', () => {
    expect(kindOfLabel('Impressum')).toBe('imprint');
    expect(kindOfLabel('Mentions légales')).toBe('imprint');
    expect(kindOfLabel('Aviso legal')).toBe('imprint');
    expect(kindOfLabel('  Über uns ')).toBe('about');
    expect(kindOfLabel('Qui sommes-nous')).toBe('about');
    expect(kindOfLabel('Karriere')).toBe('careers');
    expect(kindOfLabel('Trabaja con nosotros')).toBe('careers');
    expect(kindOfLabel('Contact us')).toBe('contact');
    expect(kindOfLabel('Kontakt')).toBe('contact');
    // A label that names the company too.
    expect(kindOfLabel('About Nordlicht')).toBe('about');
    expect(kindOfLabel('Über Nordlicht Analytics')).toBe('about');
    expect(kindOfLabel('Careers at Acme')).toBe('careers');
    expect(kindOfLabel('Jobs bei Nordlicht')).toBe('careers');
    expect(kindOfLabel('Life at Acme')).toBe('careers');
    expect(kindOfLabel('Join Acme!')).toBe('careers');
    expect(kindOfLabel('Acme careers')).toBe('careers');
    expect(kindOfLabel('Read the Acme blog post about pricing changes')).toBeUndefined();
    expect(kindOfLabel('Acme')).toBeUndefined();
    expect(kindOfLabel('Preise')).toBe('pricing');
    // A sentence that happens to hold a word is no navigation label.
    expect(kindOfLabel('Read about our new careers portal for students')).toBeUndefined();
    expect(kindOfLabel('Blog')).toBeUndefined();
  });

  it('reads a path by its last segment, under a language root', () => {
    expect(kindOfPath(new URL('https://a.de/'))).toBe('home');
    expect(kindOfPath(new URL('https://a.de/de/'))).toBe('home');
    expect(kindOfPath(new URL('https://a.de/de/impressum'))).toBe('imprint');
    expect(kindOfPath(new URL('https://a.de/company/about-us/'))).toBe('about');
    expect(kindOfPath(new URL('https://a.de/ueber-uns.html'))).toBe('about');
    expect(kindOfPath(new URL('https://a.de/legal/terms'))).toBeUndefined();
    expect(kindOfPath(new URL('https://a.de/careers/backend-engineer'))).toBeUndefined();
    expect(kindOfPath(new URL('https://a.de/blog/2024/05/about'))).toBeUndefined();
  });

  it('guesses a well-known path by language, the imprint only where it is a legal duty, never pricing', () => {
    expect(wellKnownPath('imprint', 'de-DE')).toBe('/impressum');
    expect(wellKnownPath('imprint', 'en')).toBeUndefined();
    expect(wellKnownPath('about', 'fr')).toBe('/a-propos');
    expect(wellKnownPath('careers', undefined)).toBe('/careers');
    expect(wellKnownPath('pricing', 'en')).toBeUndefined();
  });
});

describe('link candidates', () => {
  it('keeps only pages of the same registrable domain over http(s)', () => {
    const base = 'https://www.acme-example.de/produkt';
    expect(pageUrlOf('/impressum#top', base, SITE)?.href).toBe('https://www.acme-example.de/impressum');
    expect(pageUrlOf('https://jobs.acme-example.de/', base, SITE)?.href).toBe('https://jobs.acme-example.de/');
    for (const href of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'mailto:x@acme-example.de',
      'https://other.de/impressum',
      'https://acme-example.de.evil.com/about',
      'https://user:pw@acme-example.de/about',
      '/brochure.pdf',
      `/${'a'.repeat(3000)}`,
    ])
      expect(pageUrlOf(href, base, SITE), href).toBeUndefined();
  });

  it('prefers a labelled navigation link to a path, one address per page', () => {
    const found = candidatesFrom(
      links('https://acme-example.de/', [
        ['/company/history'],
        ['/wer-wir-sind', 'Über uns'],
        ['/about'],
        ['/about/'],
        ['https://other.example/about', 'About'],
      ]),
      SITE,
    );
    expect(found.get('about')?.map((p) => [p.url, p.via])).toEqual([
      ['https://acme-example.de/wer-wir-sind', 'label'],
      ['https://acme-example.de/about', 'path'],
    ]);
    expect(pageKey('https://a.de/about/#x')).toBe(pageKey('https://a.de/about'));
  });

  it('plans the home page first from a deep page, then by kind, each page once', () => {
    const planner = new Planner(
      links('https://acme-example.de/blog/post-1', [
        ['/', 'Acme'],
        ['/karriere', 'Karriere'],
        ['/impressum', 'Impressum'],
        ['/impressum'],
      ]),
      SITE,
    );
    const first = planner.next();
    expect(first).toMatchObject({ kind: 'home', url: 'https://acme-example.de/' });
    planner.settle('home');
    // The home page names an about page the blog post did not.
    planner.addLinks(links('https://acme-example.de/', [['/ueber-uns', 'Über uns']]));
    const order: string[] = [];
    for (let next = planner.next(); next; next = planner.next()) {
      order.push(`${next.kind} ${new URL(next.url).pathname} ${next.via}`);
      planner.settle(next.kind);
    }
    expect(order).toEqual([
      'imprint /impressum label',
      'about /ueber-uns label',
      'careers /karriere label',
      'contact /contact guess',
    ]);
  });

  it('tries the next candidate of a kind when one fails, and guesses only what is wanted', () => {
    const planner = new Planner(
      links(
        'https://acme-example.de/',
        [
          ['/about', 'About'],
          ['/team', 'Team'],
        ],
        'en',
      ),
      SITE,
    );
    expect(planner.next((k) => k === 'about')?.url).toBe('https://acme-example.de/about');
    // No settle: /about failed.
    expect(planner.next((k) => k === 'about')?.url).toBe('https://acme-example.de/team');
    planner.settle('about');
    expect(planner.next((k) => k === 'about')).toBeUndefined();
  });
});
