/**
 * Constants of the user's data shared by the background and the settings page; kept apart so that the page's bundle,
 * which imports the message schemas, does not pull in Dexie.
 */

/** Caps on a backup file: far above any real pipeline, low enough that the background never runs out of memory. */
export const BACKUP_LIMITS = { chars: 200_000_000, rows: 2_000_000 } as const;

/** What "delete all my data" asks the user to type in the dialog; sent with the request, checked by its schema. */
export const DELETE_ALL_CONFIRMATION = 'DELETE';
