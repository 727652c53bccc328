import { useState } from 'preact/hooks';
import type { RankedQuestion } from '../lib/questions/rank';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The questions worth asking next, each with why it ranks where it does. */
export function Questions({ questions }: { questions: RankedQuestion[] }) {
  const [copied, setCopied] = useState<string | undefined>();
  if (questions.length === 0) return null;
  const onCopy = async (id: string, text: string) => setCopied((await copy(text)) ? id : undefined);
  return (
    <section aria-labelledby="questions-title">
      <div class="section-head">
        <h2 id="questions-title">Ask next</h2>
        <button type="button" onClick={() => onCopy('all', questions.map((q) => q.text).join('\n'))}>
          {copied === 'all' ? 'Copied' : 'Copy all'}
        </button>
      </div>
      <ol class="questions" data-testid="questions">
        {questions.map((q) => (
          <li key={q.id}>
            <p class="question">{q.text}</p>
            <p class="why">
              <span class="element">{q.element}</span> {q.why}
            </p>
            <button type="button" class="link" onClick={() => onCopy(q.id, q.text)}>
              {copied === q.id ? 'Copied' : 'Copy'}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
