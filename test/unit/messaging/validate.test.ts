import { describe, expect, it } from 'vitest';
import { protocol } from '../../../lib/messaging/protocol';
import { senderRole, validateMessage } from '../../../lib/messaging/validate';

const EXT_ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}`;

const name = {
  value: 'Acme',
  source: 'microdata',
  layer: 'structured',
  url: 'https://acme.example/',
  confidence: 0.9,
  observedAt: 1,
};
// What a content script read off a page whose microdata names the company.
const source = { url: 'https://acme.example/', extractedAt: 1, title: '', jsonLd: [], metas: [], microdata: { name } };

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
    const result = validateMessage({ type: 'cs-bg/page-source', payload: { url: source.url, source } }, 'content');
    expect(result.ok).toBe(true);
    expect(result.ok && result.type).toBe('cs-bg/page-source');
    // Interpreted in the background: handlers get the page's signals.
    const page = result.ok && result.type === 'cs-bg/page-source' ? result.payload.page : undefined;
    expect(page?.company?.name?.value).toBe('Acme');
  });

  it('accepts a content script saying it found nothing', () => {
    const result = validateMessage(
      { type: 'cs-bg/page-source', payload: { url: source.url, source: null } },
      'content',
    );
    expect(result.ok).toBe(true);
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
      { type: 'cs-bg/page-source', payload: { source: null } },
      /invalid cs-bg\/page-source payload[\s\S]*url/,
    ],
    ['a source that is not an object', { type: 'cs-bg/page-source', payload: { url: 'x', source: 'Acme' } }, /source/],
    [
      'a source without its URL',
      { type: 'cs-bg/page-source', payload: { url: 'x', source: { extractedAt: 1 } } },
      /source\.url/,
    ],
  ])('refuses %s with a clear error', (_case, raw, error) => {
    const result = validateMessage(raw, 'content');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
  });

  it('refuses messages from the wrong sender', () => {
    const fromPage = validateMessage({ type: 'ui-bg/get-tab-view', payload: { tabId: 1 } }, 'content');
    expect(fromPage).toEqual({ ok: false, error: 'ui-bg/get-tab-view is not accepted from content' });
    const fromPanel = validateMessage({ type: 'cs-bg/page-source', payload: { url: 'x', source: null } }, 'ui');
    expect(fromPanel.ok).toBe(false);
    expect(validateMessage({ type: 'ui-bg/get-tab-view', payload: { tabId: 1 } }, undefined).ok).toBe(false);
  });

  it('refuses oversized messages before parsing them', () => {
    const huge = { type: 'cs-bg/page-source', payload: { url: 'x'.repeat(300_000), source: null } };
    const result = validateMessage(huge, 'content');
    expect(!result.ok && result.error).toMatch(/message too large/);
  });

  it('drops an invalid or oversized field and keeps the rest of the page', () => {
    const founded = { ...name, value: 2015 };
    const odd = {
      ...source,
      microdata: { name: { ...name, value: 'A'.repeat(5_000) }, founded, legalName: { value: 'x' } },
    };
    const result = validateMessage({ type: 'cs-bg/page-source', payload: { url: 'x', source: odd } }, 'content');
    expect(result.ok).toBe(true);
    const kept = result.ok && result.type === 'cs-bg/page-source' ? result.payload.page : undefined;
    expect(kept?.company).toEqual({ founded });
  });

  it('reads an invalid part of a source as empty and keeps the rest', () => {
    const body = { text: 'Acme GmbH', hrefs: 'not a list', labels: [], chromeSocial: [], controls: [], footer: 7 };
    const result = validateMessage(
      { type: 'cs-bg/page-source', payload: { url: 'x', source: { ...source, title: 42, body } } },
      'content',
    );
    expect(result.ok).toBe(true);
    const kept = result.ok && result.type === 'cs-bg/page-source' ? result.payload.page : undefined;
    expect(kept?.company?.name?.value).toBe('Acme');
  });
});

describe('protocol', () => {
  it('gives every message a schema and a sender rule', () => {
    for (const [type, def] of Object.entries(protocol)) {
      expect(type).toMatch(/^(cs-bg|ui-bg|bg-cs|bg-ui|bg-off)\//);
      expect(def.payload.safeParse).toBeTypeOf('function');
      expect(['content', 'ui', 'background']).toContain(def.from);
      // The direction in the name and the sender rule agree.
      const origin = type.split('-')[0];
      expect({ cs: 'content', ui: 'ui', bg: 'background' }[origin as 'cs' | 'ui' | 'bg']).toBe(def.from);
    }
  });
});
