import { evidenceInWords } from '../lib/panel/evidence';
import type { Evidence } from '../lib/signals/schema';

/**
 * Where a value came from, in words, with a link to the page it was read on. The link opens in a new tab; its address
 * came from a page, so only http(s) addresses are linked (lib/panel/evidence.ts shortPage).
 */
export function SourceNote({ evidence }: { evidence: Evidence }) {
  const words = evidenceInWords(evidence);
  return (
    <span class="source" title={words.url}>
      {words.source}
      {words.page && words.url && (
        <>
          {' on '}
          <a href={words.url} target="_blank" rel="noopener noreferrer">
            {words.page}
          </a>
        </>
      )}
    </span>
  );
}
