/**
 * The first Tab stop of a scored panel: jumps past the facts, criteria and questions to the lead's stage, tags and
 * notes, which a seller updates on every call. Hidden until focused, as skip links are.
 */
export function SkipLink({ targetId, label }: { targetId: string; label: string }) {
  return (
    <a
      class="skip-link"
      href={`#${targetId}`}
      onClick={(e) => {
        // Focus, not only scroll: the next Tab must continue from the section, not from the top.
        const target = document.getElementById(targetId);
        if (!target) return;
        e.preventDefault();
        target.focus();
        target.scrollIntoView({ block: 'start' });
      }}
    >
      {label}
    </a>
  );
}
