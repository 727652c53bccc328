import type { ContactRecord, IcpLensDb } from '../db/db';
import type { BuyingRole } from './buying-role';

/**
 * The user's buying role for a person (null: back to the suggestion). Stored on the contact, so a new visit of the
 * page, research or a rescoring never changes it (lib/people/record.ts keeps it).
 */
export async function setBuyingRole(db: IcpLensDb, contactId: string, role: BuyingRole | null): Promise<ContactRecord> {
  return db.transaction('rw', db.contacts, async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact) throw new Error('This person is no longer saved: they were deleted.');
    const updated: ContactRecord = { ...contact };
    if (role) updated.buyingRole = role;
    else delete updated.buyingRole;
    await db.contacts.put(updated);
    return updated;
  });
}
