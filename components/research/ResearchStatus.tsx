import { useState } from 'preact/hooks';
import { sendToBackground } from '../../lib/messaging/client';
import type { NextLink, ResearchView } from '../../lib/messaging/views';
import { requestSites } from '../../lib/platform/site-access';

/**
 * Research of the company's own site: "Reading 3 of 5 pages of acme.com…" while it runs, then the pages read and
 * what each gave; where it did not run by itself, "Research this company" (asking for the site when ICP Lens may not
 * read it yet).
 */
export function ResearchStatus({
  research,
  tabId,
  onChanged,
}: {
  research: ResearchView;
  tabId: number;
  onChanged: () => void;
}) {
  const [note, setNote] = useState<string>();
  const start = () => {
    const run = () =>
      sendToBackground<{ started: boolean }, 'ui-bg/research-tab'>('ui-bg/research-tab', { tabId }).then(
        ({ started }) => (started ? onChanged() : setNote('The page could not be read again: reload it and retry.')),
        (error: unknown) => setNote(error instanceof Error ? error.message : String(error)),
      );
    if (research.status !== 'needs-access' || !research.origin) return void run();
    // The request needs this click: nothing may be awaited before it.
    requestSites([research.origin]).then(
      (granted) => (granted ? run() : setNote('Access was not granted: ICP Lens reads only this page.')),
      (error: unknown) => setNote(error instanceof Error ? error.message : String(error)),
    );
  };
  const read = research.pages.filter((p) => p.read).length;
  return (
    <section class="research" aria-labelledby="research-title" data-testid="research">
      <h2 id="research-title">The company's own site</h2>
      {research.status === 'running' && (
        <p role="status" data-testid="research-progress">
          Reading {Math.min(research.done + 1, Math.max(research.total, 1))} of {Math.max(research.total, 1)} pages of{' '}
          {research.site}…
        </p>
      )}
      {research.status === 'done' && (
        <p role="status" data-testid="research-done">
          {read
            ? `Read ${read} more ${read === 1 ? 'page' : 'pages'} of ${research.site}.`
            : `Nothing more found on ${research.site}.`}
        </p>
      )}
      {research.status !== 'running' && research.status !== 'done' && (
        <>
          <p data-testid="research-why">{WHY[research.status]}</p>
          <button type="button" class="primary" data-testid="research-start" onClick={start}>
            Research this company
          </button>
        </>
      )}
      {research.pages.length > 0 && (
        <details class="research-pages">
          <summary>Pages tried</summary>
          <ul data-testid="research-pages">
            {research.pages.map((p) => (
              <li key={p.url} data-read={p.read}>
                <a href={p.url} target="_blank" rel="noopener noreferrer">
                  {p.path}
                </a>{' '}
                ({p.kind}): {p.outcome}
              </li>
            ))}
          </ul>
        </details>
      )}
      {note && (
        <p class="hint" role="status" data-testid="research-note">
          {note}
        </p>
      )}
    </section>
  );
}

const WHY: Record<Exclude<ResearchView['status'], 'running' | 'done'>, string> = {
  'needs-access':
    'ICP Lens may read only this page of the site. Its about, contact, imprint and careers pages usually say what is still unknown: allow ICP Lens on this site to read them (without your cookies, nothing sent anywhere else).',
  off: "Research is off in the settings. You can still read the company's about, contact, imprint and careers pages now.",
  interrupted: 'Research stopped before it was done.',
};

/** Where to look next: the company's own profiles that could settle what is still unknown, one click each. */
export function NextLinks({ links }: { links: NextLink[] }) {
  return (
    <section aria-labelledby="next-title" data-testid="next-links">
      <h2 id="next-title">Where to look next</h2>
      <ul class="next-links">
        {links.map((l) => (
          <li key={l.url}>
            <a href={l.url} target="_blank" rel="noopener noreferrer">
              {l.label}
            </a>{' '}
            <span class="hint">could tell: {l.could}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
