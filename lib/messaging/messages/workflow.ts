/** workflow messages (see protocol.ts for the naming rules). */
export const workflowMessages = {} as const;
