import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../lib/messaging/client';
import { FRAMEWORK_OPTIONS, THEME_LABELS } from '../../lib/settings/labels';
import { type Settings, THEMES } from '../../lib/settings/settings';
import { applyTheme } from '../../lib/settings/theme';
import { SiteAccess } from '../access/SiteAccess';
import { HubSpotSettings } from '../crm/HubSpotSettings';
import { SalesforceSettings } from '../crm/SalesforceSettings';
import { TwentySettings } from '../crm/TwentySettings';
import { ResearchSettings } from '../research/ResearchSettings';
import { BackupSection } from './BackupSection';
import { ChoiceGroup } from './ChoiceGroup';
import { DeleteAllSection } from './DeleteAllSection';
import { type ActionState, errorText, Status } from './Status';
import { TeamIcpSection } from './TeamIcpSection';

const themeOptions = THEMES.map((value) => ({ value, label: THEME_LABELS[value] }));

/** The options page: preferences, then the user's data as a whole. */
export function SettingsPage() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [state, setState] = useState<ActionState>({ kind: 'idle' });
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    sendToBackground<Settings, 'ui-bg/get-settings'>('ui-bg/get-settings', {})
      .then(setSettings)
      .catch((error: unknown) =>
        setState({ kind: 'error', message: `Settings could not be read: ${errorText(error)}` }),
      );
  }, [loads]);

  const save = async (change: Partial<Settings>) => {
    if (change.theme) applyTheme(change.theme);
    try {
      const saved = await sendToBackground<Settings, 'ui-bg/save-settings'>('ui-bg/save-settings', change);
      setSettings(saved);
      setState({ kind: 'done', message: 'Saved.' });
    } catch (error) {
      // The choice shown stays the stored one, and so do the colours.
      if (change.theme && settings) applyTheme(settings.theme);
      setState({ kind: 'error', message: `Not saved: ${errorText(error)}` });
    }
  };

  return (
    <main class="settings">
      <header class="settings-header">
        <h1>ICP Lens settings</h1>
      </header>
      <section aria-labelledby="preferences-title" class="settings-section">
        <h2 id="preferences-title">Preferences</h2>
        <ChoiceGroup
          name="framework"
          legend="Qualification framework: the questions the panel suggests and what it tracks"
          options={FRAMEWORK_OPTIONS}
          value={settings?.framework}
          disabled={!settings}
          onChange={(framework) => void save({ framework })}
        />
        <ChoiceGroup
          name="theme"
          legend="Theme"
          options={themeOptions}
          value={settings?.theme}
          disabled={!settings}
          onChange={(theme) => void save({ theme })}
        />
        <ResearchSettings settings={settings} onChange={(change) => void save(change)} />
        <Status state={state} testId="settings-status" />
      </section>
      <TeamIcpSection />
      <SiteAccess />
      <HubSpotSettings />
      <SalesforceSettings />
      <TwentySettings />
      <BackupSection />
      <DeleteAllSection onDeleted={() => setLoads((n) => n + 1)} />
    </main>
  );
}
