import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PROFILE_SITE_MATCHES } from '../../lib/platform/hosts';
import { watchServiceHosts } from '../../lib/platform/service-hosts';
import { listGrantedSites, removeSite, siteLabel } from '../../lib/platform/site-access';

/**
 * Site access for the settings page: the sites ICP Lens always reads, and the ones the user granted, each with
 * "Remove". Follows grants and removals made anywhere (the panel, the browser's own extension settings).
 */
export function SiteAccess() {
  const [sites, setSites] = useState<string[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const refresh = useCallback(() => {
    listGrantedSites().then(setSites, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  useEffect(() => {
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    // A CRM's host is granted first, then recorded as the connection's by the background: no site to list.
    const unwatch = watchServiceHosts(refresh);
    return () => {
      unwatch();
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [refresh]);

  const remove = async (site: string) => {
    setError(undefined);
    try {
      if (!(await removeSite(site))) setError(`${siteLabel(site)} could not be removed.`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    refresh();
  };

  return (
    <section class="settings-section site-access" data-testid="site-access" aria-labelledby="site-access-title">
      <h2 id="site-access-title">Site access</h2>
      <p>
        Always read: {PROFILE_SITE_MATCHES.map(siteLabel).join(', ')}, and local pages. Any other page is read when you
        click the ICP Lens toolbar button on it, or on the sites you allowed:
      </p>
      {sites === undefined ? (
        <p class="hint">Loading…</p>
      ) : sites.length === 0 ? (
        <p class="hint" data-testid="no-granted-sites">
          No other site allowed yet. Allow one from the panel when a page is not accessible.
        </p>
      ) : (
        <ul data-testid="granted-sites">
          {sites.map((site) => (
            <li key={site} data-site={site}>
              <span>{siteLabel(site)}</span>{' '}
              <button
                type="button"
                class="link"
                onClick={() => void remove(site)}
                aria-label={`Remove ${siteLabel(site)}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
