import { LIMITS } from '../../signals/limits';
import type { CompanySignals } from '../../signals/schema';
import type { PageTraces } from '../../signals/traces';
import { type FactContext, makeFact } from '../facts';
import { isJobPage } from '../job-hosts';
import { hostedTenant, isPlatformUrl } from '../platforms';
import { FINGERPRINTS } from './fingerprints';
import { matchTraces } from './match';

/**
 * Technologies the page's source proves (lib/extract/tech/fingerprints.ts): vendor-hosted scripts, iframes and
 * stylesheets, generator meta tags, asset paths, DOM markers, inline loader snippets. Split in two so the
 * fingerprint table stays out of the content script (its 100 KB budget) and the page pays for a cheap walk only:
 * the content script collects capped traces (traces.ts: hosts and paths, URLs in inline loaders, generator metas,
 * outbound links, and which of the generated markers.ts selectors and inline-code markers occur) and sends them in
 * PageSignals; the background matches them here, in normalizePage (lib/signals/normalize.ts), then drops them.
 *
 * Never the visible text, so a page that only mentions a vendor shows nothing; nodes injected by other extensions
 * are skipped when collecting. A technology needs one strong indicator or two weak ones. On a platform (LinkedIn,
 * GitHub...) the source is the platform's, not the profile's company's, so nothing is reported. Never throws.
 */
export function detectTechnologies(traces: PageTraces, ctx: FactContext): CompanySignals['technologies'] {
  try {
    // A job board's or an ATS's page source is the board's, even on the employer's own board; on an ATS's board the
    // employer's one certain technology is the ATS itself ("siampolar.recruitee.com": Recruitee), also where the URL
    // names no tenant ("recruiting.paylocity.com/Recruiting/Jobs/Details/2391844": Paylocity).
    if (isJobPage(ctx.url)) return atsItself(ctx);
    if (isPlatformUrl(ctx.url) && !hostedTenant(ctx.url)) return undefined;
    const evidence = matchTraces(traces);
    const found: Array<{ name: string; category: string }> = [];
    let allStrong = true;
    for (const [fp, indicators] of [...evidence].sort((a, b) => a[0] - b[0])) {
      let score = 0;
      for (const strong of indicators.values()) score += strong ? 2 : 1;
      const f = FINGERPRINTS[fp];
      if (!f || score < 2) continue;
      if (![...indicators.values()].some(Boolean)) allStrong = false;
      found.push({ name: f.name, category: f.category });
      if (found.length >= LIMITS.list * 4) break;
    }
    if (!found.length) return undefined;
    return makeFact(ctx, 'tech', found, undefined, allStrong ? 0.85 : 0.65);
  } catch {
    return undefined;
  }
}

/**
 * The ATS whose host serves the page, as the employer's technology: a fingerprint's host or board link, its path left
 * aside ("bamboohr.com/careers" serves "acme.bamboohr.com/careers/87").
 */
function atsItself(ctx: FactContext): CompanySignals['technologies'] {
  const host = new URL(ctx.url).hostname.toLowerCase();
  const serves = (h: string) => {
    const name = h.split('/')[0] ?? '';
    return host === name || host.endsWith(`.${name}`);
  };
  const ats = FINGERPRINTS.find((f) => f.category === 'ATS' && [...(f.hosts ?? []), ...(f.anchors ?? [])].some(serves));
  return ats ? makeFact(ctx, 'tech', [{ name: ats.name, category: ats.category }], undefined, 0.85) : undefined;
}

export { FINGERPRINTS, TECH_CATEGORIES } from './fingerprints';
