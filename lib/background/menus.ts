import { type Browser, browser } from 'wxt/browser';

const MENU_SCORE = 'icp-lens-score-page';
const MENU_SAVE = 'icp-lens-save-lead';

/** The context-menu entries; created once on install (menus persist across service-worker restarts). */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_SCORE, title: 'Score this page with ICP Lens', contexts: ['page', 'link'] });
  browser.contextMenus.create({ id: MENU_SAVE, title: 'Save lead with ICP Lens', contexts: ['page'] });
}

type OnTab = (tab: Browser.tabs.Tab | undefined) => void;

/**
 * Routes a menu click; both entries read the page on demand (the click grants activeTab). `onSave` also marks what
 * the page is about as a saved lead once it has been read.
 */
export function onMenuClicked(onScore: OnTab, onSave?: OnTab): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_SCORE) onScore(tab);
    if (info.menuItemId === MENU_SAVE) (onSave ?? onScore)(tab);
  });
}
