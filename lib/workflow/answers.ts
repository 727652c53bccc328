import type { AnswerRecord, IcpLensDb } from '../db/db';
import { BANKS } from '../questions/banks';

export interface NewAnswer {
  accountId: string;
  questionId: string;
  element: string;
  status: AnswerRecord['status'];
  note?: string;
}

/**
 * Records an answer to a qualifying question for an account. Answering the same question again replaces the earlier
 * answer (one row per account and question); the element then takes its latest answer (lib/scoring/qualification).
 */
export async function recordAnswer(db: IcpLensDb, answer: NewAnswer, now: number): Promise<AnswerRecord> {
  const known = Object.values(BANKS).some((bank) =>
    bank.questions.some((q) => q.id === answer.questionId && q.element === answer.element),
  );
  if (!known) throw new Error(`no question ${answer.questionId} about ${answer.element} in any framework`);
  return db.transaction('rw', [db.accounts, db.answers], async () => {
    if (!(await db.accounts.get(answer.accountId))) throw new Error(`no saved account ${answer.accountId}`);
    await db.answers.where('[accountId+questionId]').equals([answer.accountId, answer.questionId]).delete();
    const { note: raw, ...rest } = answer;
    const note = raw?.trim();
    const record: AnswerRecord = { ...rest, ...(note ? { note } : {}), at: now };
    record.id = await db.answers.add(record);
    return record;
  });
}

export async function deleteAnswer(db: IcpLensDb, id: number): Promise<AnswerRecord> {
  return db.transaction('rw', db.answers, async () => {
    const record = await db.answers.get(id);
    if (!record) throw new Error(`no answer ${id}`);
    await db.answers.delete(id);
    return record;
  });
}

/** An account's answers, newest first. */
export async function answersOf(db: IcpLensDb, accountId: string): Promise<AnswerRecord[]> {
  const rows = await db.answers.where('accountId').equals(accountId).toArray();
  return rows.sort((a, b) => b.at - a.at || (b.id ?? 0) - (a.id ?? 0));
}
