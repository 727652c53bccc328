import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  ALL_SITES,
  requestSites,
  requestTabSiteInToolbar,
  siteLabel,
  sitePattern,
} from '../../lib/platform/site-access';

type Outcome = 'toolbar' | 'declined' | 'no-site' | { error: string } | undefined;

/**
 * The "Page not accessible" offer: allow ICP Lens on this site or on all sites (optional host permissions), then
 * read the tab. Each button calls the browser's request directly in its click handler: the request needs the click.
 */
export function GrantAccess({ tabId, onGranted }: { tabId: number; onGranted: () => void }) {
  // The tab's address is visible only where ICP Lens already has some access; otherwise Chrome names the site itself.
  const [site, setSite] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<Outcome>();
  const granted = useRef(onGranted);
  const asking = useRef(false);
  granted.current = onGranted;
  useEffect(() => {
    let alive = true;
    browser.tabs.get(tabId).then(
      (tab) => alive && setSite(sitePattern(tab.url)),
      () => undefined,
    );
    // A grant made elsewhere (Chrome's toolbar, the settings page) reads the page as well; one asked for here is
    // read when the request resolves, not twice.
    const onAdded = () => {
      if (!asking.current) granted.current();
    };
    browser.permissions.onAdded.addListener(onAdded);
    return () => {
      alive = false;
      browser.permissions.onAdded.removeListener(onAdded);
    };
  }, [tabId]);

  const ask = (origins: string[]) => {
    asking.current = true;
    requestSites(origins)
      .then(
        (allowed) => (allowed ? onGranted() : setOutcome('declined')),
        (error: unknown) => setOutcome({ error: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => {
        asking.current = false;
      });
  };
  const allowThisSite = () => {
    if (site) return ask([site]);
    requestTabSiteInToolbar(tabId).then(
      (asked) => setOutcome(asked ? 'toolbar' : 'no-site'),
      (error: unknown) => setOutcome({ error: error instanceof Error ? error.message : String(error) }),
    );
  };

  return (
    <div class="grant-access" data-testid="grant-access">
      <p>Or let ICP Lens read it every time you visit: you can take this back at any time in the settings.</p>
      <div class="actions">
        <button type="button" class="primary" data-testid="allow-site" onClick={allowThisSite}>
          {site ? `Allow on ${siteLabel(site)}` : 'Allow on this site'}
        </button>
        <button type="button" data-testid="allow-all" onClick={() => ask([ALL_SITES])}>
          Allow on all sites
        </button>
      </div>
      <OutcomeText outcome={outcome} />
    </div>
  );
}

function OutcomeText({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  const text =
    outcome === 'toolbar'
      ? 'Your browser now offers access in its toolbar: open the Extensions menu (the puzzle piece) and allow ICP Lens ' +
        'on this site. The page is read as soon as you do.'
      : outcome === 'declined'
        ? 'Access was not granted. ICP Lens still reads this page when you click its toolbar button.'
        : outcome === 'no-site'
          ? 'Your browser does not tell ICP Lens which site this tab shows. Click the ICP Lens toolbar button on ' +
            'the page to read it once, or allow all sites.'
          : `The browser refused: ${outcome.error}`;
  return (
    <p class="hint" data-testid="grant-outcome" role="status">
      {text}
    </p>
  );
}
