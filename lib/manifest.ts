import { HUBSPOT_API_MATCH } from './crm/hubspot/hosts';
import { SALESFORCE_HOST_MATCHES } from './crm/salesforce/hosts';
import { TWENTY_API_MATCH } from './crm/twenty/hosts';
import { ALL_SITES, alwaysMatches } from './platform/hosts';

/**
 * The manifest beyond what WXT derives from the entrypoints. Least privilege (DESIGN.md "Permissions"):
 * - storage: the per-tab state of the side panel (session storage) survives service-worker restarts;
 * - activeTab + scripting: read the current page on demand (toolbar button, context menu) on any site;
 * - contextMenus: "Score this page";
 * - alarms: the team's ICP file (settings page) is checked again once a day;
 * - offscreen (Chrome only; Firefox's background page parses pages itself): research parses the pages it fetched of a
 *   company's own site in an offscreen document, since a service worker has no DOMParser (lib/research/reader.ts);
 * - sidePanel: added by WXT for the Chrome side panel (Firefox uses sidebar_action instead);
 * - host access only for the profile sites, plus local pages in the development build (`localHosts`: the demo page
 *   `npm start` serves, the e2e fixture sites; never in the store build, wxt.config.ts); every other site is an optional permission the user grants from the panel, per site or for all sites, and can
 *   revoke (lib/platform/site-access.ts); the content script is then registered for those sites at run time;
 * - HubSpot's API host, optional too: asked for when the user connects HubSpot in the settings (lib/crm), not at
 *   install, and given back on disconnect;
 * - Salesforce orgs' hosts (*.salesforce.com, *.salesforce.mil), optional: connecting asks for the one org's address;
 *   `identity` (launchWebAuthFlow, to sign in to Salesforce) is optional in Chrome, asked for with it; Firefox does not
 *   accept `identity` as optional and grants it without a prompt, so there it is a plain permission;
 * - Twenty's cloud API host, optional: asked for when the user connects Twenty; a self-hosted workspace's https origin
 *   is asked for the same way, under the optional "all sites" pattern.
 */
export function buildManifest(browser: string, localHosts: boolean) {
  const firefox = browser === 'firefox';
  return {
    name: 'ICP Lens',
    description: 'Transparent, configurable ICP fit scoring on any company or profile page. Local-first, no account.',
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      'alarms',
      ...(firefox ? ['identity'] : ['offscreen']),
    ],
    host_permissions: alwaysMatches(localHosts),
    // Firefox MV2 has no optional_host_permissions: host patterns go in optional_permissions.
    ...(firefox
      ? { optional_permissions: [ALL_SITES, HUBSPOT_API_MATCH, ...SALESFORCE_HOST_MATCHES, TWENTY_API_MATCH] }
      : {
          optional_permissions: ['identity'],
          optional_host_permissions: [ALL_SITES, HUBSPOT_API_MATCH, ...SALESFORCE_HOST_MATCHES, TWENTY_API_MATCH],
        }),
    // Icons: public/icon/<size>.png, rendered from public/icon.svg by `npm run icons` (WXT lists them in `icons`).
    action: {
      default_title: 'ICP Lens: score this page',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    commands: {
      // The shortcut does what the toolbar button does: opens the panel and reads the page (activeTab).
      [firefox ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open ICP Lens on this page',
      },
    },
    ...(firefox
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'icp-lens@icp-lens.dev',
              strict_min_version: '142.0',
              // Nothing leaves the browser: no data is collected or transmitted.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  };
}
