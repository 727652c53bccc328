import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../../lib/manifest';
import { CONTENT_SCRIPT_MATCHES, LOCAL_MATCHES, PROFILE_SITE_MATCHES } from '../../../lib/platform/hosts';

const LOCAL = /localhost|127\.0\.0\.1/;

describe('the manifest', () => {
  it.each(['chrome', 'firefox'])('%s store build: the profile sites only, no local host', (browser) => {
    const manifest = buildManifest(browser, false);
    expect(manifest.host_permissions).toEqual(PROFILE_SITE_MATCHES);
    expect(JSON.stringify(manifest)).not.toMatch(LOCAL);
  });

  it('development build: the local pages the demo and the tests are served on', () => {
    expect(buildManifest('chrome', true).host_permissions).toEqual([...PROFILE_SITE_MATCHES, ...LOCAL_MATCHES]);
  });

  it('Salesforce: its hosts and (in Chrome) identity are optional, asked for when the user connects', () => {
    const chrome = buildManifest('chrome', false) as unknown as Record<string, string[]>;
    expect(chrome.optional_host_permissions).toEqual(
      expect.arrayContaining(['https://*.salesforce.com/*', 'https://*.salesforce.mil/*']),
    );
    expect(chrome.optional_permissions).toEqual(['identity']);
    expect(chrome.permissions).not.toContain('identity');
    // Firefox accepts identity only as a plain permission (no prompt there); its hosts stay optional.
    const firefox = buildManifest('firefox', false) as unknown as Record<string, string[]>;
    expect(firefox.permissions).toContain('identity');
    expect(firefox.optional_permissions).toEqual(expect.arrayContaining(['https://*.salesforce.com/*']));
    expect(JSON.stringify([chrome.host_permissions, firefox.host_permissions])).not.toMatch(/salesforce/);
  });

  it('Twenty: its cloud API host is optional (a self-hosted origin falls under the optional all-sites pattern)', () => {
    const chrome = buildManifest('chrome', false) as unknown as Record<string, string[]>;
    expect(chrome.optional_host_permissions).toEqual(expect.arrayContaining(['https://api.twenty.com/*', '*://*/*']));
    const firefox = buildManifest('firefox', false) as unknown as Record<string, string[]>;
    expect(firefox.optional_permissions).toEqual(expect.arrayContaining(['https://api.twenty.com/*']));
    expect(JSON.stringify([chrome.host_permissions, firefox.host_permissions])).not.toMatch(/twenty/);
  });

  it("HubSpot sign-in: HubSpot's API, any team's broker and (in Chrome) identity are optional, none at install", () => {
    const chrome = buildManifest('chrome', false) as unknown as Record<string, string[]>;
    const firefox = buildManifest('firefox', false) as unknown as Record<string, string[]>;
    // A broker is the team's own https host: only the all-sites optional pattern covers it, asked for one origin.
    for (const optional of [chrome.optional_host_permissions, firefox.optional_permissions])
      expect(optional).toEqual(expect.arrayContaining(['https://api.hubapi.com/*', '*://*/*']));
    expect(chrome.optional_permissions).toContain('identity');
    expect(JSON.stringify([chrome.host_permissions, firefox.host_permissions])).not.toMatch(/hubapi|\*:\/\/\*/);
  });

  it('code built without the flag (unit tests, Node scripts) assumes the store build', () => {
    expect(CONTENT_SCRIPT_MATCHES).toEqual(PROFILE_SITE_MATCHES);
  });
});
