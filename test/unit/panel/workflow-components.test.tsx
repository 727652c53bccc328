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
