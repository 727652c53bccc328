import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { inputToTime, todayInput } from '../../../components/workflow/format';
import { LeadStatusCard } from '../../../components/workflow/LeadStatusCard';
import { Questions } from '../../../components/workflow/Questions';
import { defaultIcp } from '../../../lib/icp/presets';
import { bankFor, elementsOf } from '../../../lib/questions/banks';
import type { RankedQuestion } from '../../../lib/questions/rank';
import { leadStatus } from '../../../lib/workflow/lead-status';
import { mount } from './mount';

afterEach(() => {
  vi.restoreAllMocks();
});

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));
const bant = bankFor('bant');
const framework = { id: 'bant' as const, name: bant.name, elements: [...bant.elements] };
const question = (text: string): RankedQuestion => ({
  id: 'budget-seats',
  element: 'budget',
  text,
  why: 'No unknown criterion depends on it, but it opens Budget, which has no answer yet.',
  settles: ['employees'],
  value: 10,
});

describe('activity dates', () => {
  it('takes today as now and another day as its local noon; refuses what is not a date', () => {
    const now = new Date(2026, 10, 23, 8, 30);
    expect(todayInput(now)).toBe('2026-11-23');
    expect(inputToTime('2026-11-23', now)).toBe(now.getTime());
    expect(inputToTime('2026-11-20', now)).toBe(new Date(2026, 10, 20, 12).getTime());
    expect(inputToTime('', now)).toBeUndefined();
    expect(inputToTime('20/11/2026', now)).toBeUndefined();
  });
});

describe('Questions', () => {
  it('renders hostile page text as text, and records an answer with its note', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async () => ({ ok: true, data: {} }));
    const onChanged = vi.fn();
    const el = mount(
      <Questions
        questions={[question('<img src=x onerror=alert(1)> at Acme?')]}
        framework={framework}
        accountId="acme.example"
        onChanged={onChanged}
      />,
    );
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.question')?.textContent).toBe('<img src=x onerror=alert(1)> at Acme?');
    expect(el.querySelector('.why')?.textContent).toContain('Why this question: No unknown criterion depends on it');
    expect(el.querySelector('input')).toBeNull();
    act(() => (el.querySelector('[data-action="note"]') as HTMLButtonElement).click());
    const note = el.querySelector('input') as HTMLInputElement;
    act(() => {
      note.value = 'per team';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => (el.querySelector('[data-answer="partial"]') as HTMLButtonElement).click());
    await flush();
    expect(send).toHaveBeenCalledWith({
      type: 'ui-bg/record-answer',
      payload: {
        accountId: 'acme.example',
        questionId: 'budget-seats',
        element: 'budget',
        status: 'partial',
        note: 'per team',
      },
    });
    expect(onChanged).toHaveBeenCalled();
  });

  it('shows a refusal next to the question and keeps the note typed', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async () => ({
      ok: false,
      error: 'no saved account acme.example',
    }));
    const el = mount(
      <Questions questions={[question('Q?')]} framework={framework} accountId="acme.example" onChanged={() => {}} />,
    );
    act(() => (el.querySelector('[data-answer="confirmed"]') as HTMLButtonElement).click());
    await flush();
    expect(el.querySelector('.error-text')?.textContent).toBe('no saved account acme.example');
  });

  it('makes each question one Tab stop; arrows move between its actions without recording anything', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async () => ({ ok: true, data: {} }));
    const el = mount(
      <Questions
        questions={[question('Q1?'), { ...question('Q2?'), id: 'q2' }]}
        framework={framework}
        accountId="a"
        onChanged={() => {}}
      />,
    );
    const bars = [...el.querySelectorAll('[role="toolbar"]')];
    expect(bars).toHaveLength(2);
    expect(bars[0]?.getAttribute('aria-label')).toBe('Answer to question 1 (Budget)');
    for (const bar of bars) expect(bar.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    const first = bars[0]?.querySelector('[data-answer="confirmed"]') as HTMLButtonElement;
    act(() => first.focus());
    act(() => void first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true })));
    expect(document.activeElement?.textContent).toBe('Copy');
    act(() => void document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true })));
    expect(document.activeElement).toBe(first);
    expect(bars[0]?.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    await flush();
    expect(send).not.toHaveBeenCalled();
  });

  it('keeps a hidden note and says one is written', () => {
    const el = mount(
      <Questions questions={[question('Q?')]} framework={framework} accountId="a" onChanged={() => {}} />,
    );
    const toggle = el.querySelector('[data-action="note"]') as HTMLButtonElement;
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const input = el.querySelector('input') as HTMLInputElement;
    act(() => {
      input.value = 'call back in May';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => toggle.click());
    expect(el.querySelector('input')).toBeNull();
    expect(toggle.textContent).toBe('Note (written)');
    act(() => toggle.click());
    expect((el.querySelector('input') as HTMLInputElement).value).toBe('call back in May');
  });

  it('says so when every element is answered', () => {
    const el = mount(<Questions questions={[]} framework={framework} accountId="a" onChanged={() => {}} />);
    expect(el.textContent).toContain('Every element of BANT has an answer');
    expect(el.querySelector('[data-testid="copy-all"]')).toBeNull();
  });
});

describe('LeadStatusCard', () => {
  it("shows the user's stage beside the suggestion", () => {
    const status = leadStatus({
      icp: defaultIcp(0),
      activities: [],
      answers: [],
      elements: elementsOf('bant'),
      userStage: 'SQL',
      now: 0,
    });
    const el = mount(<LeadStatusCard status={status} testId="s" />);
    expect(el.querySelector('[data-testid="stage"]')?.textContent).toBe('SQL');
    // The chosen SQL stage is engagement (hot), so the suggestion is a Lead; no score yet keeps it out of the matrix.
    expect(el.querySelector('[data-testid="stage-reason"]')?.textContent).toBe('chosen by you; suggested: Lead');
    expect(el.querySelector('[data-testid="matrix-cell"]')?.textContent).toBe('not yet');
  });
});
