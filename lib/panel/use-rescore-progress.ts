import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { protocol } from '../messaging/protocol';
import type { RescoreProgress } from '../messaging/views';

/** The latest `bg-ui/rescore-progress` broadcast, validated like every message: for any page that shows rescoring. */
export function useRescoreProgress(): [RescoreProgress | undefined, (p: RescoreProgress | undefined) => void] {
  const [progress, setProgress] = useState<RescoreProgress>();
  useEffect(() => {
    const onMessage = (raw: unknown) => {
      const m = raw as { type?: unknown; payload?: unknown };
      if (m?.type !== 'bg-ui/rescore-progress') return undefined;
      const parsed = protocol['bg-ui/rescore-progress'].payload.safeParse(m.payload);
      if (parsed.success) setProgress(parsed.data);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);
  return [progress, setProgress];
}
