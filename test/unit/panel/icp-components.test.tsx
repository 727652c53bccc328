import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Chips } from '../../../components/icp/Chips';
import { Findings } from '../../../components/icp/Findings';
import { PreviewPanel } from '../../../components/icp/PreviewPanel';
import { RescoreStatus } from '../../../components/icp/RescoreStatus';
import { TargetInput } from '../../../components/icp/TargetInput';
import { type PanelView, ViewTabs } from '../../../components/ViewTabs';
import type { Criterion } from '../../../lib/icp/schema';

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

describe('TargetInput and Chips', () => {
  it('labels industry groups and seniorities in words, never by their codes', () => {
    const industry = { id: 'i', label: 'I', field: 'industryGroup', op: 'in', target: ['it-services'], weight: 1 };
    const el = mount(<TargetInput criterion={industry as Criterion} kind="enum" idPrefix="i" onChange={() => {}} />);
    const labels = [...el.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels).toContain('IT services');
    expect(labels).toContain('Real estate and construction');
    expect(labels.join(' ')).not.toMatch(/it-services|real-estate/);
    render(null, root);
    const seniority = { id: 's', label: 'S', field: 'seniority', op: 'in', target: ['c-level'], weight: 1 };
    const el2 = mount(<TargetInput criterion={seniority as Criterion} kind="enum" idPrefix="s" onChange={() => {}} />);
    expect([...el2.querySelectorAll('label')].map((l) => l.textContent)).toContain('C-level');
    expect(el2.textContent).not.toContain('c-level');
  });

  it('explains the soft margin with the figure typed', () => {
    const size = { id: 'z', label: 'Z', field: 'employees', op: 'range', target: { min: 50, margin: 0.25 }, weight: 1 };
    const el = mount(<TargetInput criterion={size as Criterion} kind="range" idPrefix="z" onChange={() => {}} />);
    expect(el.querySelector('#z-target-margin-help')?.textContent).toContain('up to 25% beyond a limit');
  });

  it('suggests the technologies ICP Lens detects, and a typed name takes their spelling', () => {
    const onChange = vi.fn<(next: string[]) => void>();
    const el = mount(<Chips id="t" field="technologies" values={['Salesforce']} onChange={onChange} />);
    const options = [...el.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'));
    expect(options).toContain('HubSpot');
    expect(options).not.toContain('Salesforce');
    const input = el.querySelector('input') as HTMLInputElement;
    expect(input.getAttribute('list')).toBe('t-suggestions');
    act(() => {
      input.value = 'hubspot';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(onChange).toHaveBeenCalledWith(['Salesforce', 'HubSpot']);
  });

  it('keywords take no suggestions', () => {
    const el = mount(<Chips id="k" field="keywords" values={[]} onChange={() => {}} />);
    expect(el.querySelector('datalist')).toBeNull();
  });
});
