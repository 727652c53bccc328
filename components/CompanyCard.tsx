import type { AccountRecord } from '../lib/db/db';
import { countryName } from '../lib/panel/company-facts';
import { accountDisplayName } from '../lib/panel/names';

/** Who the page is about: name, domain and the one-line description the company gives of itself. */
export function CompanyCard({ account }: { account: AccountRecord }) {
  const s = account.signals;
  const place = [s.hq?.value.city, s.hq?.value.country && countryName(s.hq.value.country)].filter(Boolean).join(', ');
  return (
    <section class="company" aria-label="Company">
      <h1 data-testid="company-name">{accountDisplayName(account)}</h1>
      <p class="company-meta">
        {account.domain && <span data-testid="company-domain">{account.domain}</span>}
        {place && <span>{place}</span>}
      </p>
      {s.description && <p class="description">{s.description.value}</p>}
    </section>
  );
}
