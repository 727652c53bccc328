import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GrantAccess } from '../../components/access/GrantAccess';
import { SiteAccess } from '../../components/access/SiteAccess';
import { ALL_SITES, CONTENT_SCRIPT_MATCHES } from '../../lib/platform/hosts';
import { GRANTED_SCRIPT_ID, syncGrantedScripts } from '../../lib/platform/registered-scripts';
import { grantedSites, siteLabel, sitePattern } from '../../lib/platform/site-access';

/** The browser's permission state, as `permissions.*` shows it: the manifest's sites plus what was granted. */
let granted: string[];
const listeners = { added: [] as Array<() => void>, removed: [] as Array<() => void> };

beforeEach(() => {
  fakeBrowser.reset();
  granted = [];
  listeners.added = [];
  listeners.removed = [];
  vi.spyOn(browser.permissions, 'getAll').mockImplementation((async () => ({
    origins: [...CONTENT_SCRIPT_MATCHES, ...granted],
    permissions: [],
  })) as never);
  vi.spyOn(browser.permissions, 'remove').mockImplementation((async ({ origins }: { origins: string[] }) => {
    granted = granted.filter((o) => !origins.includes(o));
    for (const l of listeners.removed) l();
    return true;
  }) as never);
  vi.spyOn(browser.permissions.onAdded, 'addListener').mockImplementation((l) => void listeners.added.push(l as never));
  vi.spyOn(browser.permissions.onRemoved, 'addListener').mockImplementation(
    (l) => void listeners.removed.push(l as never),
  );
  vi.spyOn(browser.permissions.onAdded, 'removeListener').mockImplementation(() => undefined);
  vi.spyOn(browser.permissions.onRemoved, 'removeListener').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

let root: HTMLElement;
async function mount(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(node, root));
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  return root;
}
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

describe('site patterns', () => {
  it('names one site (scheme and host, any port and path), web pages only', () => {
    expect(sitePattern('https://shop.example.co.uk:8443/a/b?c#d')).toBe('https://shop.example.co.uk/*');
    expect(sitePattern('http://127.0.0.2:5173/')).toBe('http://127.0.0.2/*');
    for (const url of ['chrome://extensions', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url', undefined]) {
      expect(sitePattern(url)).toBeUndefined();
    }
  });

  it('lists only what the user granted, and labels it', () => {
    expect(grantedSites([...CONTENT_SCRIPT_MATCHES, 'https://b.example/*', 'https://a.example/*'])).toEqual([
      'https://a.example/*',
      'https://b.example/*',
    ]);
    expect([ALL_SITES, 'https://a.example/*', 'http://intranet.local/*'].map(siteLabel)).toEqual([
      'All sites',
      'a.example',
      'http://intranet.local',
    ]);
  });
});

describe('content script registration', () => {
  it('registers for granted sites, updates the list, and unregisters when none is left', async () => {
    let registered: Array<{ id: string; matches?: string[] }> = [];
    vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockImplementation((async () => registered) as never);
    const store = async (scripts: typeof registered) => {
      registered = scripts;
    };
    const register = vi.spyOn(browser.scripting, 'registerContentScripts').mockImplementation(store as never);
    const update = vi.spyOn(browser.scripting, 'updateContentScripts').mockImplementation(store as never);
    const unregister = vi
      .spyOn(browser.scripting, 'unregisterContentScripts')
      .mockImplementation((() => store([])) as never);

    expect(await syncGrantedScripts()).toEqual([]);
    expect(register).not.toHaveBeenCalled();
    granted = ['https://a.example/*'];
    // Two events at once: the calls queue, so the id is registered once, then updated.
    await Promise.all([syncGrantedScripts(), syncGrantedScripts()]);
    expect(register).toHaveBeenCalledTimes(1);
    expect(registered).toEqual([
      expect.objectContaining({
        id: GRANTED_SCRIPT_ID,
        matches: ['https://a.example/*'],
        excludeMatches: CONTENT_SCRIPT_MATCHES,
        js: ['/content-scripts/content.js'],
      }),
    ]);
    granted = ['https://a.example/*', ALL_SITES];
    await syncGrantedScripts();
    expect(update).toHaveBeenLastCalledWith([expect.objectContaining({ matches: [ALL_SITES, 'https://a.example/*'] })]);
    granted = [];
    await syncGrantedScripts();
    expect(unregister).toHaveBeenCalledWith({ ids: [GRANTED_SCRIPT_ID] });
    expect(registered).toEqual([]);
  });
});

describe('SiteAccess', () => {
  it('lists granted sites; Remove revokes one and the list follows', async () => {
    granted = ['https://b.example/*', ALL_SITES];
    const el = await mount(<SiteAccess />);
    const items = () => [...el.querySelectorAll('[data-testid="granted-sites"] li')].map((li) => li.textContent);
    expect(items()).toEqual(['All sites Remove', 'b.example Remove']);
    const remove = el.querySelector('[aria-label="Remove b.example"]') as HTMLButtonElement;
    await act(async () => remove.click());
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(browser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://b.example/*'] });
    expect(items()).toEqual(['All sites Remove']);
  });

  it('says so when nothing was granted, and names the sites always read', async () => {
    const el = await mount(<SiteAccess />);
    expect(el.querySelector('[data-testid="no-granted-sites"]')).not.toBeNull();
    expect(el.textContent).toContain('www.linkedin.com');
  });
});

describe('GrantAccess', () => {
  it('asks for the tab’s site from the click itself, then reads the page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://shop.example/pricing' });
    // The browser fires onAdded before the request resolves: the page is still read once, not twice.
    const request = vi.spyOn(browser.permissions, 'request').mockImplementation((async () => {
      for (const l of listeners.added) l();
      return true;
    }) as never);
    const onGranted = vi.fn();
    const el = await mount(<GrantAccess tabId={tab.id as number} onGranted={onGranted} />);
    const button = el.querySelector('[data-testid="allow-site"]') as HTMLButtonElement;
    expect(button.textContent).toBe('Allow on shop.example');
    await act(async () => button.click());
    // Called within the click, before any await: the browser needs the gesture.
    expect(request).toHaveBeenCalledWith({ origins: ['https://shop.example/*'] });
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(onGranted).toHaveBeenCalledTimes(1);
  });

  it('all sites; a refusal is said, not thrown', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://shop.example/' });
    const request = vi.spyOn(browser.permissions, 'request').mockImplementation((async () => false) as never);
    const onGranted = vi.fn();
    const el = await mount(<GrantAccess tabId={tab.id as number} onGranted={onGranted} />);
    await act(async () => (el.querySelector('[data-testid="allow-all"]') as HTMLButtonElement).click());
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(request).toHaveBeenCalledWith({ origins: [ALL_SITES] });
    expect(onGranted).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid="grant-outcome"]')?.textContent).toMatch(/not granted/);
  });

  it('a hidden site is asked through the browser toolbar where it can, else explained', async () => {
    const tab = await fakeBrowser.tabs.create({});
    const chromeGlobal = globalThis as { chrome?: unknown };
    const saved = chromeGlobal.chrome;
    const addHostAccessRequest = vi.fn(async () => undefined);
    chromeGlobal.chrome = { permissions: { addHostAccessRequest } };
    try {
      const el = await mount(<GrantAccess tabId={tab.id as number} onGranted={() => undefined} />);
      await act(async () => (el.querySelector('[data-testid="allow-site"]') as HTMLButtonElement).click());
      await act(async () => new Promise((r) => setTimeout(r, 0)));
      expect(addHostAccessRequest).toHaveBeenCalledWith({ tabId: tab.id });
      expect(el.querySelector('[data-testid="grant-outcome"]')?.textContent).toMatch(/Extensions menu/);
      chromeGlobal.chrome = undefined;
      await act(async () => (el.querySelector('[data-testid="allow-site"]') as HTMLButtonElement).click());
      await act(async () => new Promise((r) => setTimeout(r, 0)));
      expect(el.querySelector('[data-testid="grant-outcome"]')?.textContent).toMatch(/toolbar button/);
    } finally {
      chromeGlobal.chrome = saved;
    }
  });

  it('a grant made elsewhere (the toolbar, the settings) reads the page too', async () => {
    const tab = await fakeBrowser.tabs.create({});
    const onGranted = vi.fn();
    await mount(<GrantAccess tabId={tab.id as number} onGranted={onGranted} />);
    for (const l of listeners.added) l();
    expect(onGranted).toHaveBeenCalledTimes(1);
  });
});
