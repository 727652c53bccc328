import { countsLine, fieldLine, statusWords } from '../../lib/crm/text';
import type { FieldStatus, PushPreviewView } from '../../lib/messaging/views';

/**
 * What a push would do, record by record and field by field. Unchanged fields are folded away: what matters is what
 * changes and what the CRM keeps. Every value came from a page or HubSpot: shown as text only.
 */
export function PushPreview({
  preview,
  crm,
  company = 'Company',
}: {
  preview: PushPreviewView;
  crm: string;
  /** What the CRM calls a company record: "Company", "Account". */
  company?: string;
}) {
  const words = statusWords(crm);
  const order: FieldStatus[] = ['new', 'changed', 'kept', 'unchanged'];
  return (
    <div class="push-preview" data-testid="push-preview">
      <p data-testid="push-counts">{countsLine(preview.counts, crm) || 'Nothing to push.'}</p>
      {preview.createsProperties > 0 && (
        <p>
          The first push creates an "ICP Lens" property group in {crm} with {preview.createsProperties} properties.
        </p>
      )}
      {preview.notes.map((note) => (
        <p key={note} class="status" data-testid="push-note">
          {note}.
        </p>
      ))}
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
                  {r.kind === 'company' ? company : 'Person'}: {r.label} ({r.exists ? `in ${crm}` : `new in ${crm}`})
                </summary>
                <ul>
                  {order.flatMap((status) =>
                    r.fields
                      .filter((f) => f.status === status)
                      .map((f) => (
                        <li key={f.property} data-status={status}>
                          <span class={`push-status ${status}`}>{words[status]}</span> {fieldLine(f)}
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
