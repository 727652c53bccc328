import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../lib/messaging/client';
import type { ResearchQueueView as QueueStatus } from '../../lib/messaging/views';
import { ALL_SITES, requestSites } from '../../lib/platform/site-access';

const n = (x: number) => x.toLocaleString('en-US');

function duration(seconds: number): string {
  if (seconds < 90) return 'about a minute';
  if (seconds < 3600) return `about ${Math.round(seconds / 60)} minutes`;
  return `about ${(seconds / 3600).toFixed(1)} hours`;
}

/** The queue's counts in words: what each account ended as. */
function summary(s: QueueStatus): string {
  const c = s.counts;
  const done = c.researched + c.unreachable + c.refused + c['no-data'];
  const total = done + c.queued + c.running;
  const parts = [
    `${n(c.researched)} researched`,
    `${n(c.unreachable)} unreachable`,
    `${n(c.refused)} refused by robots.txt`,
    `${n(c['no-data'])} with no company data`,
  ];
  if (c.cancelled) parts.push(`${n(c.cancelled)} cancelled`);
  return `${n(done)} of ${n(total)} sites done: ${parts.join(', ')}.`;
}

/**
 * "Research" on the Leads page: reads the own sites of the companies shown (a filtered selection, or an imported
 * list), two at a time, one page a second each, honouring robots.txt; with counts, an estimate, pause, resume and
 * cancel. Needs access to all sites, asked for here with the reason.
 */
export function BulkResearch({ accountIds, onProgress }: { accountIds: string[]; onProgress: () => void }) {
  const [status, setStatus] = useState<QueueStatus>();
  const [note, setNote] = useState<string>();
  const progress = useRef(onProgress);
  progress.current = onProgress;

  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastDone = -1;
    const load = () => {
      timer = undefined;
      sendToBackground<QueueStatus, 'ui-bg/research-queue-status'>('ui-bg/research-queue-status', {}).then(
        (s) => {
          if (!alive) return;
          setStatus(s);
          const done = s.counts.researched + s.counts['no-data'];
          // The list shows the new facts and scores when a site is done, at most every few seconds.
          if (lastDone >= 0 && done !== lastDone) progress.current();
          lastDone = done;
        },
        () => undefined,
      );
    };
    // A thousand sites move the queue often: one status read per second at most.
    const onMessage = (message: unknown) => {
      if ((message as { type?: unknown })?.type === 'bg-ui/research-queue-changed' && !timer)
        timer = setTimeout(load, 1_000);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    load();
    return () => {
      alive = false;
      clearTimeout(timer);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);

  const control = (action: 'pause' | 'resume' | 'cancel' | 'clear') =>
    sendToBackground<QueueStatus, 'ui-bg/research-queue-control'>('ui-bg/research-queue-control', { action }).then(
      setStatus,
      (error: unknown) => setNote(error instanceof Error ? error.message : String(error)),
    );

  const add = () =>
    sendToBackground<{ queued: number; skipped: number }, 'ui-bg/research-queue-add'>('ui-bg/research-queue-add', {
      accountIds: accountIds.slice(0, 5_000),
    }).then(
      ({ queued, skipped }) =>
        setNote(
          `${n(queued)} ${queued === 1 ? 'site' : 'sites'} queued.${skipped ? ` ${n(skipped)} without a website were left out.` : ''}`,
        ),
      (error: unknown) => setNote(error instanceof Error ? error.message : String(error)),
    );

  const start = () => {
    // The request needs this click: nothing is awaited before it.
    requestSites([ALL_SITES]).then(
      (granted) => (granted ? add() : setNote('Access to all sites was not granted, so nothing was queued.')),
      (error: unknown) => setNote(error instanceof Error ? error.message : String(error)),
    );
  };

  const active = !!status && status.counts.queued + status.counts.running > 0;
  const finished =
    !!status &&
    status.counts.researched +
      status.counts.unreachable +
      status.counts.refused +
      status.counts['no-data'] +
      status.counts.cancelled >
      0;
  return (
    <section class="bulk-research" aria-labelledby="bulk-research-title" data-testid="bulk-research">
      <h2 id="bulk-research-title">Research</h2>
      <p class="hint">
        Reads up to six pages of each company's own site (about, contact, imprint, careers, pricing) to fill in what is
        unknown: two sites at a time, one page a second each, as each site's robots.txt allows, without your cookies,
        nothing sent anywhere else. It needs access to all sites, since you never opened these sites yourself.
      </p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-testid="research-shown"
          disabled={!accountIds.length}
          onClick={start}
        >
          Research the {n(accountIds.length)} {accountIds.length === 1 ? 'company' : 'companies'} shown
        </button>
        {active && !status.paused && (
          <button type="button" data-testid="research-pause" onClick={() => void control('pause')}>
            Pause
          </button>
        )}
        {active && status.paused && (
          <button type="button" data-testid="research-resume" onClick={() => void control('resume')}>
            Resume
          </button>
        )}
        {active && (
          <button type="button" data-testid="research-cancel" onClick={() => void control('cancel')}>
            Cancel
          </button>
        )}
        {!active && finished && (
          <button type="button" data-testid="research-clear" onClick={() => void control('clear')}>
            Clear the list
          </button>
        )}
      </div>
      {status && (active || finished) && (
        <p role="status" data-testid="research-queue-status">
          {summary(status)}{' '}
          {active &&
            (status.paused
              ? 'Paused.'
              : `Reading ${status.running.join(' and ') || 'the next site'}; ${duration(status.estimateSeconds)} left.`)}
        </p>
      )}
      {note && (
        <p class="hint" role="status" data-testid="research-queue-note">
          {note}
        </p>
      )}
    </section>
  );
}
