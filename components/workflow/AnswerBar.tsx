import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { AnswerStatus } from '../../lib/questions/rank';

export const ANSWER_CHOICES: { status: AnswerStatus; label: string }[] = [
  { status: 'confirmed', label: 'Confirmed' },
  { status: 'partial', label: 'Partial' },
  { status: 'not-a-fit', label: 'Not a fit' },
];

interface Props {
  /** "question 2 (Budget)": names the toolbar and the note for screen readers. */
  name: string;
  n: number;
  busy: boolean;
  noteOpen: boolean;
  /** A hidden note is kept and sent with the answer: the button says one is written. */
  noteWritten: boolean;
  noteId: string;
  onAnswer: (status: AnswerStatus) => void;
  onToggleNote: () => void;
  onCopy: () => void;
}

/**
 * One question's actions as a single toolbar: one Tab stop per question, arrow keys move between Confirmed, Partial,
 * Not a fit, Note and Copy (the ARIA toolbar pattern). Five questions used to cost 25 Tab presses before the stage
 * picker; now they cost five. Moving with the arrows never records anything: only Enter, Space or a click do.
 */
export function AnswerBar(props: Props) {
  const { name, n, busy, noteOpen, noteId } = props;
  const [active, setActive] = useState(0);
  const bar = useRef<HTMLDivElement>(null);
  const buttons = () => [...(bar.current?.querySelectorAll('button') ?? [])];
  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const all = buttons();
    const from = all.indexOf(document.activeElement as HTMLButtonElement);
    const to = nextIndex(e.key, from < 0 ? active : from, all.length);
    if (to === undefined) return;
    e.preventDefault();
    setActive(to);
    all[to]?.focus();
  };
  const stop = (i: number) => ({ tabIndex: i === active ? 0 : -1, onFocus: () => setActive(i) });
  return (
    <div class="answer-bar" role="toolbar" aria-label={`Answer to ${name}`} ref={bar} onKeyDown={onKeyDown}>
      <span class="segmented">
        {ANSWER_CHOICES.map((c, i) => (
          <button
            key={c.status}
            type="button"
            disabled={busy}
            data-answer={c.status}
            onClick={() => props.onAnswer(c.status)}
            {...stop(i)}
          >
            {c.label}
          </button>
        ))}
      </span>
      <button
        type="button"
        class="link"
        data-action="note"
        aria-expanded={noteOpen}
        aria-controls={noteId}
        aria-label={`Note for question ${n}`}
        onClick={props.onToggleNote}
        {...stop(ANSWER_CHOICES.length)}
      >
        {noteOpen ? 'Hide note' : props.noteWritten ? 'Note (written)' : 'Note'}
      </button>
      <button
        type="button"
        class="link"
        aria-label={`Copy question ${n}`}
        onClick={props.onCopy}
        {...stop(ANSWER_CHOICES.length + 1)}
      >
        Copy
      </button>
    </div>
  );
}

/** Where an arrow, Home or End key moves focus in a toolbar of `count` buttons; undefined for any other key. */
export function nextIndex(key: string, from: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (from + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (from - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
