import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { launchWithExtension } from './browser';

/**
 * Chromium with the extension and a DevTools endpoint for the browser itself, whose `Extensions.triggerAction` does
 * what a click on the extension's toolbar button does, user gesture and `activeTab` grant included. Playwright cannot
 * reach the toolbar otherwise.
 */
export async function launchWithToolbar(...args: string[]) {
  const launched = await launchWithExtension({
    args: ['--remote-debugging-port=0', '--enable-unsafe-extension-debugging', ...args],
  });
  const [port] = readFileSync(join(launched.userDataDir, 'DevToolsActivePort'), 'utf8').split('\n');
  const devtools = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const cdp = await devtools.newBrowserCDPSession();

  /** Clicks the toolbar button with the tab showing `url` active. */
  const clickToolbarButton = async (url: string) => {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((target) => target.type === 'tab' && target.url === url);
    if (!tab) throw new Error(`no tab shows ${url}`);
    await cdp.send('Extensions.triggerAction' as never, { id: launched.extensionId, targetId: tab.targetId } as never);
  };
  return { ...launched, clickToolbarButton };
}
