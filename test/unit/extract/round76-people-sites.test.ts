import { describe, expect, it } from 'vitest';
import { abbreviates } from '../../../lib/extract/brand';
import { classifyPerson } from '../../../lib/extract/classify/derive';
import { classifyTitle } from '../../../lib/extract/classify/title';
import { roleAfter } from '../../../lib/extract/described-person';
import { makeFact } from '../../../lib/extract/facts';
import { writtenShortenedSite } from '../../../lib/extract/listing';
import type { PersonSignals } from '../../../lib/signals/schema';
import { signalsOf } from './read-page';

// Issue 14, the round after a seventy-fifth and seventy-sixth set written blind (the Nordics and the Benelux; the
// German-speaking countries). Invented people, firms and sites.
const NOW = Date.UTC(2026, 11, 7);

describe('a role with a second clause after it', () => {
  it('keeps the role before "und leitet", "and leads"', () => {
    expect(roleAfter(' ist Prokuristin und leitet Finanzen & Controlling bei Hollmayr Fensterbau.')).toEqual({
      title: 'Prokuristin',
      employer: 'Hollmayr Fensterbau',
    });
    expect(roleAfter(', Partner and leads the tax practice at Brannock Weiss LLP.')?.title).toBe('Partner');
  });

  it('keeps a title whose "and" joins two departments', () => {
    expect(roleAfter(', Head of Sales and Marketing at Fjordline Kraner AS.')?.title).toBe(
      'Head of Sales and Marketing',
    );
  });
});

describe('German-speaking ranks', () => {
  it('reads a Prokurist as a director, a head of department beside it as a head', () => {
    expect(classifyTitle('Prokuristin').seniority).toBe('director');
    expect(classifyTitle('Prokurist, Leiter Vertrieb')).toEqual({ seniority: 'head', department: 'sales' });
  });

  it('files a managing partner ("Geschäftsführender Gesellschafter") with the executives', () => {
    expect(classifyTitle('Geschäftsführende Gesellschafterin')).toEqual({
      seniority: 'owner',
      department: 'executive',
    });
  });
});

describe("a firm's partner at a fiduciary", () => {
  const person = (title: string, employer: string): PersonSignals => {
    const ctx = { url: 'https://example.test/', observedAt: NOW };
    return { title: makeFact(ctx, 'text', title, 'h1', 0.5), employer: makeFact(ctx, 'text', employer, 'h1', 0.5) };
  };

  it('puts an "Associée" of a Fiduciaire and a "Partner" of a Treuhand AG in finance', () => {
    const belgian = person('Associée', 'Fiduciaire Lemoine & Associés');
    classifyPerson(belgian);
    expect(belgian.department?.value).toBe('finance');
    const swiss = person('Partner', 'Säntis Treuhand AG');
    classifyPerson(swiss);
    expect(swiss.department?.value).toBe('finance');
  });

  it('gives no department to a partner of a firm of another trade', () => {
    const studio = person('Associée', 'Atelier Brabant Architectes');
    classifyPerson(studio);
    expect(studio.department).toBeUndefined();
  });
});

describe("a bio's line of two roles under the name", () => {
  const bio = (line: string) => `<html lang="de"><head><title>Mag. Ilse Brunnthaler – Kogler Fensterbau</title>
    <meta property="og:site_name" content="Kogler Fensterbau"></head><body>
    <nav><a href="/">Start</a> › <a href="/team/">Team</a></nav>
    <h1>Mag. Ilse Brunnthaler</h1><p>${line}</p>
    <p>Ilse Brunnthaler verantwortet seit 2017 Buchhaltung und Controlling.</p>
    <footer>© 2026 Kogler Fensterbau GmbH</footer></body></html>`;
  const url = 'https://www.kogler-fenster.at/team/ilse-brunnthaler/';

  it('keeps both roles as the title', () => {
    const person = signalsOf(bio('Prokuristin · Leiterin Finanzen &amp; Controlling'), url, NOW)?.person;
    expect(person?.title?.value).toBe('Prokuristin · Leiterin Finanzen & Controlling');
    expect(person?.department?.value).toBe('finance');
  });

  it('keeps a place after the role out of the title', () => {
    const person = signalsOf(bio('Leiterin Finanzen · Innsbruck'), url, NOW)?.person;
    expect(person?.title?.value).toBe('Leiterin Finanzen');
  });
});

describe('domains made from a name', () => {
  it('reads the first words spelled and the rest as initials ("alzettefp" for "Alzette Fund Partners")', () => {
    expect(abbreviates('Alzette Fund Partners S.à r.l.', 'alzettefp')).toBe(true);
    expect(abbreviates('Alzette Fund Partners', 'alzettef')).toBe(false);
    expect(abbreviates('Alzette Fund Partners', 'alzettepf')).toBe(false);
  });

  it("reads the employer's site its own description writes after its name", () => {
    const text =
      'Underhållstekniker\nSkoglund Ytbehandling AB\nSkoglund Ytbehandling AB grundades 1971 i Värnamo. ' +
      'Läs mer på www.skoglund.se.\nAnsök senast 2026-12-20.';
    expect(writtenShortenedSite(text, 'Skoglund Ytbehandling AB', 'arbetsformedlingen.se')).toBe('skoglund.se');
  });

  it('never takes a site that spells no first word, nor a first word too short to be a brand', () => {
    const other = 'Skoglund Ytbehandling AB söker tekniker. Rekrytering via www.smalandbemanning.se.';
    expect(writtenShortenedSite(other, 'Skoglund Ytbehandling AB', 'arbetsformedlingen.se')).toBeUndefined();
    const short = 'Nord Lack AB söker lackerare. Läs mer på www.nord.se.';
    expect(writtenShortenedSite(short, 'Nord Lack AB', 'arbetsformedlingen.se')).toBeUndefined();
  });
});

describe('site builders and trackers of the Nordics and the German-speaking countries', () => {
  const techOf = (head: string, body = '<p>Välkommen</p>') =>
    signalsOf(
      `<html><head><title>Brask Lab</title>${head}</head><body>${body}</body></html>`,
      'https://brask.test/',
      NOW,
    )?.company?.technologies?.value.map((t) => t.name) ?? [];

  it('reads Sitevision from its portlets, IONOS MyWebsite from its generator tag, Leadfeeder from its snippet', () => {
    expect(techOf('', '<div class="sv-layout"><div class="sv-portlet sv-text-portlet">Om oss</div></div>')).toContain(
      'Sitevision',
    );
    expect(techOf('<meta name="generator" content="IONOS MyWebsite">')).toContain('IONOS MyWebsite');
    const snippet =
      "<script>(function(ss,ex){window.ldfdr=window.ldfdr||function(){(ldfdr._q=ldfdr._q||[]).push([].slice.call(arguments));};(function(d,s){fs=d.getElementsByTagName(s)[0];function ce(src){var cs=d.createElement(s);cs.src=src;cs.async=1;fs.parentNode.insertBefore(cs,fs);};ce('https://sc.lfeeder.com/lftracker_v1_'+ss+(ex?'_'+ex:'')+'.js');})(document,'script');})('abc');</script>";
    expect(techOf(snippet)).toContain('Leadfeeder');
  });

  it('names none of them from a page that only mentions them', () => {
    const names = techOf('', '<p>Sitevision AB levererar vår webbplats. Vi använder inte Leadfeeder eller IONOS.</p>');
    expect(names).not.toContain('Sitevision');
    expect(names).not.toContain('Leadfeeder');
    expect(names).not.toContain('IONOS MyWebsite');
  });
});

describe("a head's bio under an address that names the role, not the person", () => {
  const bio = (title: string) => `<html lang="fr"><head><title>${title}</title>
    <meta property="og:site_name" content="Gave Usinage"></head><body>
    <nav><a href="/">Accueil</a> › <a href="/entreprise/">Entreprise</a></nav>
    <h1>Lucien Barrère</h1><p>Président</p><p>Lucien Barrère a repris l'entreprise en 2014 et la dirige depuis.</p>
    <footer>© 2026 Gave Usinage SAS</footer></body></html>`;
  const url = 'https://www.gave-usinage.fr/entreprise/le-president/';

  it('reads the person whose name and role open the page title', () => {
    const person = signalsOf(bio('Lucien Barrère, Président - Gave Usinage'), url, NOW)?.person;
    expect(person?.name?.value).toBe('Lucien Barrère');
    expect(person?.title?.value).toBe('Président');
  });

  it('reads nobody where the title gives no role beside the name', () => {
    expect(signalsOf(bio('Lucien Barrère - Gave Usinage'), url, NOW)?.person?.name).toBeUndefined();
  });
});

describe('Portuguese managing partners', () => {
  it('files a "sócia-gerente" of a Lda. with the executives', () => {
    expect(classifyTitle('Sócia-gerente')).toEqual({ seniority: 'owner', department: 'executive' });
  });
});
