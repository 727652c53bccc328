/**
 * The name a person reads for an account: its name, else its domain, else its profile's address
 * ("linkedin.com/company/acme"). Never the internal key (`profile:...`).
 */
export function accountDisplayName(account: { name?: string; domain?: string; aliases: string[] }): string {
  return account.name ?? account.domain ?? account.aliases[0] ?? 'This company';
}

/** A person's name, else their profile's address without the scheme. */
export function personDisplayName(contact: { name?: string; id: string }): string {
  return contact.name ?? contact.id.replace(/^https?:\/\//, '');
}
