import { describe, expect, it } from 'vitest';
import { protocol } from '../../../lib/messaging/protocol';
import { senderRole, validateMessage } from '../../../lib/messaging/validate';

const EXT_ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}`;

const page = {
  url: 'https://acme.example/',
  extractedAt: 1,
  company: {
    name: {
      value: 'Acme',
      source: 'jsonld',
      layer: 'structured',
      url: 'https://acme.example/',
      confidence: 0.9,
      observedAt: 1,
    },
  },
};

describe('senderRole', () => {
  it('tells extension pages, content scripts and strangers apart', () => {
    expect(senderRole({ id: EXT_ID, url: `${ORIGIN}/sidepanel.html` }, EXT_ID, ORIGIN)).toBe('ui');
    // The panel opened as a tab has a tab, and is still an extension page.
    expect(senderRole({ id: EXT_ID, url: `${ORIGIN}/sidepanel.html?tabId=3`, tabId: 4 }, EXT_ID, ORIGIN)).toBe('ui');
    expect(senderRole({ id: EXT_ID, url: 'https://acme.example/', tabId: 4 }, EXT_ID, ORIGIN)).toBe('content');
    expect(senderRole({ id: 'other-extension', url: `${ORIGIN}/x.html` }, EXT_ID, ORIGIN)).toBeUndefined();
    expect(senderRole({ id: EXT_ID, url: 'https://acme.example/' }, EXT_ID, ORIGIN)).toBeUndefined();
  });
});

describe('validateMessage', () => {
  it('accepts a valid message from the right sender', () => {
    const result = validateMessage({ type: 'cs-bg/page-signals', payload: { url: page.url, page } }, 'content');
    expect(result.ok).toBe(true);
    expect(result.ok && result.type).toBe('cs-bg/page-signals');
  });

  it('accepts a content script saying it found nothing', () => {
    expect(validateMessage({ type: 'cs-bg/page-signals', payload: { url: page.url, page: null } }, 'content').ok).toBe(
      true,
    );
  });

  it.each([
    ['not an object', 'hello', /invalid envelope/],
    ['no type', { payload: {} }, /invalid envelope/],
    [
      'unknown type',
      { type: 'cs-bg/delete-everything', payload: {} },
      /unknown message type: cs-bg\/delete-everything/,
    ],
    ['prototype key as type', { type: '__proto__', payload: {} }, /unknown message type/],
    [
      'missing payload field',
      { type: 'cs-bg/page-signals', payload: { page: null } },
      /invalid cs-bg\/page-signals payload[\s\S]*url/,
    ],
    ['a page that is not an object', { type: 'cs-bg/page-signals', payload: { url: 'x', page: 'Acme' } }, /page/],
    [
      'a page without its URL',
      { type: 'cs-bg/page-signals', payload: { url: 'x', page: { extractedAt: 1 } } },
      /page\.url/,
    ],
  ])('refuses %s with a clear error', (_case, raw, error) => {
    const result = validateMessage(raw, 'content');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
  });

  it('refuses messages from the wrong sender', () => {
    const fromPage = validateMessage({ type: 'ui-bg/get-tab-view', payload: { tabId: 1 } }, 'content');
    expect(fromPage).toEqual({ ok: false, error: 'ui-bg/get-tab-view is not accepted from content' });
    const fromPanel = validateMessage({ type: 'cs-bg/page-signals', payload: { url: 'x', page: null } }, 'ui');
    expect(fromPanel.ok).toBe(false);
    expect(validateMessage({ type: 'ui-bg/get-tab-view', payload: { tabId: 1 } }, undefined).ok).toBe(false);
  });

  it('refuses oversized messages before parsing them', () => {
    const huge = { type: 'cs-bg/page-signals', payload: { url: 'x'.repeat(300_000), page: null } };
    const result = validateMessage(huge, 'content');
    expect(!result.ok && result.error).toMatch(/message too large/);
  });

  it('drops an invalid or oversized field and keeps the rest of the page', () => {
    const founded = { ...page.company.name, value: 2015 };
    const odd = {
      ...page,
      company: { name: { ...page.company.name, value: 'A'.repeat(5_000) }, founded, legalName: { value: 'x' } },
    };
    const result = validateMessage({ type: 'cs-bg/page-signals', payload: { url: 'x', page: odd } }, 'content');
    expect(result.ok).toBe(true);
    const kept = result.ok && result.type === 'cs-bg/page-signals' ? result.payload.page : undefined;
    expect(kept?.company).toEqual({ founded });
  });
});

describe('protocol', () => {
  it('gives every message a schema and a sender rule', () => {
    for (const [type, def] of Object.entries(protocol)) {
      expect(type).toMatch(/^(cs-bg|ui-bg|bg-cs|bg-ui)\//);
      expect(def.payload.safeParse).toBeTypeOf('function');
      expect(['content', 'ui', 'background']).toContain(def.from);
      // The direction in the name and the sender rule agree.
      const origin = type.split('-')[0];
      expect({ cs: 'content', ui: 'ui', bg: 'background' }[origin as 'cs' | 'ui' | 'bg']).toBe(def.from);
    }
  });
});
