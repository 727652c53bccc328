import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getTabView, onPageSignals } from '../../../lib/background/handlers';
import { setTabState } from '../../../lib/background/tab-state';
import { workflowRoutes } from '../../../lib/background/workflow-handlers';
import { type IcpLensDb, openDb } from '../../../lib/db/db';
import { ensureDefaultIcp } from '../../../lib/db/icps';
import type { MessageType, Payload } from '../../../lib/messaging/protocol';
import { validateMessage } from '../../../lib/messaging/validate';
import type { ScoredView } from '../../../lib/messaging/views';
import { saveSettings } from '../../../lib/settings/settings';
import { rememberSaveIntent } from '../../../lib/workflow/save-intent';
import { fact } from '../scoring/helpers';

let db: IcpLensDb;
let n = 0;
const ACCOUNT = { kind: 'account', id: 'acme.example' } as const;
const CONTACT = { kind: 'contact', id: 'https://www.linkedin.com/in/jane' } as const;

async function send<T extends MessageType>(type: T, payload: Payload<T>) {
  const route = workflowRoutes[type] as (p: Payload<T>, c: { db: IcpLensDb }) => Promise<unknown>;
  return route(payload, { db });
}

async function view(tabId = 1): Promise<ScoredView> {
  const v = await getTabView(db, tabId);
  if (v.status !== 'scored') throw new Error(`not scored: ${v.status}`);
  return v;
}

beforeEach(async () => {
  fakeBrowser.reset();
  db = openDb(`workflow-${++n}`);
  await ensureDefaultIcp(db, 1);
  const { scoreCompany } = await import('../../../lib/scoring/fit');
  const { defaultIcp } = await import('../../../lib/icp/presets');
  const signals = {
    name: fact('Acme'),
    industryGroup: fact('software' as const),
    hq: fact({ country: 'US' }),
    employees: fact({ min: 200, max: 200 }),
  };
  await db.accounts.add({
    id: ACCOUNT.id,
    name: 'Acme',
    aliases: [],
    tags: [],
    firstSeen: 0,
    lastSeen: 0,
    signals,
    score: scoreCompany(defaultIcp(0), signals, 0),
  });
  await db.contacts.add({
    id: CONTACT.id,
    accountId: ACCOUNT.id,
    name: 'Jane',
    signals: {},
    tags: [],
    firstSeen: 0,
    lastSeen: 0,
  });
  await setTabState(1, { status: 'scored', url: 'https://acme.example/', accountId: ACCOUNT.id });
  await setTabState(2, { status: 'scored', url: 'https://www.linkedin.com/in/jane', contactId: CONTACT.id });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('workflow messages', () => {
  it('refuses bad payloads: unknown stage, unknown activity, too many tags, extra fields', () => {
    const bad = [
      { type: 'ui-bg/set-stage', payload: { target: ACCOUNT, stage: 'Hot' } },
      { type: 'ui-bg/log-activity', payload: { target: ACCOUNT, type: 'lunch', at: 1 } },
      { type: 'ui-bg/set-tags', payload: { target: ACCOUNT, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) } },
      { type: 'ui-bg/set-notes', payload: { target: { ...ACCOUNT, kind: 'deal' }, notes: '' } },
      { type: 'ui-bg/record-answer', payload: { accountId: 'a', questionId: 'q', element: 'need', status: 'yes' } },
      { type: 'ui-bg/delete-answer', payload: { id: 1, extra: true } },
    ];
    for (const message of bad) expect(validateMessage(message, 'ui').ok, message.type).toBe(false);
    expect(validateMessage({ type: 'ui-bg/set-stage', payload: { target: ACCOUNT, stage: 'SQL' } }, 'content').ok).toBe(
      false,
    );
    expect(validateMessage({ type: 'ui-bg/set-stage', payload: { target: ACCOUNT, stage: 'SQL' } }, 'ui').ok).toBe(
      true,
    );
  });
});

describe('workflow handlers', () => {
  it('shows five questions of the chosen framework, and an answer updates qualification, cell and stage at once', async () => {
    let v = await view();
    expect(v.framework.id).toBe('bant');
    expect(v.questions).toHaveLength(5);
    await saveSettings(db, { framework: 'meddicc' });
    v = await view();
    expect(v.framework.name).toBe('MEDDICC');
    expect(v.questions).toHaveLength(5);
    expect(new Set(v.questions.map((q) => q.element)).size).toBe(5);
    expect(v.accountWork?.status.stage.stage).toBe('Suspect');

    const [first, second, third] = v.questions;
    for (const q of [first, second, third]) {
      await send('ui-bg/record-answer', {
        accountId: ACCOUNT.id,
        questionId: q?.id ?? '',
        element: q?.element ?? '',
        status: 'confirmed',
        note: '  from the call ',
      });
    }
    v = await view();
    const q = v.accountWork?.status.qualification;
    expect(q?.confirmed).toBe(3);
    expect(q?.elements[first?.element ?? '']).toBe('confirmed');
    expect(v.accountWork?.status.stage).toMatchObject({ stage: 'SQL', source: 'suggested' });
    expect(v.accountWork?.answers[0]?.note).toBe('from the call');
    expect(v.questions.map((x) => x.element)).not.toContain(first?.element);

    // Answering the same question again replaces the answer; a not-a-fit disqualifies.
    await send('ui-bg/record-answer', {
      accountId: ACCOUNT.id,
      questionId: first?.id ?? '',
      element: first?.element ?? '',
      status: 'not-a-fit',
    });
    v = await view();
    expect(v.accountWork?.answers).toHaveLength(3);
    expect(v.accountWork?.status.stage.stage).toBe('Disqualified');
    await expect(
      send('ui-bg/record-answer', { accountId: ACCOUNT.id, questionId: 'made-up', element: 'need', status: 'partial' }),
    ).rejects.toThrow(/no question made-up about need/);
    const id = v.accountWork?.answers.find((a) => a.status === 'not-a-fit')?.id ?? 0;
    await send('ui-bg/delete-answer', { id });
    expect((await view()).accountWork?.status.qualification.confirmed).toBe(2);
  });

  it("keeps the user's stage over the suggestion, and clears it back", async () => {
    await send('ui-bg/set-stage', { target: ACCOUNT, stage: 'SQL' });
    expect((await view()).accountWork?.status.stage).toMatchObject({
      stage: 'SQL',
      source: 'user',
      // The chosen SQL stage counts as engagement (hot), so a tier B account is suggested MQL.
      suggested: 'MQL',
    });
    await send('ui-bg/set-stage', { target: ACCOUNT, stage: null });
    expect((await view()).accountWork?.status.stage).toMatchObject({ stage: 'Suspect', source: 'suggested' });
  });

  it('cleans tags and caps notes, for accounts and contacts', async () => {
    await send('ui-bg/set-tags', { target: CONTACT, tags: [' event  2026 ', 'Event 2026', 'vip'] });
    await send('ui-bg/set-notes', { target: CONTACT, notes: `  ${'x'.repeat(10)} ` });
    const contact = await db.contacts.get(CONTACT.id);
    expect(contact?.tags).toEqual(['event 2026', 'vip']);
    expect(contact?.notes).toBe('x'.repeat(10));
    await send('ui-bg/set-notes', { target: CONTACT, notes: '   ' });
    expect((await db.contacts.get(CONTACT.id))?.notes).toBeUndefined();
    await expect(send('ui-bg/set-tags', { target: { kind: 'account', id: 'nope.example' }, tags: [] })).rejects.toThrow(
      /no saved account nope.example/,
    );
  });

  it('logs activities with a date: engagement grade and matrix cell move, and come back on delete', async () => {
    const now = Date.now();
    expect((await view()).accountWork?.status.matrix.cell).toMatch(/4$/);
    await send('ui-bg/log-activity', { target: ACCOUNT, type: 'demo-request', at: now });
    await send('ui-bg/log-activity', { target: ACCOUNT, type: 'webinar-attended', at: now - 86_400_000 });
    const v = await view();
    expect(v.accountWork?.activities.map((a) => a.type)).toEqual(['demo-request', 'webinar-attended']);
    expect(v.accountWork?.status.engagement.grade).toBe(1);
    expect(v.accountWork?.status.matrix.cell).toMatch(/1$/);
    expect(v.activityTypes.find((t) => t.id === 'demo-request')?.points).toBe(30);
    await send('ui-bg/delete-activity', { id: v.accountWork?.activities[0]?.id ?? 0 });
    expect((await view()).accountWork?.status.engagement.grade).toBe(3);
    await expect(
      send('ui-bg/log-activity', { target: ACCOUNT, type: 'email-reply', at: now + 3 * 86_400_000 }),
    ).rejects.toThrow(/future/);
  });

  it("shows the employer's account on a person page, whose activities are the person's own", async () => {
    await send('ui-bg/log-activity', { target: CONTACT, type: 'email-reply', at: Date.now() });
    const v = await view(2);
    expect(v.employer?.name).toBe('Acme');
    expect(v.contactWork?.activities).toHaveLength(1);
    expect(v.accountWork?.target).toEqual(ACCOUNT);
    expect(v.accountWork?.activities).toHaveLength(0);
    expect(v.questions.length).toBe(5);
  });

  it('tells the panels showing the changed account to refresh, including its people', async () => {
    const sent: unknown[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
      sent.push(m);
    });
    await send('ui-bg/set-stage', { target: ACCOUNT, stage: 'MQL' });
    expect(sent).toEqual([
      { type: 'bg-ui/tab-changed', payload: { tabId: 1 } },
      { type: 'bg-ui/tab-changed', payload: { tabId: 2 } },
    ]);
  });
});

describe('save lead (context menu)', () => {
  const page = (url: string) => ({
    url,
    page: { url, extractedAt: 0, company: { name: fact('Acme'), domain: fact('acme.example') } },
  });

  it('marks the account read from the page as a saved Lead, once, and keeps a stage already set', async () => {
    await rememberSaveIntent(5, Date.now());
    await onPageSignals(db, 5, page('https://acme.example/'));
    const saved = await db.accounts.get(ACCOUNT.id);
    expect(saved?.stage).toBe('Lead');
    expect(saved?.savedAt).toBeGreaterThan(0);
    // A later read without a click saves nothing more; another click keeps the user's stage.
    await send('ui-bg/set-stage', { target: ACCOUNT, stage: 'MQL' });
    await onPageSignals(db, 5, page('https://acme.example/'));
    await rememberSaveIntent(5, Date.now());
    await onPageSignals(db, 5, page('https://acme.example/'));
    const again = await db.accounts.get(ACCOUNT.id);
    expect(again).toMatchObject({ stage: 'MQL', savedAt: saved?.savedAt });
  });

  it("keeps the user's notes and tags through a new visit of the page", async () => {
    await send('ui-bg/set-notes', { target: ACCOUNT, notes: 'Met at the fair' });
    await send('ui-bg/set-tags', { target: ACCOUNT, tags: ['fair'] });
    await onPageSignals(db, 5, page('https://acme.example/'));
    expect(await db.accounts.get(ACCOUNT.id)).toMatchObject({ notes: 'Met at the fair', tags: ['fair'] });
  });

  it('saves nothing when the page has nothing to read or the report comes too late', async () => {
    await rememberSaveIntent(6, Date.now());
    await onPageSignals(db, 6, { url: 'https://blank.example/', page: null });
    await onPageSignals(db, 6, page('https://acme.example/'));
    expect((await db.accounts.get(ACCOUNT.id))?.savedAt).toBeUndefined();
    await rememberSaveIntent(6, Date.now() - 60_000);
    await onPageSignals(db, 6, page('https://acme.example/'));
    expect((await db.accounts.get(ACCOUNT.id))?.stage).toBeUndefined();
  });
});
