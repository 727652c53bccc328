import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../lib/messaging/client';
import type { AcceptReply, ReviewReply } from '../../lib/messaging/views';
import { useRescoreProgress } from '../../lib/panel/use-rescore-progress';

export type ReviewState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; reply: ReviewReply };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The review page's data: the review of the ICP named in the address (`?icp=<id>`, else the active one), accepting
 * suggestions, and the rescoring that follows. The review is computed again once the rescoring finishes.
 */
export function useReview(icpId: string | undefined) {
  const [state, setState] = useState<ReviewState>({ kind: 'loading' });
  const [accepted, setAccepted] = useState<AcceptReply>();
  const [progress] = useRescoreProgress();
  const load = useCallback(async () => {
    try {
      const reply = await sendToBackground<ReviewReply, 'ui-bg/review-icp'>('ui-bg/review-icp', {
        ...(icpId && { icpId }),
      });
      setState({ kind: 'ready', reply });
    } catch (error) {
      setState({ kind: 'error', message: message(error) });
    }
  }, [icpId]);
  useEffect(() => void load(), [load]);
  useEffect(() => {
    if (progress?.finished) void load();
  }, [progress, load]);

  /** Accepts weight changes as a new version; throws the background's refusal in words. */
  const accept = async (changes: Array<{ criterionId: string; weight: number }>) => {
    if (state.kind !== 'ready') return;
    const { icp } = state.reply.review;
    const reply = await sendToBackground<AcceptReply, 'ui-bg/accept-review'>('ui-bg/accept-review', {
      icpId: icp.id,
      version: icp.version,
      changes,
    });
    setAccepted(reply);
    await load();
  };
  return { state, accepted, progress, accept, reload: load };
}
