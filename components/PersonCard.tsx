import type { AccountRecord, ContactRecord } from '../lib/db/db';
import type { AccountPerson } from '../lib/messaging/views';
import { shortPage } from '../lib/panel/evidence';
import { accountDisplayName, personDisplayName } from '../lib/panel/names';
import { Breakdown } from './Breakdown';
import { BuyingRoleField } from './people/PeopleCard';
import { ScoreSummary } from './ScoreSummary';
import { TierBadge } from './TierBadge';
import { Unknowns } from './Unknowns';

/**
 * A person page: who, their role, how well they match the ICP's persona (with the same breakdown, unknowns and "not
 * enough data" state as a company), and their employer's fit, or a way to read the employer's page when unknown.
 */
export function PersonCard({
  contact,
  employer,
  person,
  onChanged,
}: {
  contact: ContactRecord;
  employer?: AccountRecord;
  /** Their buying role, editable (lib/people); with `onChanged` to refresh once changed. */
  person?: AccountPerson;
  onChanged?: () => void;
}) {
  const s = contact.signals;
  return (
    <>
      <section class="company" aria-label="Person">
        <h1 data-testid="person-name">{personDisplayName(contact)}</h1>
        <p class="company-meta">
          {[s.title?.value, s.employer?.value, s.location?.value].filter(Boolean).map((part) => (
            <span key={part}>{part}</span>
          ))}
        </p>
        <Employer contact={contact} employer={employer} />
        {person && onChanged && <BuyingRoleField person={person} onChanged={onChanged} />}
      </section>
      {contact.score && (
        <div data-testid="persona">
          <ScoreSummary score={contact.score} what="persona fit" />
          <Breakdown criteria={contact.score.criteria} title="Why this persona fit" />
          <Unknowns criteria={contact.score.criteria} title="Still unknown about this person" />
        </div>
      )}
    </>
  );
}

function Employer({ contact, employer }: { contact: ContactRecord; employer?: AccountRecord }) {
  if (employer?.score) {
    return (
      <p data-testid="employer">
        Works at <strong data-testid="employer-name">{accountDisplayName(employer)}</strong> · account fit{' '}
        <strong data-testid="employer-fit">
          {employer.score.tier === '?' ? `${employer.score.fit}–${employer.score.bestCase}` : employer.score.fit}
        </strong>{' '}
        <TierBadge tier={employer.score.tier} />
      </p>
    );
  }
  const url = contact.signals.employerUrl?.value;
  const name = employer ? accountDisplayName(employer) : contact.signals.employer?.value;
  return (
    <p data-testid="employer">
      {name ? `The fit of ${name} is not known yet.` : 'The employer is not known yet.'}{' '}
      {url && shortPage(url) && (
        <a href={url} target="_blank" rel="noopener noreferrer" data-testid="read-employer">
          Read {name ?? 'the employer'}'s page
        </a>
      )}
    </p>
  );
}
