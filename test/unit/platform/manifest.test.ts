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

  it('code built without the flag (unit tests, Node scripts) assumes the store build', () => {
    expect(CONTENT_SCRIPT_MATCHES).toEqual(PROFILE_SITE_MATCHES);
  });
});
