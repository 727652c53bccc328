import { type ActionState, errorText } from '../settings/Status';

/** What a connection action says: while it runs (if it takes a while), when it is done, and how a failure starts. */
export interface ActionWords {
  working?: string;
  done: string;
  failed: string;
}

/** Every CRM's disconnect says the same: its token leaves this browser. */
export const DISCONNECTED: ActionWords = {
  done: 'Disconnected: the token is removed from this browser.',
  failed: 'Not disconnected',
};

/**
 * Runs one CRM connection action from the settings (connect, sign in, disconnect): the background answers with the
 * connection's new status, which is shown, and the outcome is said in words. True when it went through.
 */
export async function runConnectionAction<S>(
  setState: (state: ActionState) => void,
  setStatus: (status: S) => void,
  words: ActionWords,
  action: () => Promise<S>,
): Promise<boolean> {
  if (words.working) setState({ kind: 'working', label: words.working });
  try {
    setStatus(await action());
    setState({ kind: 'done', message: words.done });
    return true;
  } catch (error) {
    setState({ kind: 'error', message: `${words.failed}: ${errorText(error)}` });
    return false;
  }
}

/**
 * "acme.my.salesforce.com" or "https://crm.acme.com/rest" → "https://…/*": the one address (a Salesforce org, a
 * Twenty workspace) whose host the browser is asked for at connect time; undefined when it is not an address.
 */
export function hostPattern(address: string): string | undefined {
  const text = address.trim();
  try {
    return `${new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`).origin}/*`;
  } catch {
    return undefined;
  }
}
