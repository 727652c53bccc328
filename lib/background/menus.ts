import { type Browser, browser } from 'wxt/browser';

const MENU_SCORE = 'icp-lens-score-page';

/** The context-menu entries; created once on install (menus persist across service-worker restarts). */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_SCORE, title: 'Score this page with ICP Lens', contexts: ['page', 'link'] });
}

/** Routes a menu click; `onScore` reads the page on demand (the click grants activeTab). */
export function onMenuClicked(onScore: (tab: Browser.tabs.Tab | undefined) => void): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_SCORE) onScore(tab);
  });
}
