import { useState } from 'preact/hooks';
import { sendToBackground } from '../../lib/messaging/client';
import type { ScoredView } from '../../lib/messaging/views';
import type { AnswerStatus, RankedQuestion } from '../../lib/questions/rank';
import { WORKFLOW_LIMITS } from '../../lib/workflow/limits';
import { AnswerBar } from './AnswerBar';
import { useSend } from './use-send';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

interface Props {
  questions: RankedQuestion[];
  framework: ScoredView['framework'];
  /** The account the answers are recorded for. */
  accountId: string;
  onChanged: () => void;
}

/** The five questions worth asking next, why each ranks where it does, copy buttons and the answer controls. */
export function Questions({ questions, framework, accountId, onChanged }: Props) {
  const [copied, setCopied] = useState<string>();
  const labels = new Map(framework.elements.map((e) => [e.id, e.label]));
  const onCopy = async (what: string, text: string) =>
    setCopied((await copy(text)) ? what : 'Copying failed: the browser refused access to the clipboard.');
  return (
    <section aria-labelledby="questions-title" data-testid="questions-section">
      <div class="section-head">
        <h2 id="questions-title" tabIndex={-1}>
          Ask next ({framework.name})
        </h2>
        {questions.length > 0 && (
          <button
            type="button"
            data-testid="copy-all"
            onClick={() => onCopy(`Copied ${questions.length} questions.`, questions.map((q) => q.text).join('\n'))}
          >
            Copy all
          </button>
        )}
      </div>
      <p class="hint" role="status" data-testid="copy-status">
        {copied ?? ''}
      </p>
      {questions.length === 0 ? (
        <p class="hint">Every element of {framework.name} has an answer. Delete an answer below to ask again.</p>
      ) : (
        <ol class="questions" data-testid="questions">
          {questions.map((q, i) => (
            <QuestionItem
              key={q.id}
              q={q}
              n={i + 1}
              element={labels.get(q.element) ?? q.element}
              accountId={accountId}
              onCopy={() => onCopy(`Copied question ${i + 1}.`, q.text)}
              onChanged={onChanged}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function QuestionItem(props: {
  q: RankedQuestion;
  n: number;
  element: string;
  accountId: string;
  onCopy: () => void;
  onChanged: () => void;
}) {
  const { q, n, element, accountId } = props;
  const [note, setNote] = useState('');
  // The note is on demand: most answers need none, and a field under every question doubled the Tab stops.
  const [noteOpen, setNoteOpen] = useState(false);
  const { busy, error, run } = useSend(props.onChanged);
  // The answered question leaves the list with the focused button: focus goes back to the section's heading.
  const answer = async (status: AnswerStatus) => {
    const done = await run(() =>
      sendToBackground('ui-bg/record-answer', {
        accountId,
        questionId: q.id,
        element: q.element,
        status,
        ...(note.trim() ? { note } : {}),
      }),
    );
    if (done) document.getElementById('questions-title')?.focus();
  };
  const noteId = `answer-note-${q.id}`;
  return (
    <li data-question={q.id} data-element={q.element}>
      <p class="question" id={`question-${q.id}`}>
        {q.text}
      </p>
      <p class="why">
        <span class="element">{element}</span> · Why this question: {q.why}
      </p>
      <AnswerBar
        name={`question ${n} (${element})`}
        n={n}
        busy={busy}
        noteOpen={noteOpen}
        noteWritten={note.trim() !== ''}
        noteId={noteId}
        onAnswer={answer}
        onToggleNote={() => setNoteOpen(!noteOpen)}
        onCopy={props.onCopy}
      />
      {noteOpen && (
        <span class="field inline answer-note" id={noteId}>
          <label for={`${noteId}-input`}>Note</label>
          <input
            id={`${noteId}-input`}
            value={note}
            maxLength={WORKFLOW_LIMITS.answerNoteChars}
            placeholder="kept with the answer"
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </span>
      )}
      {error && <p class="error-text">{error}</p>}
    </li>
  );
}
