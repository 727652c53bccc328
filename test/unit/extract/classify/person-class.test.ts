import { describe, expect, it } from 'vitest';
import { classifyPerson } from '../../../../lib/extract/classify/derive';
import type { PersonSignals } from '../../../../lib/signals/schema';

// Invented people; a fact's provenance as the adapters give it.
const fact = <T>(value: T) => ({
  value,
  source: 'test',
  layer: 'site' as const,
  url: 'u',
  confidence: 0.8,
  observedAt: 0,
});
const classified = (title: string, employer?: string): PersonSignals => {
  const person: PersonSignals = { title: fact(title), ...(employer ? { employer: fact(employer) } : {}) };
  classifyPerson(person);
  return person;
};

describe("a firm's ranks", () => {
  it('are the legal department at a law firm, by the words of its name', () => {
    expect(classified('Partner', 'Wexcombe Hale Lawyers').department?.value).toBe('legal');
    expect(classified('Senior Associate', 'Dunmore Solicitors LLP').department?.value).toBe('legal');
    expect(classified('Of Counsel', 'Brunel & Faure Avocats').department?.value).toBe('legal');
  });

  it('name no department elsewhere, and a law firm changes no other title', () => {
    expect(classified('Partner', 'Kestrel Ridge Capital').department).toBeUndefined();
    expect(classified('Partner').department).toBeUndefined();
    expect(classified('Head of Marketing', 'Wexcombe Hale Lawyers').department?.value).toBe('marketing');
  });
});
