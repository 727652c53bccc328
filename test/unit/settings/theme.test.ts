import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyTheme, startTheme, THEME_CACHE_KEY, type ThemeEnvironment } from '../../../lib/settings/theme';

let env: ThemeEnvironment;
let stop: (() => void) | undefined;
let stored: { framework: string; theme: string } | Error;

beforeEach(() => {
  fakeBrowser.reset();
  localStorage.clear();
  const root = document.createElement('html');
  env = { root, storage: localStorage, target: window };
  stored = { framework: 'bant', theme: 'dark' };
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    expect(message).toEqual({ type: 'ui-bg/get-settings', payload: {} });
    if (stored instanceof Error) throw stored;
    return { ok: true, data: stored };
  });
});
afterEach(() => {
  stop?.();
  vi.restoreAllMocks();
});

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('theme', () => {
  it('applies the cached theme at once, then the stored one, and caches it', async () => {
    localStorage.setItem(THEME_CACHE_KEY, 'light');
    stop = startTheme(env);
    expect(env.root.dataset.theme).toBe('light');
    await settled();
    expect(env.root.dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_CACHE_KEY)).toBe('dark');
  });

  it('starts as system without a cache, and keeps the cache when the background is unreachable', async () => {
    stored = new Error('Could not establish connection');
    stop = startTheme(env);
    expect(env.root.dataset.theme).toBe('system');
    await settled();
    expect(env.root.dataset.theme).toBe('system');
  });

  it('ignores a cached value that is not a theme', () => {
    localStorage.setItem(THEME_CACHE_KEY, '"><script>');
    stored = new Error('offline');
    stop = startTheme(env);
    expect(env.root.dataset.theme).toBe('system');
  });

  it('follows the settings-changed broadcast and other pages writing the cache', async () => {
    stop = startTheme(env);
    await settled();
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'bg-ui/settings-changed', payload: { framework: 'bant', theme: 'light' } },
      {},
      () => {},
    );
    expect(env.root.dataset.theme).toBe('light');
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'bg-ui/settings-changed', payload: { theme: 42 } },
      {},
      () => {},
    );
    expect(env.root.dataset.theme).toBe('light');
    window.dispatchEvent(new StorageEvent('storage', { key: THEME_CACHE_KEY, newValue: 'system' }));
    expect(env.root.dataset.theme).toBe('system');
    stop();
    stop = undefined;
    window.dispatchEvent(new StorageEvent('storage', { key: THEME_CACHE_KEY, newValue: 'dark' }));
    expect(env.root.dataset.theme).toBe('system');
  });

  it('applyTheme caches the choice for the next start', () => {
    applyTheme('dark', env);
    expect(env.root.dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_CACHE_KEY)).toBe('dark');
  });
});
