import type { PeopleCard } from '../../signals/people-source';
import { collectTeam } from './collect';
import { collectLinkedinPeople } from './linkedin';

/**
 * The content script's reading of the people a page lists: a LinkedIn company page's people, or a company site's
 * team and leadership sections. Other platform pages list no one of the company's. Never throws.
 */
export function collectPeople(doc: Document, url: string, platform: boolean): PeopleCard[] {
  try {
    if (!platform) return collectTeam(doc, url);
    return /(^|\.)linkedin\.com$/i.test(new URL(url).hostname) ? collectLinkedinPeople(doc, url) : [];
  } catch {
    return [];
  }
}
