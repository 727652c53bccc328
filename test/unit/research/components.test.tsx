import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { NextLinks, ResearchStatus } from '../../../components/research/ResearchStatus';
import type { AccountRecord } from '../../../lib/db/db';
import type { ResearchView } from '../../../lib/messaging/views';
import { nextLinks, researchView } from '../../../lib/research/view';

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

const base: ResearchView = { site: 'sumup.com', status: 'running', done: 2, total: 5, pages: [] };

describe('research in the panel', () => {
  it('says which page of how many it is reading, then what each page gave, in words', () => {
    expect(mount(<ResearchStatus research={base} tabId={1} onChanged={() => undefined} />).textContent).toContain(
      'Reading 3 of 5 pages of sumup.com…',
    );
    const done = researchView({
      site: 'sumup.com',
      status: 'done',
      done: 3,
      total: 3,
      updatedAt: 0,
      pages: [
        { url: 'https://sumup.com/kontakt', kind: 'contact', outcome: 'read' },
        { url: 'https://sumup.com/careers', kind: 'careers', outcome: 'not-found' },
        { url: 'https://sumup.com/about', kind: 'about', outcome: 'too-many-redirects' },
      ],
    });
    render(null, root);
    root.remove();
    const el = mount(<ResearchStatus research={done} tabId={1} onChanged={() => undefined} />);
    expect(el.querySelector('[data-testid="research-done"]')?.textContent).toBe('Read 1 more page of sumup.com.');
    expect([...el.querySelectorAll('[data-testid="research-pages"] li')].map((li) => li.textContent)).toEqual([
      '/kontakt (contact page): read',
      '/careers (careers page): not found',
      '/about (about page): redirects too often',
    ]);
    // Page-supplied addresses are text and links, never markup.
    expect(el.querySelector('script')).toBeNull();
  });

  it('offers "Research this company" where research did not run, and says why', () => {
    const el = mount(
      <ResearchStatus
        research={{ ...base, status: 'needs-access', origin: 'https://sumup.com/*' }}
        tabId={1}
        onChanged={() => undefined}
      />,
    );
    expect(el.querySelector('[data-testid="research-why"]')?.textContent).toContain('allow ICP Lens on this site');
    expect(el.querySelector('[data-testid="research-start"]')?.textContent).toBe('Research this company');
  });

  it('offers the profiles that could settle what is still unknown', () => {
    const fact = (value: string) => ({
      value,
      source: 'links',
      layer: 'heuristic' as const,
      url: 'https://a.de/',
      confidence: 0.6,
      observedAt: 0,
    });
    const account = {
      id: 'a.de',
      aliases: [],
      tags: [],
      firstSeen: 0,
      lastSeen: 0,
      signals: {
        socials: { linkedin: fact('https://www.linkedin.com/company/a'), github: fact('javascript:alert(1)') },
      },
      score: { criteria: [{ field: 'employees', match: null }] },
    } as unknown as AccountRecord;
    const links = nextLinks(account);
    expect(links).toEqual([
      {
        label: 'LinkedIn company page',
        url: 'https://www.linkedin.com/company/a',
        could: 'size, industry, headquarters, founding year',
      },
    ]);
    const el = mount(<NextLinks links={links} />);
    expect(el.querySelector('a')?.getAttribute('href')).toBe('https://www.linkedin.com/company/a');
  });
});
