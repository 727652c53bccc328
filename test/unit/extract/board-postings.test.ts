import { describe, expect, it } from 'vitest';
import { industryGroup } from '../../../lib/extract/classify/industry';
import { pageScores } from '../../../lib/extract/classify/page';
import { sampleOf, signalsOf } from './read-page';

// Issue 14: a posting on a job board that is also a platform (Indeed, Glassdoor), whose JobPosting names its
// employer. Invented employers; the boards' layouts as the boards print them.
const NOW = Date.UTC(2026, 11, 7);

const posting = (employer: string) =>
  JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Line Maintenance Technician',
    datePosted: '2026-11-20',
    hiringOrganization: { '@type': 'Organization', name: employer },
    jobLocation: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'Dalton', addressRegion: 'GA' },
    },
  });

const indeedPage = (employer: string, about: string) => `<html lang="en"><head>
  <title>Line Maintenance Technician - Dalton, GA - Indeed.com</title>
  <meta property="og:site_name" content="Indeed">
  <script type="application/ld+json">${posting(employer)}</script></head>
  <body><header><div>indeed</div><div>Find jobs</div><div>Company reviews</div></header>
  <main><h1>Line Maintenance Technician</h1><div>${employer}</div><div>Dalton, GA 30720</div>
  <h2>Full job description</h2><p>${about}</p>
  <h2>Similar jobs</h2><div>Forklift Operator</div><div>Conasauga Freight</div><div>Chatsworth, GA</div></main>
  <footer>© 2026 Indeed · Indeed was founded in 2004 · Careers at Indeed</footer></body></html>`;

const url = 'https://www.indeed.com/viewjob?jk=7c31aa902b';

describe("a platform job board's posting with the employer in its data", () => {
  const about =
    'Oostanaula Carpet Mills is a family-owned carpet manufacturer founded in 1971 and headquartered in ' +
    'Calhoun, Georgia. Our 640 employees run two tufting plants, a yarn extrusion line and a finishing ' +
    'factory. You will keep our production lines running and support quality control and machining. ' +
    'Learn more at www.oostanaulamills.com.';

  it("reads the employer's own words: its trade, seat, size, founding year and the opening", () => {
    const company = signalsOf(indeedPage('Oostanaula Carpet Mills', about), url, NOW)?.company;
    expect(company?.name?.value).toBe('Oostanaula Carpet Mills');
    expect(company?.domain?.value).toBe('oostanaulamills.com');
    expect(company?.industryGroup?.value).toBe('manufacturing');
    expect(company?.hq?.value.city).toBe('Calhoun');
    expect(company?.founded?.value).toBe(1971);
    expect(company?.employees?.value.min).toBe(640);
    expect(company?.hiring?.value.careersUrl).toBe(url);
  });

  it("never takes the board's own founding year for the employer's", () => {
    const quiet = 'We are hiring a technician for our second shift. Weekly pay, benefits from day one.';
    const company = signalsOf(indeedPage('Oostanaula Carpet Mills', quiet), url, NOW)?.company;
    expect(company?.name?.value).toBe('Oostanaula Carpet Mills');
    expect(company?.founded).toBeUndefined();
  });
});

describe('cargo, in English and in Spanish and Portuguese', () => {
  const scoresOf = (html: string) => new Map(pageScores(sampleOf(html, 'https://example.test/', 1)));

  it('counts carried cargo as a carrier', () => {
    const scores = scoresOf('<title>Air cargo handling</title><body><h1>Cargo handling at the airport</h1></body>');
    expect(scores.get('transportation-logistics')).toBeGreaterThan(0);
  });

  it('does not count a post ("el cargo de", "a cargo de", "o cargo de") as cargo', () => {
    const spanish = scoresOf(
      '<title>Oferta</title><body><h1>Buscamos personal para el cargo de Jefe de Planta</h1>' +
        '<p>Estará a cargo de un equipo de 12 técnicos.</p></body>',
    );
    expect(spanish.get('transportation-logistics')).toBeUndefined();
    const portuguese = scoresOf('<title>Vaga</title><body><h1>Vaga para o cargo de Gerente Comercial</h1></body>');
    expect(portuguese.get('transportation-logistics')).toBeUndefined();
  });
});

describe('mining, as Spanish and French name it', () => {
  it('files "Minería" and "exploitation minière" with energy and utilities (NACE section B)', () => {
    expect(industryGroup('Minería', true)?.group).toBe('energy-utilities');
    expect(industryGroup('Exploitation minière', true)?.group).toBe('energy-utilities');
  });
});

// A national board the hosts list knows, whose posting has no structured data: its site name, handle and title name
// the board, and the employer is the name beside the job title.
const nationalBoardPage = `<html lang="nb"><head>
  <title>Kranfører søkes - Vefsna Løfteteknikk AS | FINN.no</title>
  <meta property="og:site_name" content="FINN.no">
  <meta name="twitter:site" content="@finn_no">
  <meta property="og:title" content="Kranfører søkes"></head>
  <body><header><div>FINN</div><div>Stillinger</div><div>Logg inn</div></header>
  <main><h1>Kranfører søkes</h1><div>Vefsna Løfteteknikk AS</div><div>Mosjøen</div>
  <p>Vefsna Løfteteknikk AS er et familieeid kranselskap etablert i 1984 med hovedkontor i Mosjøen.
  Vi har 45 ansatte og utfører kranløft og spesialtransport i hele Nordland.</p>
  <h2>Lignende stillinger</h2><div>Lagermedarbeider</div><div>Bodø</div></main>
  <footer>© 2026 FINN.no AS · Grensen 5, 0159 Oslo</footer></body></html>`;

describe("a known national board's posting without structured data", () => {
  it('names the employer beside the job title, never the board', () => {
    const company = signalsOf(nationalBoardPage, 'https://www.finn.no/job/ad/339120457', NOW)?.company;
    expect(company?.name?.value).toBe('Vefsna Løfteteknikk AS');
    expect(company?.domain?.value).not.toBe('finn.no');
    expect(company?.socials?.x).toBeUndefined();
  });
});
