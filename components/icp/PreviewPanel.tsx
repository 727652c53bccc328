import type { IcpPreview } from '../../lib/messaging/views';
import { TIERS } from '../../lib/scoring/types';
import { TierBadge, tierClass } from '../TierBadge';

/** What the draft would do: this page's score and the tiers of every saved account, before saving anything. */
export function PreviewPanel({ preview, valid }: { preview?: IcpPreview; valid: boolean }) {
  return (
    <section class="preview" aria-labelledby="preview-title" data-testid="icp-preview">
      <h2 id="preview-title">Preview</h2>
      {!valid && <p class="hint">The preview waits until the ICP has no errors.</p>}
      {preview &&
        (preview.score ? (
          <p class="fit">
            This page: <span data-testid="preview-fit">{preview.score.fit}</span> fit{' '}
            <TierBadge tier={preview.score.tier} />
          </p>
        ) : (
          <p class="hint">This tab shows no saved company.</p>
        ))}
      {preview && preview.total === 0 && <p class="hint">No saved accounts yet: browse company sites to fill it.</p>}
      {preview && preview.total > 0 && (
        <ul class="distribution" aria-label={`Tiers of ${preview.total} saved accounts`}>
          {TIERS.map((t) => (
            <li key={t} data-tier={t}>
              <span class="bar-label">{t}</span>
              <span class="bar" aria-hidden="true">
                <span
                  class={`bar-fill ${tierClass(t)}`}
                  style={{ width: `${(100 * preview.tiers[t]) / preview.total}%` }}
                />
              </span>
              <span class="bar-count" data-testid={`preview-count-${t}`}>
                {preview.tiers[t]}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
