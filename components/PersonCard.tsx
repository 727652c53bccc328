import type { ContactRecord } from '../lib/db/db';
import { TierBadge } from './TierBadge';

/** A person page: who, their role, and how well they match the ICP's persona. */
export function PersonCard({ contact }: { contact: ContactRecord }) {
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
    </section>
  );
}
