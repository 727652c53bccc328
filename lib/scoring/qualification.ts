/** The state of one framework element, from the answers recorded for it. */
export type ElementStatus = 'confirmed' | 'partial' | 'not-a-fit' | 'unknown';

export interface RecordedAnswer {
  element: string;
  status: Exclude<ElementStatus, 'unknown'>;
  at: number;
}

export const BANT = ['budget', 'authority', 'need', 'timeline'] as const;

export interface Qualification {
  elements: Record<string, ElementStatus>;
  confirmed: number;
  notAFit: string[];
  unknown: string[];
}

/**
 * Each element takes its latest answer: answers get revised ("no budget" in March, "budget approved" in May), and the
 * newest is what the seller knows now. On a tie the most cautious answer wins (not a fit < partial < confirmed), so a
 * contradiction recorded at the same moment is not read as good news. Answers about other elements are ignored.
 */
export function qualify(answers: readonly RecordedAnswer[], elements: readonly string[] = BANT): Qualification {
  const caution = { 'not-a-fit': 0, partial: 1, confirmed: 2 } as const;
  const latest = new Map<string, RecordedAnswer>();
  for (const a of answers) {
    if (!elements.includes(a.element)) continue;
    const seen = latest.get(a.element);
    if (!seen || a.at > seen.at || (a.at === seen.at && caution[a.status] < caution[seen.status])) {
      latest.set(a.element, a);
    }
  }
  const status = Object.fromEntries(elements.map((e) => [e, latest.get(e)?.status ?? 'unknown'])) as Record<
    string,
    ElementStatus
  >;
  return {
    elements: status,
    confirmed: elements.filter((e) => status[e] === 'confirmed').length,
    notAFit: elements.filter((e) => status[e] === 'not-a-fit'),
    unknown: elements.filter((e) => status[e] === 'unknown'),
  };
}
