import { z } from 'zod';

/** Identifier schemas shared by the message families in ./messages. */
export const tabIdSchema = z.number().int().nonnegative();
export const icpIdSchema = z.string().min(1).max(64);
/** Account ids are registrable domains or `profile:<url>`; contact ids are profile URLs. */
export const recordIdSchema = z.string().min(1).max(2_100);
/** The account or person a write is about. */
export const targetSchema = z.object({ kind: z.enum(['account', 'contact']), id: recordIdSchema }).strict();
