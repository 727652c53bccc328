import { describe, expect, it } from 'vitest';
import { boardEmployer } from '../../../lib/extract/text/board-employer';
import { seatPhrase } from '../../../lib/extract/text/imprint';
import { signalsOf } from './read-page';

// Issue 14, the round before a thirty-seventh and thirty-eighth set written blind: job boards' postings without
// structured data. Invented employers, boards' layouts as the real boards print them.
const NOW = Date.UTC(2026, 11, 1);

describe("a job board's posting without structured data", () => {
  const indeedLike = (header: string, more = 'More about us: www.kestrelbrakes.co.uk') => `<html lang="en"><head>
    <title>Brake Fitter - Halifax HX3 - Indeed.com</title>
    <meta property="og:site_name" content="Indeed">
    <meta name="description" content="Brake Fitter. Kestrel Brakes Ltd. Halifax HX3. £14.20 an hour.">
    </head><body><header><div>indeed</div><div>Find jobs</div><div>Company reviews</div></header>
    <main><h1>Brake Fitter</h1>${header}
    <div>Job details</div><div>Job type</div><div>Full-time · Permanent</div>
    <h2>About us</h2><p>Kestrel Brakes is a family-owned remanufacturer of commercial vehicle brakes founded in 1979.
    Our head office and main workshop are in Leeds, West Yorkshire. We employ 85 people.</p><p>${more}</p>
    <h2>Similar jobs</h2><div>Tyre Fitter</div><div>Calder Tyres Ltd</div><div>Huddersfield HD1</div>
    <div>Jobs at Kestrel Brakes Ltd</div></main><footer>© 2026 Indeed · Careers at Indeed</footer></body></html>`;
  const header = '<div>Kestrel Brakes Ltd</div><div>4.1</div><div>12 reviews</div><div>Halifax HX3</div>';
  const url = 'https://uk.indeed.com/viewjob?jk=4f2a9c01';

  it('names the employer printed under the job title, with its site, seat, founding and opening', () => {
    const company = signalsOf(indeedLike(header), url, NOW)?.company;
    expect(company?.name?.value).toBe('Kestrel Brakes Ltd');
    expect(company?.domain?.value).toBe('kestrelbrakes.co.uk');
    expect(company?.hq?.value.city).toBe('Leeds');
    expect(company?.founded?.value).toBe(1979);
    expect(company?.hiring?.value.careersUrl).toBe(url);
  });

  it("never takes the job's place, its terms or the board's own name for the employer", () => {
    const placeFirst = '<div>Halifax</div><div>Full-time</div><div>Indeed</div>';
    expect(signalsOf(indeedLike(placeFirst), url, NOW)?.company?.name).toBeUndefined();
  });

  it('names nobody when the line beside the title is said nowhere else', () => {
    const text = 'Brake Fitter\nPennine Axles Ltd\nHalifax HX3\nAbout us\nWe remanufacture brakes.';
    expect(boardEmployer(text, 'Brake Fitter', ['Brake Fitter - Halifax - Indeed.com'], ['indeed'])).toBeUndefined();
  });

  it("reads a German board's employer from its og:title, and one printed above the title (Glassdoor)", () => {
    const german = 'Servicetechniker Kälte (m/w/d)\nKältebau Rienzner GmbH\nStuttgart\nVollzeit\nÜber uns';
    const hints = ['Servicetechniker Kälte (m/w/d) bei Kältebau Rienzner GmbH in Stuttgart | StepStone'];
    expect(boardEmployer(german, 'Servicetechniker Kälte (m/w/d)', hints, ['stepstone'])).toBe(
      'Kältebau Rienzner GmbH',
    );
    const above = 'Orrin Freight\n3.8 ★\nWarehouse Lead\nReno, NV\n$24 - $27 Per Hour\nOrrin Freight jobs';
    expect(boardEmployer(above, 'Warehouse Lead', ['Orrin Freight hiring Warehouse Lead'], ['glassdoor'])).toBe(
      'Orrin Freight',
    );
  });
});

describe("a seat sentence naming the head office with another site's part", () => {
  it('reads "our head office and main workshop are in Leeds"', () => {
    expect(seatPhrase('Our head office and main workshop are in Leeds, West Yorkshire.')?.city).toBe('Leeds');
  });
});
