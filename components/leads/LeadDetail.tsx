import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground } from '../../lib/messaging/client';
import type { LeadDetail as Detail } from '../../lib/messaging/views';
import { accountDisplayName, personDisplayName } from '../../lib/panel/names';
import type { Target } from '../../lib/workflow/limits';
import { Breakdown } from '../Breakdown';
import { CompanyCard } from '../CompanyCard';
import { FactsCard } from '../FactsCard';
import { PersonCard } from '../PersonCard';
import { ScoreSummary } from '../ScoreSummary';
import { Unknowns } from '../Unknowns';
import { Qualification } from '../workflow/Qualification';
import { Tagging } from '../workflow/Tagging';
import { PanelStyled } from './PanelStyled';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; detail: Detail };

/** One lead's detail, loaded again when `version` changes (the list was reloaded after a change) or after an edit. */
function useLeadDetail(target: Target, version: number) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [nonce, setNonce] = useState(0);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    sendToBackground<Detail, 'ui-bg/get-lead'>('ui-bg/get-lead', { target })
      .then((detail) => live && setState({ kind: 'ready', detail }))
      .catch(
        (error: unknown) => live && setState({ kind: 'error', message: (error as Error)?.message ?? String(error) }),
      );
    return () => {
      live = false;
    };
  }, [target.kind, target.id, version, nonce]);
  return { state, reload };
}

interface Props {
  target: Target;
  /** What the row showed, until the detail arrives. */
  name: string;
  version: number;
  onOpen: (target: Target) => void;
  onClose: () => void;
}

/**
 * The detail of one lead beside the list, without visiting its site: facts with their sources, the score with its
 * breakdown and unknowns, recorded answers, the company's people (or the person's employer), and stage, tags, notes
 * and activities to edit, with the side panel's own components. Escape or Close returns to the row.
 */
export function LeadDetail({ target, name, version, onOpen, onClose }: Props) {
  const { state, reload } = useLeadDetail(target, version);
  const heading = useRef<HTMLHeadingElement>(null);
  const aside = useRef<HTMLElement>(null);
  useEffect(() => heading.current?.focus(), [target.kind, target.id]);
  useEffect(() => {
    // Escape closes from inside the detail, or when focus fell to the page (a button that went disabled), but not
    // from the list (where it clears the selection) or a dialog (which it closes).
    const onKey = (e: KeyboardEvent) => {
      const from = e.target as Node;
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (from === document.body || aside.current?.contains(from)) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  const title = state.kind === 'ready' ? detailName(state.detail) : name;
  return (
    <aside ref={aside} class="lead-detail" aria-labelledby="lead-detail-title" data-testid="lead-detail">
      <div class="lead-detail-bar">
        <h2 id="lead-detail-title" tabIndex={-1} ref={heading}>
          {target.kind === 'account' ? 'Company' : 'Person'}: {title}
        </h2>
        <button type="button" onClick={onClose} data-testid="close-detail">
          Close
        </button>
      </div>
      {state.kind === 'loading' && <p role="status">Loading…</p>}
      {state.kind === 'error' && (
        <p role="alert" class="error">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' && (
        <PanelStyled>
          <DetailBody detail={state.detail} onChanged={reload} onOpen={onOpen} />
        </PanelStyled>
      )}
    </aside>
  );
}

function detailName(detail: Detail): string {
  return detail.kind === 'account' ? accountDisplayName(detail.account) : personDisplayName(detail.contact);
}

function DetailBody({
  detail,
  onChanged,
  onOpen,
}: {
  detail: Detail;
  onChanged: () => void;
  onOpen: (t: Target) => void;
}) {
  const record = detail.kind === 'account' ? detail.account : detail.contact;
  return (
    <>
      {detail.kind === 'account' ? (
        <>
          <CompanyCard account={detail.account} />
          <FactsCard signals={detail.account.signals} />
          {detail.account.score && (
            <>
              <ScoreSummary score={detail.account.score} />
              <Breakdown criteria={detail.account.score.criteria} />
              <Unknowns criteria={detail.account.score.criteria} />
            </>
          )}
        </>
      ) : (
        <>
          <PersonCard contact={detail.contact} employer={detail.employer} />
          {detail.employer && (
            <p>
              <button
                type="button"
                class="link"
                onClick={() => onOpen({ kind: 'account', id: detail.employer?.id ?? '' })}
              >
                Open {accountDisplayName(detail.employer)}
              </button>
            </p>
          )}
        </>
      )}
      {(detail.kind === 'account' || detail.employer) && (
        <Qualification work={detail.work} framework={detail.framework} onChanged={onChanged} />
      )}
      {detail.kind === 'account' && <People detail={detail} onOpen={onOpen} />}
      <Tagging
        record={record}
        work={detail.work}
        activityTypes={detail.activityTypes}
        who={detailName(detail)}
        onChanged={onChanged}
      />
    </>
  );
}

function People({ detail, onOpen }: { detail: Detail; onOpen: (t: Target) => void }) {
  return (
    <section aria-labelledby="people-title" data-testid="detail-people">
      <h2 id="people-title">People</h2>
      {detail.people.length === 0 ? (
        <p class="hint">No person of this company saved yet.</p>
      ) : (
        <ul class="answers">
          {detail.people.map((p) => (
            <li key={p.id}>
              <button type="button" class="link" onClick={() => onOpen({ kind: 'contact', id: p.id })}>
                {p.name}
              </button>
              <span class="hint">{[p.title, p.stage].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
