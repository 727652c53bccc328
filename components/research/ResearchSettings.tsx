import { RESEARCH_PAGES, type Settings } from '../../lib/settings/settings';

/**
 * Research on or off, and how many pages of a company's own site it reads. Saved on change; the number is saved once
 * it is a whole number in range (the field refuses others).
 */
export function ResearchSettings({
  settings,
  onChange,
}: {
  settings: Settings | undefined;
  onChange: (change: Partial<Settings>) => void;
}) {
  return (
    <fieldset class="choices" disabled={!settings} data-testid="research-settings">
      <legend>Research: read the company's own site</legend>
      <div class="choice">
        <input
          type="checkbox"
          id="research-on"
          checked={settings?.research ?? true}
          aria-describedby="research-on-description"
          onChange={(e) => onChange({ research: e.currentTarget.checked })}
        />
        <label for="research-on">Read a few more pages of a company's site when you open one</label>
        <p class="hint" id="research-on-description">
          Its about, contact, imprint, careers and pricing pages, from the links on the page you opened. Only the
          company's own site is read, without your cookies, and nothing is sent anywhere else. Each page at most once a
          week.
        </p>
      </div>
      <div class="choice">
        <label for="research-pages">Pages per company</label>{' '}
        <input
          type="number"
          id="research-pages"
          min={RESEARCH_PAGES.min}
          max={RESEARCH_PAGES.max}
          step={1}
          value={settings?.researchPages ?? RESEARCH_PAGES.default}
          onChange={(e) => {
            const n = Number(e.currentTarget.value);
            if (Number.isInteger(n) && n >= RESEARCH_PAGES.min && n <= RESEARCH_PAGES.max)
              onChange({ researchPages: n });
          }}
        />
      </div>
    </fieldset>
  );
}
