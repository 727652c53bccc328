import { countsLine, fieldLine, STATUS_WORDS } from '../../lib/crm/text';
import type { FieldStatus, PushPreviewView } from '../../lib/messaging/views';

/**
 * What a push would do, record by record and field by field. Unchanged fields are folded away: what matters is what
 * changes and what HubSpot keeps. Every value came from a page or HubSpot: shown as text only.
 */
export function PushPreview({ preview }: { preview: PushPreviewView }) {
  const order: FieldStatus[] = ['new', 'changed', 'kept', 'unchanged'];
  return (
    <div class="push-preview" data-testid="push-preview">
      <p data-testid="push-counts">{countsLine(preview.counts) || 'Nothing to push.'}</p>
      {preview.createsProperties > 0 && (
        <p>
          The first push creates an "ICP Lens" property group in HubSpot with {preview.createsProperties} properties.
        </p>
      )}
      {preview.accounts.map((a) => (
        <div key={a.accountId}>
          {a.skipped && (
            <p class="status error">
              {a.name} is left out: {a.skipped}.
            </p>
          )}
          {!a.skipped &&
            a.records.map((r) => (
              <details
                key={`${r.kind}:${r.label}`}
                data-testid="push-record"
                open={r.fields.some((f) => f.status !== 'unchanged')}
              >
                <summary>
                  {r.kind === 'company' ? 'Company' : 'Person'}: {r.label} ({r.exists ? 'in HubSpot' : 'new in HubSpot'}
                  )
                </summary>
                <ul>
                  {order.flatMap((status) =>
                    r.fields
                      .filter((f) => f.status === status)
                      .map((f) => (
                        <li key={f.property} data-status={status}>
                          <span class={`push-status ${status}`}>{STATUS_WORDS[status]}</span> {fieldLine(f)}
                        </li>
                      )),
                  )}
                </ul>
              </details>
            ))}
        </div>
      ))}
    </div>
  );
}
