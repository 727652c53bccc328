import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { twentyRoutes } from '../../../lib/background/twenty-handlers';
import { TEST_LOOPBACK_KEY } from '../../../lib/crm/twenty/connection';
import { CONTENT_SCRIPT_MATCHES } from '../../../lib/platform/hosts';
import { GRANTED_SCRIPT_ID } from '../../../lib/platform/registered-scripts';
import { claimGrantedHosts, releaseServiceHosts } from '../../../lib/platform/service-connections';
import {
  forgetServiceHosts,
  recordServiceHosts,
  serviceHosts,
  watchServiceHosts,
} from '../../../lib/platform/service-hosts';
import { listGrantedSites } from '../../../lib/platform/site-access';
import { startTwentyMock } from '../../mocks/twenty-server';

const HUBSPOT = 'https://api.hubapi.com/*';
const BROKER = 'https://broker.acme.example/*';
const SITE = 'https://shop.example/*';

/** The browser's permission state (the manifest's sites plus the optional grants) and the registered script. */
let granted: string[];
let registered: Array<{ id: string; matches?: string[] }>;

beforeEach(() => {
  fakeBrowser.reset();
  granted = [];
  registered = [];
  vi.spyOn(browser.permissions, 'getAll').mockImplementation((async () => ({
    origins: [...CONTENT_SCRIPT_MATCHES, ...granted],
    permissions: [],
  })) as never);
  vi.spyOn(browser.permissions, 'contains').mockImplementation((async ({ origins }: { origins: string[] }) =>
    origins.every((o) => granted.includes(o))) as never);
  vi.spyOn(browser.permissions, 'remove').mockImplementation((async ({ origins }: { origins: string[] }) => {
    granted = granted.filter((o) => !origins.includes(o));
    return true;
  }) as never);
  const store = async (scripts: typeof registered) => {
    registered = scripts;
  };
  vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockImplementation((async () => registered) as never);
  vi.spyOn(browser.scripting, 'registerContentScripts').mockImplementation(store as never);
  vi.spyOn(browser.scripting, 'updateContentScripts').mockImplementation(store as never);
  vi.spyOn(browser.scripting, 'unregisterContentScripts').mockImplementation((() => store([])) as never);
});
afterEach(() => vi.restoreAllMocks());

describe('the record of service hosts', () => {
  it('keeps each connection’s patterns, and on forgetting one gives back those no other connection holds', async () => {
    await recordServiceHosts('hubspot', [HUBSPOT, BROKER]);
    await recordServiceHosts('hubspot', [HUBSPOT]);
    await recordServiceHosts('twenty', [BROKER]);
    expect([...(await serviceHosts())].sort()).toEqual([HUBSPOT, BROKER].sort());

    // The broker's host is Twenty's too: it stays; the connection's current host counts even if never recorded.
    expect(await forgetServiceHosts('hubspot', ['https://eu1.api.hubapi.com/*'])).toEqual([
      HUBSPOT,
      'https://eu1.api.hubapi.com/*',
    ]);
    expect([...(await serviceHosts())]).toEqual([BROKER]);
    expect(await forgetServiceHosts('twenty')).toEqual([BROKER]);
    expect(await serviceHosts()).toEqual(new Set());
  });

  it('reads a damaged record as empty, and tells a page when the record changes', async () => {
    await fakeBrowser.storage.local.set({ 'platform.serviceHosts': { hubspot: 'not a list' } });
    expect(await serviceHosts()).toEqual(new Set());
    const listener = vi.fn();
    const unwatch = watchServiceHosts(listener);
    await recordServiceHosts('twenty', [BROKER]);
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(listener).toHaveBeenCalledTimes(1);
    unwatch();
    await recordServiceHosts('twenty', [HUBSPOT]);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('granted sites and service hosts', () => {
  it('a CRM’s host is no site to read: not listed, not registered for the content script', async () => {
    granted = [SITE, HUBSPOT];
    expect(await listGrantedSites()).toEqual([HUBSPOT, SITE]);

    expect(await claimGrantedHosts('hubspot', [HUBSPOT])).toBe(true);
    expect(await listGrantedSites()).toEqual([SITE]);
    expect(registered).toEqual([expect.objectContaining({ id: GRANTED_SCRIPT_ID, matches: [SITE] })]);
  });

  it('a host the browser did not grant is not claimed', async () => {
    expect(await claimGrantedHosts('hubspot', [HUBSPOT, BROKER])).toBe(false);
    granted = [HUBSPOT];
    expect(await claimGrantedHosts('hubspot', [HUBSPOT, BROKER])).toBe(false);
    expect(await serviceHosts()).toEqual(new Set());
  });

  it('releasing a connection removes its permissions, except one another connection still needs', async () => {
    granted = [SITE, HUBSPOT, BROKER];
    await claimGrantedHosts('hubspot', [HUBSPOT, BROKER]);
    await claimGrantedHosts('twenty', [BROKER]);
    await releaseServiceHosts('hubspot', [HUBSPOT]);
    expect(browser.permissions.remove).toHaveBeenCalledWith({ origins: [HUBSPOT] });
    expect(granted).toEqual([SITE, BROKER]);
    // Still Twenty's: neither a site to read nor registered.
    expect(await listGrantedSites()).toEqual([SITE]);
    expect(registered).toEqual([expect.objectContaining({ matches: [SITE] })]);
  });
});

describe('connecting and disconnecting Twenty', () => {
  const KEY = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1bml0In0.UnitOnlyKeyForTheLocalTwenty0000';

  it('a refused attempt still leaves the workspace a CRM host; disconnecting gives the permission back', async () => {
    const mock = await startTwentyMock(KEY);
    try {
      const pattern = `${mock.origin}/*`;
      await fakeBrowser.storage.local.set({ [TEST_LOOPBACK_KEY]: true });
      granted = [SITE, pattern];
      const connect = twentyRoutes['ui-bg/twenty-connect'];
      const disconnect = twentyRoutes['ui-bg/twenty-disconnect'];
      if (!connect || !disconnect) throw new Error('Twenty routes missing');
      const context = {} as never;

      await expect(connect({ baseUrl: mock.origin, apiKey: `${KEY.slice(0, -4)}XXXX` }, context)).rejects.toThrow();
      expect(await listGrantedSites()).toEqual([SITE]);
      await connect({ baseUrl: mock.origin, apiKey: KEY }, context);
      expect(registered).toEqual([expect.objectContaining({ matches: [SITE] })]);

      await disconnect({}, context);
      expect(browser.permissions.remove).toHaveBeenCalledWith({ origins: [pattern] });
      expect(granted).toEqual([SITE]);
      expect(await serviceHosts()).toEqual(new Set());
    } finally {
      await mock.close();
    }
  });
});
