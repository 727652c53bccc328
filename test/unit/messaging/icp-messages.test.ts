import { describe, expect, it } from 'vitest';
import { ICP_FILE_MAX_CHARS } from '../../../lib/icp/io';
import { defaultIcp } from '../../../lib/icp/presets';
import { validateMessage } from '../../../lib/messaging/validate';

const icp = defaultIcp(1);
const writes = [
  { type: 'ui-bg/save-icp', payload: { icp } },
  { type: 'ui-bg/create-icp', payload: { presetId: 'enterprise' } },
  { type: 'ui-bg/set-active-icp', payload: { id: icp.id } },
  { type: 'ui-bg/delete-icp', payload: { id: icp.id } },
  { type: 'ui-bg/import-icp', payload: { text: '{}' } },
];

describe('ICP messages', () => {
  it.each(writes)('accepts $type from the panel and refuses it from a content script', (message) => {
    expect(validateMessage(message, 'ui').ok).toBe(true);
    const fromPage = validateMessage(message, 'content');
    expect(!fromPage.ok && fromPage.error).toBe(`${message.type} is not accepted from content`);
  });

  it('refuses an invalid ICP with the path of the problem', () => {
    const bad = { ...icp, criteria: [{ ...icp.criteria[0], weight: 'heavy' }] };
    const result = validateMessage({ type: 'ui-bg/save-icp', payload: { icp: bad } }, 'ui');
    expect(!result.ok && result.error).toMatch(/invalid ui-bg\/save-icp payload[\s\S]*icp\.criteria\[0\]\.weight/);
  });

  it('caps the size of an imported file', () => {
    const text = 'x'.repeat(ICP_FILE_MAX_CHARS + 1);
    const result = validateMessage({ type: 'ui-bg/import-icp', payload: { text } }, 'ui');
    expect(!result.ok && result.error).toMatch(/import-icp payload/);
  });

  it('accepts a preview with or without a tab', () => {
    expect(validateMessage({ type: 'ui-bg/preview-score', payload: { icp, tabId: 3 } }, 'ui').ok).toBe(true);
    expect(validateMessage({ type: 'ui-bg/preview-score', payload: { icp } }, 'ui').ok).toBe(true);
  });
});
