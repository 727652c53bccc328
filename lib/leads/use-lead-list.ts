import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../messaging/client';
import type { LeadList } from './types';

export type LeadListState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; list: LeadList };

/** The whole list, loaded in one message; loaded again on `reload` and when the page comes back into view. */
export function useLeadList(): { state: LeadListState; reload: () => void } {
  const [state, setState] = useState<LeadListState>({ kind: 'loading' });
  const [nonce, setNonce] = useState(0);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    sendToBackground<LeadList>('ui-bg/list-leads', {})
      .then((list) => live && setState({ kind: 'ready', list }))
      .catch(
        (error: unknown) => live && setState({ kind: 'error', message: String((error as Error)?.message ?? error) }),
      );
    return () => {
      live = false;
    };
  }, [nonce]);
  useEffect(() => {
    // Pages visited in other tabs add leads: a user coming back to this tab sees them.
    const onVisible = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);
  return { state, reload };
}
