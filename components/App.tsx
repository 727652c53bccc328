import { useState } from 'preact/hooks';
import { sendToBackground } from '../lib/messaging/client';
import { type PanelState, type PanelTarget, useTabView, useTargetTab } from '../lib/panel/use-tab-view';
import { openDemoTab } from '../lib/welcome/demo';
import { GrantAccess } from './access/GrantAccess';
import { HeaderLinks } from './HeaderLinks';
import { IcpEditor } from './icp/IcpEditor';
import { SkipLink } from './SkipLink';
import { StateMessage } from './StateMessage';
import { type PanelView, ViewTabs } from './ViewTabs';
import { ScoredBody } from './workflow/ScoredBody';

export function App({ target }: { target: PanelTarget }) {
  const tabId = useTargetTab(target);
  const { state, reload } = useTabView(tabId);
  const [view, setView] = useState<PanelView>('score');
  const readAgain = async () => {
    if (tabId === undefined) return;
    try {
      await sendToBackground('ui-bg/read-tab', { tabId });
    } finally {
      reload();
    }
  };
  return (
    <main class="panel">
      {view === 'score' && <WorkSkipLink state={state} />}
      <header class="brand">
        <span class="logo">ICP Lens</span>
        {state.kind === 'view' && state.view.status === 'scored' && <span class="icp-name">{state.view.icp.name}</span>}
        <HeaderLinks />
      </header>
      <ViewTabs view={view} onChange={setView} />
      <div id={`view-${view}`} role="tabpanel" aria-labelledby={`view-tab-${view}`}>
        {view === 'score' ? <Body state={state} readAgain={readAgain} reload={reload} /> : <IcpEditor tabId={tabId} />}
      </div>
    </main>
  );
}

/** The skip link to the first stage-and-notes section the scored page shows (the person's, then the account's). */
function WorkSkipLink({ state }: { state: PanelState }) {
  if (state.kind !== 'view' || state.view.status !== 'scored') return null;
  const { contactWork, accountWork } = state.view;
  const kind = contactWork ? 'contact' : accountWork ? 'account' : undefined;
  if (!kind) return null;
  return <SkipLink targetId={`${kind}-work-title`} label="Skip to stage, tags and notes" />;
}

function Body({ state, readAgain, reload }: { state: PanelState; readAgain: () => void; reload: () => void }) {
  if (state.kind === 'loading') return <StateMessage testId="state-loading" title="Reading this page…" />;
  if (state.kind === 'error') {
    return (
      <StateMessage
        testId="state-error"
        title="Something went wrong"
        action={{ label: 'Try again', onClick: readAgain }}
      >
        <p>{state.message}</p>
      </StateMessage>
    );
  }
  const view = state.view;
  switch (view.status) {
    case 'pending':
      return <StateMessage testId="state-pending" title="Reading this page…" />;
    case 'inaccessible':
      return (
        <StateMessage
          testId="state-inaccessible"
          title="Page not accessible"
          action={{ label: 'Try again', onClick: readAgain }}
        >
          <p>{view.reason}</p>
          <GrantAccess tabId={view.tabId} onGranted={readAgain} />
        </StateMessage>
      );
    case 'extension-page':
      return (
        <StateMessage
          testId="state-extension-page"
          title="No company on this page"
          action={{ label: 'Open the demo company', onClick: () => void openDemoTab() }}
        >
          <p>
            This is one of ICP Lens's own pages. Open a company's website, or its LinkedIn, Crunchbase, Wikipedia or
            GitHub page, and this panel scores it. Or try it on an invented company first.
          </p>
        </StateMessage>
      );
    case 'empty':
      return (
        <StateMessage
          testId="state-empty"
          title="Nothing found on this page"
          action={{ label: 'Read again', onClick: readAgain }}
        >
          <p>
            This page has no company or person data ICP Lens can read: no structured data, no company name, no profile.
            Open the company's home or about page, or its LinkedIn page.
          </p>
        </StateMessage>
      );
    case 'excluded':
      return (
        <StateMessage testId="state-excluded" title="Not a company">
          <p>
            You marked {view.site} as not a company, so ICP Lens keeps nothing about it. To score it again, show the
            hidden leads on the Leads page and choose "Count as a company again".
          </p>
        </StateMessage>
      );
    case 'scored':
      return <ScoredBody view={view} onChanged={reload} />;
  }
}
