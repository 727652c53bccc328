/** leads messages (see protocol.ts for the naming rules). */
export const leadsMessages = {} as const;
