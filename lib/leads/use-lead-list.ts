import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../messaging/client';
import { protocol } from '../messaging/protocol';
import type { LeadList } from './types';

export type LeadListState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; list: LeadList };

/** Whether a runtime message is the background's `bg-ui/leads-changed`, checked against its schema. */
export function isLeadsChanged(message: unknown): boolean {
  const m = message as { type?: unknown; payload?: unknown } | undefined;
  return m?.type === 'bg-ui/leads-changed' && protocol['bg-ui/leads-changed'].payload.safeParse(m.payload).success;
}

/**
 * The whole list, loaded in one message; loaded again on `reload`, when the page comes back into view, and when the
 * background says stored leads changed (the side panel, a page read, an import...). While a load is under way, further
 * reloads are folded into one more load after it. The list already shown stays until the new one arrives, so the
 * table keeps its scroll position and the page its selection.
 */
export function useLeadList(): { state: LeadListState; reload: () => void } {
  const [state, setState] = useState<LeadListState>({ kind: 'loading' });
  const loading = useRef(false);
  const again = useRef(false);
  const live = useRef(true);

  const reload = useCallback(() => {
    if (loading.current) {
      again.current = true;
      return;
    }
    loading.current = true;
    sendToBackground<LeadList>('ui-bg/list-leads', {})
      .then((list) => live.current && setState({ kind: 'ready', list }))
      .catch(
        (error: unknown) =>
          live.current && setState({ kind: 'error', message: String((error as Error)?.message ?? error) }),
      )
      .finally(() => {
        loading.current = false;
        if (again.current && live.current) {
          again.current = false;
          reload();
        }
      });
  }, []);

  useEffect(() => {
    live.current = true;
    reload();
    // Pages visited in other tabs add leads: a user coming back to this tab sees them.
    const onVisible = () => document.visibilityState === 'visible' && reload();
    const onMessage = (message: unknown) => {
      if (isLeadsChanged(message)) reload();
      return undefined;
    };
    document.addEventListener('visibilitychange', onVisible);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      live.current = false;
      document.removeEventListener('visibilitychange', onVisible);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [reload]);
  return { state, reload };
}
