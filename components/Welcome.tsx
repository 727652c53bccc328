import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openPanel } from '../lib/background/panel';

/** First-run page: what ICP Lens does and a button that opens the panel (opening it needs a click). */
export function Welcome() {
  // Read ahead: the click handler must open the panel synchronously, before the user gesture is spent.
  const [windowId, setWindowId] = useState<number | undefined>();
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);
  return (
    <main class="panel">
      <h1>ICP Lens is installed</h1>
      <p>
        Open any company website, LinkedIn company or person page, Crunchbase, Wikipedia or GitHub page, then click the
        ICP Lens toolbar button (or press Alt+Shift+L). The side panel shows the fit score against your Ideal Customer
        Profile, why, what is still unknown and the questions worth asking.
      </p>
      <p>Everything stays in this browser: no account, no credits, no cloud.</p>
      <button
        type="button"
        data-testid="open-panel"
        disabled={windowId === undefined}
        onClick={() => openPanel({ windowId })}
      >
        Open the side panel
      </button>
    </main>
  );
}
