import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openPanel } from '../../lib/background/panel';
import { sendToBackground } from '../../lib/messaging/client';
import type { IcpList } from '../../lib/messaging/views';
import { FRAMEWORK_LABELS, FRAMEWORK_OPTIONS } from '../../lib/settings/labels';
import type { Framework, Settings } from '../../lib/settings/settings';
import { openDemoTab } from '../../lib/welcome/demo';
import { activePreset, usePreset } from '../../lib/welcome/first-run';
import { ChoiceGroup } from '../settings/ChoiceGroup';
import { errorText } from '../settings/Status';

/**
 * The first-run page, opened on install: what ICP Lens does and reads in three steps, a starting ICP and framework,
 * and the demo company with the panel beside it, so the first explained score is seen within a minute.
 */
export function WelcomePage() {
  // Read ahead: the click handler must open the panel synchronously, before the user gesture is spent.
  const [windowId, setWindowId] = useState<number | undefined>();
  const [list, setList] = useState<IcpList>();
  const [framework, setFramework] = useState<Framework>();
  const [status, setStatus] = useState('');
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
    sendToBackground<IcpList, 'ui-bg/list-icps'>('ui-bg/list-icps', {})
      .then(setList)
      .catch((error: unknown) => setStatus(`Your ICPs could not be read: ${errorText(error)}`));
    sendToBackground<Settings, 'ui-bg/get-settings'>('ui-bg/get-settings', {})
      .then((s) => setFramework(s.framework))
      .catch((error: unknown) => setStatus(`Your settings could not be read: ${errorText(error)}`));
  }, []);

  const choosePreset = async (presetId: string) => {
    if (!list) return;
    try {
      const next = await usePreset(list, presetId);
      setList(next);
      setStatus(`Scoring with the ICP "${next.icps.find((i) => i.id === next.activeId)?.name}".`);
    } catch (error) {
      setStatus(`Not changed: ${errorText(error)}`);
    }
  };
  const chooseFramework = async (next: Framework) => {
    try {
      const saved = await sendToBackground<Settings, 'ui-bg/save-settings'>('ui-bg/save-settings', { framework: next });
      setFramework(saved.framework);
      setStatus(`Questions from ${FRAMEWORK_LABELS[saved.framework].name}.`);
    } catch (error) {
      setStatus(`Not changed: ${errorText(error)}`);
    }
  };

  return (
    <main class="settings welcome">
      <header class="settings-header">
        <h1>
          <img src="/icon/48.png" alt="" width={32} height={32} class="logo-mark" /> Welcome to ICP Lens
        </h1>
        <p class="lead">
          See how well a company fits the customers you want, and why. No account, no cloud: everything stays in this
          browser.
        </p>
      </header>
      <section aria-labelledby="steps-title" class="settings-section">
        <h2 id="steps-title">How it works</h2>
        <ol class="steps" data-testid="welcome-steps">
          <li>
            <strong>Open a company.</strong> Its website, or its LinkedIn, Crunchbase, Wikipedia or GitHub page. On
            other sites, click the ICP Lens toolbar button or press Alt+Shift+L.
          </li>
          <li>
            <strong>ICP Lens reads what the page states.</strong> Name, industry, size, location, founding year, open
            roles and the technologies in the page's source; on the company's own site, a few more of its pages. It
            never reads forms, passwords or cookies, and sends nothing anywhere.
          </li>
          <li>
            <strong>The side panel scores it.</strong> Fit against your Ideal Customer Profile, why, what is still
            unknown, and the questions worth asking next.
          </li>
        </ol>
      </section>
      <section aria-labelledby="try-title" class="settings-section">
        <h2 id="try-title">Try it now</h2>
        <p>Open an invented company's website with the side panel beside it: its score and why, in a few seconds.</p>
        <button
          type="button"
          class="primary"
          data-testid="open-demo"
          disabled={windowId === undefined}
          onClick={() => {
            openPanel({ windowId });
            void openDemoTab();
          }}
        >
          Open the demo company
        </button>
      </section>
      <section aria-labelledby="start-title" class="settings-section">
        <h2 id="start-title">Your starting point</h2>
        <p class="hint">Both can be changed at any time: the ICP in the panel's ICP tab, the framework in Settings.</p>
        <ChoiceGroup
          name="preset"
          legend="Ideal Customer Profile: who you sell to"
          options={(list?.presets ?? []).map((p) => ({ value: p.id, label: p.name, description: p.description }))}
          value={list && activePreset(list)}
          disabled={!list}
          onChange={(presetId) => void choosePreset(presetId)}
        />
        <ChoiceGroup
          name="framework"
          legend="Qualification framework: the questions the panel suggests"
          options={FRAMEWORK_OPTIONS}
          value={framework}
          disabled={!framework}
          onChange={(next) => void chooseFramework(next)}
        />
        <p class="status" role="status" data-testid="welcome-status">
          {status}
        </p>
      </section>
    </main>
  );
}
