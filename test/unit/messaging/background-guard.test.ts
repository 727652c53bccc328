import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../lib/background/start';
import { openDb } from '../../../lib/db/db';
import { type MessageType, protocol } from '../../../lib/messaging/protocol';
import { LIMITS } from '../../../lib/signals/limits';
import { tally } from '../../trust/tally';

/**
 * Every message type of the protocol, sent through the background's real `runtime.onMessage` listener with real
 * senders: the rules hold for types added later without touching this file. Refusals are counted as injected faults
 * for `npm run test:trust`.
 */

const TYPES = Object.keys(protocol) as MessageType[];
const ORIGIN = () => browser.runtime.getURL('/').replace(/\/$/, '');

/** The senders the background can meet: its own pages, its content scripts, and strangers. */
const senders = {
  panel: () => ({ id: browser.runtime.id, url: `${ORIGIN()}/sidepanel.html` }),
  panelInTab: () => ({ id: browser.runtime.id, url: `${ORIGIN()}/sidepanel.html?tabId=3`, tab: { id: 9 } }),
  content: () => ({ id: browser.runtime.id, url: 'https://hostile.example/', tab: { id: 7 } }),
  otherExtension: () => ({ id: 'another-extension-id', url: 'chrome-extension://another-extension-id/page.html' }),
  webPage: () => ({ url: 'https://hostile.example/', tab: { id: 8 } }),
  lookalike: () => ({ id: browser.runtime.id, url: `${ORIGIN()}.evil.example/sidepanel.html`, tab: { id: 10 } }),
};
type SenderName = keyof typeof senders;

let refused = 0;

async function send(raw: unknown, from: SenderName): Promise<{ ok: boolean; error?: string; data?: unknown }> {
  const [reply] = (await fakeBrowser.runtime.onMessage.trigger(
    raw,
    senders[from]() as never,
    () => undefined,
  )) as Array<{ ok: boolean; error?: string; data?: unknown } | undefined>;
  if (!reply) return { ok: false, error: 'no reply' };
  if (!reply.ok) refused++;
  return reply;
}

/** Every row of every table, to show a refused message changed nothing. */
async function snapshot() {
  const db = openDb();
  try {
    return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  fakeBrowser.reset();
  // APIs fake-browser leaves unimplemented: the background only registers listeners on them here.
  const noop = () => undefined;
  for (const event of [browser.permissions.onAdded, browser.permissions.onRemoved, browser.contextMenus.onClicked]) {
    vi.spyOn(event, 'addListener').mockImplementation(noop);
  }
  vi.spyOn(browser.permissions, 'getAll').mockImplementation((async () => ({ origins: [], permissions: [] })) as never);
  vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockImplementation((async () => []) as never);
  vi.spyOn(browser.contextMenus, 'removeAll').mockResolvedValue(undefined);
  vi.spyOn(browser.contextMenus, 'create').mockReturnValue(0);
  startBackground();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  // A page recorded the normal way: the state a hostile sender would like to change.
  await send(
    {
      type: 'cs-bg/page-source',
      payload: {
        url: 'https://victim.example/',
        source: {
          url: 'https://victim.example/',
          extractedAt: 1,
          title: '',
          jsonLd: [],
          metas: [],
          microdata: { name: fact('Victim Inc', 'structured'), domain: domainOf('https://victim.example/') },
        },
      },
    },
    'content',
  );
}, 30_000);

afterAll(async () => {
  tally({ test: 'messages refused by the background', faults: refused });
  await openDb().delete();
});

function fact(value: unknown, layer: string) {
  return { value, source: 'jsonld', layer, url: 'https://victim.example/', confidence: 0.9, observedAt: 1 };
}

/** The domain fact the extractor adds from the page's own URL. */
function domainOf(url: string) {
  return { ...fact(new URL(url).hostname, 'heuristic'), source: 'url', url };
}

describe('the background refuses, with an error and no change', () => {
  it('the protocol names each family by direction and sender', () => {
    for (const type of TYPES) {
      const prefix = type.split('/')[0];
      const expected = {
        'ui-bg': 'ui',
        'cs-bg': 'content',
        'bg-ui': 'background',
        'bg-cs': 'background',
        'bg-off': 'background',
      }[prefix as string];
      expect([type, protocol[type].from]).toEqual([type, expected]);
    }
  });

  it.each(TYPES.filter((t) => protocol[t].from === 'ui'))(
    '%s from a content script, another extension, a web page or a look-alike origin',
    async (type) => {
      const before = await snapshot();
      for (const from of ['content', 'otherExtension', 'webPage', 'lookalike'] as const) {
        const reply = await send({ type, payload: {} }, from);
        expect(reply).toEqual({ ok: false, error: expect.stringMatching(`${type} is not accepted from`) });
      }
      expect(await snapshot()).toEqual(before);
    },
  );

  it.each(TYPES.filter((t) => protocol[t].from === 'content'))(
    '%s from an extension page or a stranger',
    async (type) => {
      for (const from of ['panel', 'otherExtension', 'webPage'] as const) {
        const reply = await send({ type, payload: { url: 'https://x.example/', source: null } }, from);
        expect(reply.ok).toBe(false);
        expect(reply.error).toMatch(`${type} is not accepted from`);
      }
    },
  );

  it.each(TYPES.filter((t) => protocol[t].from === 'background'))(
    '%s, which only the background sends',
    async (type) => {
      for (const from of Object.keys(senders) as SenderName[]) {
        const reply = await send({ type, payload: {} }, from);
        expect(reply.ok).toBe(false);
      }
    },
  );

  it.each(TYPES)('%s with a malformed payload from its own sender', async (type) => {
    const from = protocol[type].from === 'content' ? 'content' : 'panel';
    for (const payload of ['junk', 42, null, [], { tabId: -1, id: '', icp: 'x', text: 7, url: '' }]) {
      const reply = await send({ type, payload }, from);
      // A payload schema that accepts an empty object may accept these once stripped; none may throw or crash.
      if (!reply.ok) expect(reply.error).toMatch(/invalid|not accepted|no reply|not handled/);
    }
    const reply = await send({ type, payload: 'junk' }, from);
    expect(reply.ok).toBe(false);
  });

  it.each(TYPES)('%s over the size limit', async (type) => {
    const from = protocol[type].from === 'content' ? 'content' : 'panel';
    const reply = await send({ type, payload: { padding: 'x'.repeat(LIMITS.messageBytes) } }, from);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^message too large/) });
  });

  it('unknown types, envelopes that are not objects, and prototype keys as types', async () => {
    const before = await snapshot();
    for (const raw of [
      { type: 'ui-bg/delete-everything', payload: {} },
      { type: 'cs-bg/set-active-icp', payload: { id: 'x' } },
      { type: '__proto__', payload: {} },
      { type: 'constructor', payload: {} },
      { type: 'toString', payload: {} },
      'ui-bg/get-settings',
      null,
      { payload: {} },
      JSON.parse('{"type":"ui-bg/get-settings","payload":{},"__proto__":{"type":"x"}}'),
    ]) {
      for (const from of ['panel', 'content'] as const) {
        const reply = await send(raw, from);
        if (reply.ok) expect(raw).toMatchObject({ type: 'ui-bg/get-settings' });
        else expect(reply.error).toBeTruthy();
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('a content script only reports the page it is on', () => {
  it('cannot name the account, stage or tags it writes to: extra fields are dropped', async () => {
    const db = openDb();
    await db.accounts.update('victim.example', { stage: 'qualified', tags: ['vip'] });
    db.close();
    const reply = await send(
      {
        type: 'cs-bg/page-source',
        payload: {
          url: 'https://attacker.example/',
          accountId: 'victim.example',
          stage: 'lost',
          source: {
            url: 'https://attacker.example/',
            extractedAt: 2,
            title: '',
            jsonLd: [],
            metas: [],
            id: 'victim.example',
            stage: 'lost',
            tags: [],
            microdata: {
              name: fact('Attacker Ltd', 'structured'),
              domain: domainOf('https://attacker.example/'),
              stage: fact('lost', 'structured'),
            },
          },
        },
      },
      'content',
    );
    expect(reply.ok).toBe(true);
    const after = openDb();
    const victim = await after.accounts.get('victim.example');
    expect(victim).toMatchObject({ name: 'Victim Inc', stage: 'qualified', tags: ['vip'] });
    expect((await after.accounts.get('attacker.example'))?.name).toBe('Attacker Ltd');
    after.close();
  });

  it('cannot overwrite what the user entered: a page claiming the user layer loses it', async () => {
    const db = openDb();
    const victim = await db.accounts.get('victim.example');
    await db.accounts.put({
      ...(victim as NonNullable<typeof victim>),
      signals: { ...victim?.signals, industry: { ...fact('Healthcare', 'user'), observedAt: 5 } } as never,
    });
    db.close();
    await send(
      {
        type: 'cs-bg/page-source',
        payload: {
          url: 'https://victim.example/about',
          source: {
            url: 'https://victim.example/about',
            extractedAt: 10,
            title: '',
            jsonLd: [],
            metas: [],
            microdata: {
              name: fact('Victim Inc', 'structured'),
              domain: domainOf('https://victim.example/about'),
              industry: { ...fact('Gambling', 'user'), observedAt: 10 },
              description: { ...fact('Claims to be the user', 'user'), observedAt: 10 },
            },
          },
        },
      },
      'content',
    );
    const after = openDb();
    const stored = await after.accounts.get('victim.example');
    after.close();
    expect(stored?.signals.industry).toMatchObject({ value: 'Healthcare', layer: 'user' });
    expect(stored?.signals.description).toBeUndefined();
  });

  it('cannot reach ICPs or settings through its own message type', async () => {
    const before = await snapshot();
    const reply = await send(
      {
        type: 'cs-bg/page-source',
        payload: { url: 'https://x.example/', source: null, icp: { id: 'evil' }, settings: { framework: 'champ' } },
      },
      'content',
    );
    expect(reply.ok).toBe(true);
    const after = await snapshot();
    expect(after.icps).toEqual(before.icps);
    expect(after.settings).toEqual(before.settings);
  });
});
