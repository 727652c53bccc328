import { sendToBackground } from '../../lib/messaging/client';
import type { AccountPeople, AccountPerson } from '../../lib/messaging/views';
import { BUYING_ROLE_LABELS, BUYING_ROLES, type BuyingRole } from '../../lib/people/buying-role';
import { useSend } from '../workflow/use-send';

/**
 * Who to talk to at the account: the people its pages list, best persona fit first, each with the job title, the
 * buying role (suggested for what the ICP sells, or the user's choice) and the page they were read on. Every text is
 * page content rendered as text, never as HTML.
 */
export function PeopleCard({ people, onChanged }: { people: AccountPeople; onChanged: () => void }) {
  const more = people.total - people.shown.length;
  return (
    <section class="people" aria-labelledby="people-title" data-testid="people">
      <h2 id="people-title">People ({people.total})</h2>
      <p class="hint">Best persona fit first. Buying roles are suggested for {people.offer}: change any.</p>
      <ul class="people-list">
        {people.shown.map((person) => (
          <PersonRow key={person.id} person={person} onChanged={onChanged} />
        ))}
      </ul>
      {more > 0 && <p class="hint">{more} more on the Leads page.</p>}
    </section>
  );
}

function PersonRow({ person, onChanged }: { person: AccountPerson; onChanged: () => void }) {
  return (
    <li class="person" data-testid="person">
      <div class="section-head">
        <strong data-testid="person-name">{person.name}</strong>
        {person.fit !== undefined && <span class="points">persona fit {person.fit}</span>}
      </div>
      {person.title && <div data-testid="person-title">{person.title}</div>}
      {(person.seniority || person.department) && (
        <div class="source">{[person.seniority, person.department].filter(Boolean).join(' · ')}</div>
      )}
      <BuyingRoleField person={person} onChanged={onChanged} />
      <p class="source" data-testid="person-source">
        {person.source.source}
        {person.source.page && person.source.url && (
          <>
            {' on '}
            <a href={person.source.url} target="_blank" rel="noopener noreferrer">
              {person.source.page}
            </a>
          </>
        )}
      </p>
    </li>
  );
}

/** A person's buying role: "Suggested (...)" or the user's choice, and why, in words. */
export function BuyingRoleField({ person, onChanged }: { person: AccountPerson; onChanged: () => void }) {
  const { busy, error, run } = useSend(onChanged);
  const role = person.role;
  const suggested = role?.suggested;
  const selectId = `role-${person.id}`;
  const choose = (value: string) =>
    run(() =>
      sendToBackground('ui-bg/set-buying-role', {
        contactId: person.id,
        role: value ? (value as BuyingRole) : null,
      }),
    );
  return (
    <>
      <div class="field inline">
        <label for={selectId}>Buying role</label>
        <select
          id={selectId}
          data-testid="buying-role"
          value={role?.byUser ? role.value : ''}
          disabled={busy}
          onChange={(e) => choose(e.currentTarget.value)}
        >
          <option value="">Suggested ({suggested ? BUYING_ROLE_LABELS[suggested] : 'none'})</option>
          {BUYING_ROLES.map((r) => (
            <option key={r} value={r}>
              {BUYING_ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        {error && <span class="error-text">{error}</span>}
      </div>
      {role && (
        <p class="why" data-testid="buying-role-reason">
          {role.reason}
        </p>
      )}
    </>
  );
}
