import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Findings } from '../../../components/icp/Findings';
import { PreviewPanel } from '../../../components/icp/PreviewPanel';
import { RescoreStatus } from '../../../components/icp/RescoreStatus';
import { type PanelView, ViewTabs } from '../../../components/ViewTabs';

let root: HTMLElement;
function mount(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('ViewTabs', () => {
  it('is a tab list: the selected tab is focusable, arrow keys switch', () => {
    const onChange = vi.fn<(v: PanelView) => void>();
    const el = mount(<ViewTabs view="score" onChange={onChange} />);
    const tabs = [...el.querySelectorAll('[role="tab"]')] as HTMLButtonElement[];
    expect(tabs.map((t) => [t.textContent, t.getAttribute('aria-selected'), t.tabIndex])).toEqual([
      ['Score', 'true', 0],
      ['ICP', 'false', -1],
    ]);
    act(() => {
      tabs[0]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(onChange).toHaveBeenCalledWith('icp');
    act(() => tabs[1]?.click());
    expect(onChange).toHaveBeenLastCalledWith('icp');
  });
});

describe('PreviewPanel', () => {
  it('shows the page score and one bar per tier', () => {
    const el = mount(
      <PreviewPanel
        valid
        preview={{
          score: { fit: 62, tier: 'B' } as never,
          tiers: { A: 1, B: 2, C: 0, D: 1, X: 0, '?': 0 },
          total: 4,
        }}
      />,
    );
    expect(el.querySelector('[data-testid="preview-fit"]')?.textContent).toBe('62');
    expect(el.querySelectorAll('.distribution li')).toHaveLength(6);
    expect((el.querySelector('[data-tier="B"] .bar-fill') as HTMLElement).style.width).toBe('50%');
  });

  it('says when there is nothing to preview yet', () => {
    const el = mount(
      <PreviewPanel valid={false} preview={{ tiers: { A: 0, B: 0, C: 0, D: 0, X: 0, '?': 0 }, total: 0 }} />,
    );
    expect(el.textContent).toContain('The preview waits until the ICP has no errors.');
    expect(el.textContent).toContain('This tab shows no saved company.');
    expect(el.textContent).toContain('No saved accounts yet');
  });
});

describe('RescoreStatus and Findings', () => {
  it('formats progress with thousands separators', () => {
    const el = mount(<RescoreStatus progress={{ icpId: 'x', done: 340, total: 1000, finished: false }} />);
    expect(el.textContent).toBe('Rescoring 340 / 1,000 accounts…');
  });

  it('renders hostile text as text, never as markup', () => {
    const message = '<img src=x onerror="alert(1)">';
    const el = mount(
      <Findings testId="f" findings={[{ severity: 'error', code: 'gap', message, criterionIds: [] }]} />,
    );
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain(message);
  });
});
