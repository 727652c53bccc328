import { browser } from 'wxt/browser';
import type { Launch } from '../crm/oauth';

/** The address a CRM sends the browser back to after signing in: the app's redirect (callback) URL. */
export function callbackUrl(): string {
  return browser.identity?.getRedirectURL?.() ?? `https://${browser.runtime.id}.chromiumapp.org/`;
}

/**
 * The browser's sign-in window (identity.launchWebAuthFlow), or an error in words when the page has not been given
 * the identity permission (optional in Chrome, asked for by the settings page before signing in).
 */
export function webAuthLaunch(crm: string): Launch {
  if (!browser.identity?.launchWebAuthFlow) {
    throw new Error(`ICP Lens needs your permission to open the ${crm} sign-in: allow it when the browser asks`);
  }
  return (url) => browser.identity.launchWebAuthFlow({ url, interactive: true });
}
