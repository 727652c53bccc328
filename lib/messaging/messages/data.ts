/** data messages (see protocol.ts for the naming rules). */
export const dataMessages = {} as const;
