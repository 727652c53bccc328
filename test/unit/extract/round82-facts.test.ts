import { describe, expect, it } from 'vitest';
import { detectTechnologies } from '../../../lib/extract/tech/index';
import { foundedYear } from '../../../lib/extract/text/founded';
import { headcount } from '../../../lib/extract/text/headcount';
import { tracesOf } from './read-page';

// Invented companies, people and snippets only: the held-out pages are the measurement, never copied here.
const NOW = Date.UTC(2025, 0, 1);
const year = (text: string) => foundedYear(text, NOW)?.year;

function techs(html: string, url: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const traces = tracesOf(doc, url);
  if (!traces) return [];
  const found = detectTechnologies(JSON.parse(JSON.stringify(traces)), { url, observedAt: NOW });
  return (found?.value ?? []).map((t) => t.name);
}

describe('founding years told in other words', () => {
  it('reads Swahili "ilianzishwa mwaka" (was established in the year)', () => {
    expect(year('Kampuni yetu ilianzishwa mwaka 1997 mjini Tanga.')).toBe(1997);
    expect(year('Kiwanda cha Pemba kilianzishwa mwaka 2006.')).toBe(2006);
  });

  it('reads a company tracing its roots to a year', () => {
    expect(year('The firm traces its roots to 1961, when two surveyors shared a desk.')).toBe(1961);
    expect(year('Our studio traces its origins back to 1988.')).toBe(1988);
  });

  it('reads a company "formed in" a year', () => {
    expect(year('The company was formed in 2007 by a retired mine engineer.')).toBe(2007);
    expect(year('The choir was formed in 2007.')).toBeUndefined();
  });

  it('reads a person founding the business named by its trade noun', () => {
    expect(year('Doña Rosa Quintero fundó la curtiembre en 1966 junto a su hermano.')).toBe(1966);
    expect(year('El fundo en 1966 tenía 40 hectáreas.')).toBeUndefined();
  });

  it("reads the founder's first trade as the company's start, not the founder's career", () => {
    expect(year('Our founder, Ama Owusu, started pressing palm kernels with six neighbours in 2009.')).toBe(2009);
    expect(year('Our founder, Kofi Mensah, began his career at a bank in 1990.')).toBeUndefined();
  });

  it("reads no founding from a person's birth told with the parents", () => {
    expect(year('Tomás nació en Rafaela en 1961, hijo de un herrero.')).toBeUndefined();
    expect(year('Brisa Verde nació en 2014 en un garaje de Salta.')).toBe(2014);
  });
});

describe('headcount in more Spanish and English verbs', () => {
  it('reads Spanish "emplea a N personas" and "trabajamos N personas"', () => {
    expect(headcount('Hoy la empresa emplea a 72 personas en su planta.')?.range).toEqual({ min: 72, max: 72 });
    expect(headcount('En nuestra fábrica de Tandil trabajamos 33 personas.')?.range).toEqual({ min: 33, max: 33 });
  });

  it('reads "and employ N people" after the company\'s other doings', () => {
    expect(headcount('We run two kilns and employ about 64 people in Nakuru.')?.range).toEqual({ min: 64, max: 64 });
    expect(headcount('Their clients employ 500 people.')).toBeUndefined();
  });

  it("reads a figure block under a hero's button with each caption under its figure", () => {
    const tiles = 'Solicite una cotización\n1990\naño de fundación\n130\ncolaboradores\n45\nclientes activos';
    expect(headcount(tiles)?.range).toEqual({ min: 130, max: 130 });
  });

  it("prefers today's count to a history entry's, and keeps the entry's when it is the only one", () => {
    const history = 'Our history\n1971\tWorkshop reopens with 9 workers\n1999\tNew kiln\nToday we employ 210 staff.';
    expect(headcount(history)?.range).toEqual({ min: 210, max: 210 });
    expect(headcount('Our history\n1971\nWorkshop reopens with 9 workers')?.range).toEqual({ min: 9, max: 9 });
  });
});

describe('technology traces of self-hosted trackers and hosted shops', () => {
  it('proves Matomo from a self-hosted snippet, which names only its file names', () => {
    const html = `<html><body><p>x</p><script>var _paq = window._paq || []; _paq.push(['trackPageView']);
      (function(){ var u="https://stats.example-agro.com/"; _paq.push(['setTrackerUrl', u+'matomo.php']);
      var g=document.createElement('script'); g.src=u+'matomo.js'; })();</script></body></html>`;
    expect(techs(html, 'https://example-agro.com/')).toContain('Matomo');
  });

  it('proves Google Analytics from the classic ga.js loader', () => {
    const html = `<html><body><p>x</p><script>var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1-1']);
      (function(){ var ga=document.createElement('script');
      ga.src=('https:'==document.location.protocol?'https://ssl':'http://www')+'.google-analytics.com/ga.js'; })();
      </script></body></html>`;
    expect(techs(html, 'https://example-tools.com/')).toContain('Google Analytics');
  });

  it('proves Jumpseller from its asset hosts', () => {
    const html = `<html><head><link rel="preload" as="style" href="https://assets.jumpseller.com/store/demo/themes/1/app.css">
      </head><body><p>x</p></body></html>`;
    expect(techs(html, 'https://example-shop.cl/')).toContain('Jumpseller');
  });
});
