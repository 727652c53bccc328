import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { PeopleCard } from '../../../components/people/PeopleCard';
import type { AccountPeople } from '../../../lib/messaging/views';
import { mount } from './mount';

afterEach(() => {
  vi.restoreAllMocks();
});

const people: AccountPeople = {
  total: 31,
  offer: 'a sales tool',
  shown: [
    {
      id: 'acme.example#annabeispiel',
      // A page's text, with markup in it: it must show as text.
      name: 'Anna <img src=x onerror=alert(1)> Beispiel',
      title: 'VP Sales',
      seniority: 'Vice president',
      department: 'Sales',
      fit: 100,
      role: {
        value: 'decision-maker',
        label: 'decision maker',
        byUser: false,
        suggested: 'decision-maker',
        reason: 'VP Sales: decision maker for a sales tool (leads a team that would use it)',
      },
      source: {
        source: "from the page's list of its team",
        page: 'acme.example/team',
        url: 'https://acme.example/team',
      },
    },
  ],
};

describe('the People card', () => {
  it('lists each person with title, role and reason, as text, and sends a changed buying role', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async () => ({ ok: true, data: {} }));
    const changed = vi.fn();
    const el = mount(<PeopleCard people={people} onChanged={changed} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('[data-testid="person-name"]')?.textContent).toBe(
      'Anna <img src=x onerror=alert(1)> Beispiel',
    );
    expect(el.querySelector('[data-testid="buying-role-reason"]')?.textContent).toContain(
      'decision maker for a sales tool',
    );
    expect(el.querySelector('[data-testid="person-source"] a')?.getAttribute('href')).toBe('https://acme.example/team');
    expect(el.textContent).toContain('30 more on the Leads page');
    expect(el.textContent).not.toContain('#annabeispiel');

    const select = el.querySelector('select') as HTMLSelectElement;
    expect(select.options[0]?.textContent).toBe('Suggested (decision maker)');
    await act(async () => {
      select.value = 'champion';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(send).toHaveBeenCalledWith({
      type: 'ui-bg/set-buying-role',
      payload: { contactId: 'acme.example#annabeispiel', role: 'champion' },
    });
    expect(changed).toHaveBeenCalled();
  });
});
