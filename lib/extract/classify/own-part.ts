import type { PageSample } from '../../signals/sample';
import { findBrand } from '../brand';
import { isJobPage } from '../job-hosts';
import { ownBoilerplate, postingCompanyText, sampleBrands } from '../text/sections';
import { aboutSection, isStoryAt } from './page';

// The Nordic and Finnish release's labels and its closing "Om <issuer>" / "Tietoa <issuer>" heading, which the
// shared boilerplate reader (../text/sections.ts) does not know.
const NORDIC_RELEASE = /\b(?:pressmeddelande|pressemelding|pressemeddelelse|tiedote|lehdistotiedote)\b/i;
const NORDIC_ABOUT = /^(?:om|tietoa) (.{2,60}?)\s*:?$/;

/** A Nordic release's "Om <issuer>" section, when the heading names the site's brand. */
function nordicBoilerplate(text: string, brands: string[]): string {
  if (!brands.length || !NORDIC_RELEASE.test(text)) return '';
  return aboutSection(
    text,
    (line) => {
      const name = NORDIC_ABOUT.exec(line)?.[1];
      return !!name && !!findBrand(name, brands);
    },
    text.length,
  );
}

export interface OwnPart {
  /** The page's sample reduced to what speaks for the company. */
  sample: PageSample;
  /** A description the page stated, as far as it may still classify the company (undefined: not at all). */
  description: (text: string) => string | undefined;
}

/**
 * The part of a page the industry group may be read from when the rest is about something else: on a job posting,
 * the page without its role (a marketing role at a software maker is not marketing): the role's sections, its title
 * in the page's title and descriptions, the ATS's links (lib/extract/text/sections.ts); on a press release on the
 * issuer's own site, its "About <issuer>" boilerplate alone (the release reads like news, the issuer is no publisher,
 * and its teaser is about the news). Undefined on any other page: the whole sample counts.
 */
export function ownPart(sample: PageSample, url: string): OwnPart | undefined {
  if (isJobPage(url) || sample.posting) {
    // The role's title heads the page and names the posting in its title and descriptions.
    const role = sample.headings.split('\n')[0]?.trim() ?? '';
    const withoutRole = (text: string) => (role.length > 3 ? text.split(role).join(' ') : text);
    return {
      sample: {
        text: withoutRole(postingCompanyText(sample.text)),
        about: withoutRole(sample.about),
        headings: '',
        types: sample.types,
        tels: [],
      },
      description: withoutRole,
    };
  }
  if (!isStoryAt(sample, url)) return undefined;
  const brands = sampleBrands(sample, url);
  const boilerplate = ownBoilerplate(sample.text, brands) || nordicBoilerplate(sample.text, brands);
  if (!boilerplate) return undefined;
  return { sample: { text: '', about: boilerplate, headings: '', types: [], tels: [] }, description: () => undefined };
}
