import { useState } from 'preact/hooks';

/**
 * Runs one write at a time for a form: `busy` disables its buttons, a refusal from the background shows as `error`
 * next to it (nothing typed is lost), and `onDone` refreshes the view at once instead of waiting for the broadcast.
 */
export function useSend(onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async (write: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    try {
      await write();
      onDone();
      return true;
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
