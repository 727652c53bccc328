import { describeError } from '../data/storage-errors';
import type { IcpLensDb } from '../db/db';
import { getActiveIcp } from '../db/icps';
import { recordPage } from '../db/record-page';
import type { Payload } from '../messaging/protocol';
import type { ScoredView, TabView } from '../messaging/views';
import { offerOf } from '../people/buying-role';
import { accountPeople, accountPerson, questionContext } from '../people/view';
import { bankFor, elementsOf } from '../questions/banks';
import { rankQuestions } from '../questions/rank';
import { getSettings } from '../settings/settings';
import { hasSignals } from '../signals/presence';
import type { PageSource } from '../signals/source';
import { loadTriggers } from '../triggers/load';
import { nameTrigger } from '../triggers/questions';
import { activityTypesFor } from '../workflow/activity-types';
import { loadLeadWork } from '../workflow/lead-view';
import { saveOnReport } from '../workflow/save-intent';
import { setTierBadge } from './badge';
import { notifyTabChanged } from './notify';
import { ownPageInTab, readDemo } from './own-pages';
import { readTab } from './reader';
import { researchAfterReport, researchFor, researchRoutes } from './research-handlers';
import type { Routes } from './route-types';
import { clearTabState, getTabState, setTabState, type TabState } from './tab-state';

/** A content script reports within a second or two of being asked; after this, ask again or call it inaccessible. */
const PENDING_RETRY_MS = 4_000;

const INACCESSIBLE =
  'ICP Lens cannot read this page: it is a browser page, or a site ICP Lens has no access to. ' +
  'Click the ICP Lens toolbar button on the page to read it once.';

export { notifyTabChanged };

export async function onPageSignals(
  db: IcpLensDb,
  tabId: number,
  { url, page, source }: Omit<Payload<'cs-bg/page-source'>, 'source'> & { source?: PageSource | null },
) {
  if (!page || !hasSignals(page)) {
    await setTabState(tabId, { status: 'empty', url });
    await setTierBadge(tabId, undefined);
    await saveOnReport(db, tabId, {}, Date.now());
  } else {
    const now = Date.now();
    const icp = await getActiveIcp(db, now);
    const { account, contact, excluded } = await recordPage(db, page, icp, now).catch(async (error: unknown) => {
      // Nothing was stored (one transaction): the panel says why instead of waiting for a score.
      await setTabState(tabId, { status: 'failed', url, error: describeError(error) });
      await notifyTabChanged(tabId);
      throw error;
    });
    await saveOnReport(db, tabId, { accountId: account?.id, contactId: contact?.id }, now);
    // Signals with nobody to attach them to (no name, domain or profile of a company or person): nothing to score,
    // and a scored panel with no one in it would read as broken.
    await setTabState(
      tabId,
      excluded && !contact
        ? { status: 'excluded', url, site: excludedSiteName(excluded) }
        : !account && !contact
          ? { status: 'empty', url }
          : { status: 'scored', url, accountId: account?.id, contactId: contact?.id },
    );
    await setTierBadge(tabId, account?.score?.tier ?? contact?.score?.tier);
    // The company's own site holds what this page did not say: read a few more of its pages (lib/research).
    void researchAfterReport(db, tabId, url, source, account?.id).catch((e) => console.warn('ICP Lens: research', e));
  }
  await notifyTabChanged(tabId);
  return { ok: true as const };
}

/** An account key in words: the domain as is, a profile's address without its `profile:` prefix. */
function excludedSiteName(key: string): string {
  return key.replace(/^(profile|name):/, '');
}

/** Asks the tab to extract; the content script's report updates the state. */
export async function requestRead(tabId: number): Promise<boolean> {
  await setTabState(tabId, { status: 'pending', since: Date.now() });
  const reading = await readTab(tabId);
  if (!reading) await clearTabState(tabId);
  return reading;
}

export async function getTabView(db: IcpLensDb, tabId: number): Promise<TabView> {
  const state = await getTabState(tabId);
  if (!state || state.status === 'pending') {
    // Our own pages have no content script to wait for: the demo company is read here, the others say what to do.
    const own = await ownPageInTab(tabId);
    if (own === 'other') return { status: 'extension-page', tabId };
    if (own === 'demo') {
      void readDemo(tabId, (report) => onPageSignals(db, tabId, report)).catch(async (error: unknown) => {
        await setTabState(tabId, { status: 'failed', url: 'demo', error: describeError(error) });
        await notifyTabChanged(tabId);
      });
      return { status: 'pending', tabId };
    }
  }
  if (!state || (state.status === 'pending' && Date.now() - state.since > PENDING_RETRY_MS)) {
    // Nothing reported for this tab, or the report is overdue: try to read the page now.
    return (await requestRead(tabId))
      ? { status: 'pending', tabId }
      : { status: 'inaccessible', tabId, reason: INACCESSIBLE };
  }
  if (state.status === 'pending') return { status: 'pending', tabId };
  if (state.status === 'empty') return { status: 'empty', tabId, url: state.url };
  if (state.status === 'excluded') return { status: 'excluded', tabId, url: state.url, site: state.site };
  if (state.status === 'failed') throw new Error(state.error);
  return scoredView(db, tabId, state);
}

/** How many questions the panel offers: enough to pick from, few enough to read at a glance. */
export const QUESTIONS_SHOWN = 5;

async function scoredView(db: IcpLensDb, tabId: number, state: Extract<TabState, { status: 'scored' }>) {
  const now = Date.now();
  const [icp, { framework }] = await Promise.all([getActiveIcp(db), getSettings(db)]);
  const account = state.accountId ? await db.accounts.get(state.accountId) : undefined;
  const contact = state.contactId ? await db.contacts.get(state.contactId) : undefined;
  // Deleted since the page was read (from the Leads page, or "delete all"): the panel says there is nothing to show.
  if (!account && !contact) return { status: 'empty' as const, tabId, url: state.url };
  const employer =
    contact?.accountId && contact.accountId !== account?.id ? await db.accounts.get(contact.accountId) : undefined;
  const company = account ?? employer;
  const bank = bankFor(framework);
  const input = { icp, elements: elementsOf(framework), now, answersAccountId: company?.id };
  const accountWork = company && (await loadLeadWork(db, { kind: 'account', id: company.id }, company, input));
  const contactWork =
    contact && (await loadLeadWork(db, { kind: 'contact', id: contact.id }, contact, { ...input, employer: company }));
  // The company's people, best persona fit first; the questions name its likely economic buyer and champion.
  const people = company ? await accountPeople(db, company.id, icp) : undefined;
  const triggers = company ? await loadTriggers(db, company.id, icp, now) : [];
  const ranked = company?.score
    ? rankQuestions(
        {
          icp,
          signals: company.signals,
          score: company.score,
          bank,
          answered: accountWork?.status.qualification.elements,
          context: questionContext(people),
        },
        QUESTIONS_SHOWN,
      )
    : [];
  // The strongest why-now trigger leads the timing question, so the seller can open with it.
  const questions = nameTrigger(ranked, triggers[0]);
  const view: ScoredView = {
    status: 'scored',
    tabId,
    url: state.url,
    icp: { id: icp.id, name: icp.name },
    account,
    contact,
    employer,
    framework: { id: framework, name: bank.name, elements: [...bank.elements] },
    questions,
    accountWork,
    contactWork,
    activityTypes: activityTypesFor(icp),
    ...(await researchFor(account)),
    ...(people?.total && { people }),
    ...(triggers.length && { triggers }),
    ...(contact && { person: accountPerson(contact, offerOf(icp)) }),
  };
  return view;
}

export const tabRoutes: Routes = {
  'cs-bg/page-source': (payload, { db, senderTabId }) => {
    if (senderTabId === undefined) throw new Error('page signals must come from a tab');
    return onPageSignals(db, senderTabId, payload);
  },
  'ui-bg/get-tab-view': ({ tabId }, { db }) => getTabView(db, tabId),
  'ui-bg/read-tab': async ({ tabId }) => ({ reading: await requestRead(tabId) }),
  ...researchRoutes,
};
