import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMenus, onMenuClicked } from '../../../lib/background/menus';
import { onSaveLeadClicked } from '../../../lib/background/workflow-handlers';

beforeEach(() => fakeBrowser.reset());

describe('context menu', () => {
  it('offers "Score this page" and "Save lead", each routed to its own handler', async () => {
    const created: unknown[] = [];
    vi.spyOn(browser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    vi.spyOn(browser.contextMenus, 'create').mockImplementation((props) => {
      created.push(props);
      return 1;
    });
    await createMenus();
    expect(created.map((m) => (m as { title: string }).title)).toEqual([
      'Score this page with ICP Lens',
      'Save lead with ICP Lens',
    ]);

    let listener: ((info: { menuItemId: string }, tab?: { id: number }) => void) | undefined;
    vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockImplementation((l) => {
      listener = l as typeof listener;
    });
    const onScore = vi.fn();
    const onSave = vi.fn();
    onMenuClicked(onScore, onSave);
    listener?.({ menuItemId: 'icp-lens-save-lead' }, { id: 3 });
    listener?.({ menuItemId: 'icp-lens-score-page' }, { id: 4 });
    expect(onSave).toHaveBeenCalledWith({ id: 3 });
    expect(onScore).toHaveBeenCalledWith({ id: 4 });
  });

  it('"Save lead" opens the panel and remembers the intent for the tab before reading it', async () => {
    const sidePanel = (browser as unknown as { sidePanel: { open: () => Promise<void> } }).sidePanel;
    const open = vi.spyOn(sidePanel, 'open').mockResolvedValue(undefined);
    onSaveLeadClicked({ id: 9 } as Parameters<typeof onSaveLeadClicked>[0]);
    await vi.waitFor(async () => {
      expect(typeof (await browser.storage.session.get('save-lead:9'))['save-lead:9']).toBe('number');
    });
    expect(open).toHaveBeenCalled();
  });
});
