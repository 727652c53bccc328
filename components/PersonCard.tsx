import type { AccountRecord, ContactRecord } from '../lib/db/db';
import { TierBadge } from './TierBadge';

/** A person page: who, their role, how well they match the ICP's persona, and their employer's fit when known. */
export function PersonCard({ contact, employer }: { contact: ContactRecord; employer?: AccountRecord }) {
  const s = contact.signals;
  return (
    <section class="company" aria-label="Person">
      <h1 data-testid="person-name">{contact.name ?? contact.id}</h1>
      <p class="company-meta">
        {[s.title?.value, s.employer?.value, s.location?.value].filter(Boolean).map((part) => (
          <span key={part}>{part}</span>
        ))}
      </p>
      {contact.score && (
        <p>
          Persona fit <strong>{contact.score.fit}</strong> <TierBadge tier={contact.score.tier} />
        </p>
      )}
      {employer && (
        <p data-testid="employer">
          Works at <strong data-testid="employer-name">{employer.name ?? employer.domain ?? employer.id}</strong>
          {employer.score ? (
            <>
              {' '}
              · account fit <strong data-testid="employer-fit">{employer.score.fit}</strong>{' '}
              <TierBadge tier={employer.score.tier} />
            </>
          ) : (
            ' · not scored yet'
          )}
        </p>
      )}
    </section>
  );
}
