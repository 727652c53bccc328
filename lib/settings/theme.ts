import { browser } from 'wxt/browser';
import { sendToBackground } from '../messaging/client';
import { protocol } from '../messaging/protocol';
import { type Settings, THEMES } from './settings';

export type ThemeChoice = Settings['theme'];

/** The last theme seen, per extension origin: read synchronously at start so a page never flashes the wrong colours. */
export const THEME_CACHE_KEY = 'icp-lens-theme';

const isChoice = (value: unknown): value is ThemeChoice => (THEMES as readonly unknown[]).includes(value);

export interface ThemeEnvironment {
  root: HTMLElement;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

const pageEnvironment = (): ThemeEnvironment => ({
  root: document.documentElement,
  storage: localStorage,
  target: window,
});

/**
 * Shows a theme: `data-theme` on the root selects the palette of assets/theme.css (`system` lets the browser's
 * prefers-color-scheme decide, through CSS alone), and the choice is cached for the next page start.
 */
export function applyTheme(choice: ThemeChoice, env: ThemeEnvironment = pageEnvironment()): void {
  env.root.dataset.theme = choice;
  if (env.storage.getItem(THEME_CACHE_KEY) !== choice) env.storage.setItem(THEME_CACHE_KEY, choice);
}

/**
 * Applies the stored theme to an extension page and keeps it current: the cached choice at once, then the stored one
 * (`ui-bg/get-settings`), then every change: a `bg-ui/settings-changed` broadcast, or another page of ours writing
 * the cache (`storage` event). Returns a function that stops listening.
 */
export function startTheme(env: ThemeEnvironment = pageEnvironment()): () => void {
  const cached = env.storage.getItem(THEME_CACHE_KEY);
  env.root.dataset.theme = isChoice(cached) ? cached : 'system';

  void sendToBackground<Settings, 'ui-bg/get-settings'>('ui-bg/get-settings', {})
    .then((settings) => applyTheme(settings.theme, env))
    // The background is unreachable for a moment (updating): the cached theme stands.
    .catch(() => undefined);

  const onMessage = (message: unknown) => {
    const { type, payload } = (message ?? {}) as { type?: unknown; payload?: unknown };
    if (type !== 'bg-ui/settings-changed') return undefined;
    const parsed = protocol['bg-ui/settings-changed'].payload.safeParse(payload);
    if (parsed.success) applyTheme(parsed.data.theme, env);
    return undefined;
  };
  const onStorage = (event: Event) => {
    const { key, newValue } = event as StorageEvent;
    if (key === THEME_CACHE_KEY && isChoice(newValue)) applyTheme(newValue, env);
  };
  browser.runtime.onMessage.addListener(onMessage);
  env.target.addEventListener('storage', onStorage);
  return () => {
    browser.runtime.onMessage.removeListener(onMessage);
    env.target.removeEventListener('storage', onStorage);
  };
}
