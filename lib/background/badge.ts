import { browser } from 'wxt/browser';
import { TIER_NAMES, type Tier } from '../scoring/types';

/** One colour per tier, readable behind white badge text. */
export const TIER_COLORS: Record<Tier, string> = {
  A: '#15803d',
  B: '#2563eb',
  C: '#b45309',
  D: '#7c2d12',
  X: '#b91c1c',
  // Neutral: not a verdict on the company, only on how much the pages said.
  '?': '#64748b',
};

/** Shows the tier on the toolbar button for one tab; no tier clears it. */
export async function setTierBadge(tabId: number, tier: Tier | undefined): Promise<void> {
  // Chrome MV3 has `action`; Firefox MV2 has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  try {
    await action.setBadgeText({ tabId, text: tier ?? '' });
    if (tier) await action.setBadgeBackgroundColor({ tabId, color: TIER_COLORS[tier] });
    await action.setTitle({ tabId, title: tier ? `ICP Lens: ${TIER_NAMES[tier]}` : 'ICP Lens: score this page' });
  } catch {
    // The tab closed between the score and the badge: nothing to show.
  }
}
