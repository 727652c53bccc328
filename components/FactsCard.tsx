import { companyFacts } from '../lib/panel/company-facts';
import type { CompanySignals } from '../lib/signals/schema';
import { SourceNote } from './SourceNote';

/**
 * What is known about the company whatever the ICP asks: industry, size, HQ, founding, funding, hiring, technologies,
 * profiles. Each fact's sources sit in a disclosure, so they are reachable by keyboard and not only on hover.
 */
export function FactsCard({ signals }: { signals: CompanySignals }) {
  const facts = companyFacts(signals);
  if (facts.length === 0) return null;
  return (
    <section class="facts" aria-labelledby="facts-title" data-testid="facts">
      <h2 id="facts-title">What we know</h2>
      <dl>
        {facts.map((f) => (
          <div key={f.id} class="fact" data-fact={f.id}>
            <dt>{f.label}</dt>
            <dd>
              {f.value && (
                <span class="fact-value" data-testid={`fact-${f.id}`}>
                  {f.value}
                </span>
              )}
              {f.links?.map((l) => (
                <a key={l.url} class="fact-link" href={l.url} target="_blank" rel="noopener noreferrer">
                  {l.label}
                </a>
              ))}
              <details class="fact-source">
                <summary>Source</summary>
                <ul>
                  {f.sources.map((e) => (
                    <li key={`${e.source}-${e.url}`}>
                      <SourceNote evidence={e} />
                    </li>
                  ))}
                </ul>
              </details>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
