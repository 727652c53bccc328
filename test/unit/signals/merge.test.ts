import { describe, expect, it } from 'vitest';
import { mergeCompany, preferFact } from '../../../lib/signals/merge';
import type { Fact, Layer } from '../../../lib/signals/schema';

const fact = <T>(value: T, layer: Layer, observedAt: number): Fact<T> => ({
  value,
  layer,
  observedAt,
  source: layer,
  url: 'https://acme.example/',
  confidence: 0.8,
});

describe('preferFact', () => {
  it('prefers the more trusted layer whatever the age', () => {
    expect(preferFact(fact('A', 'site', 1), fact('B', 'structured', 9))?.value).toBe('A');
    expect(preferFact(fact('A', 'heuristic', 9), fact('B', 'structured', 1))?.value).toBe('B');
    expect(preferFact(fact('A', 'site', 1), fact('B', 'user', 0))?.value).toBe('B');
  });
  it('prefers the most recent within a layer', () => {
    expect(preferFact(fact('old', 'structured', 1), fact('new', 'structured', 2))?.value).toBe('new');
    expect(preferFact(fact('new', 'structured', 2), fact('old', 'structured', 1))?.value).toBe('new');
  });
  it('keeps whichever exists', () => {
    expect(preferFact(undefined, fact('B', 'heuristic', 1))?.value).toBe('B');
    expect(preferFact(fact('A', 'heuristic', 1), undefined)?.value).toBe('A');
  });
});

describe('mergeCompany', () => {
  it('merges field by field and socials per network', () => {
    const merged = mergeCompany(
      {
        name: fact('Acme', 'structured', 1),
        founded: fact(2010, 'heuristic', 1),
        socials: { x: fact('https://x.com/acme', 'heuristic', 1) },
      },
      {
        name: fact('ACME Inc', 'heuristic', 5),
        founded: fact(2011, 'structured', 5),
        socials: { linkedin: fact('https://linkedin.com/company/acme', 'structured', 5) },
      },
    );
    expect(merged.name?.value).toBe('Acme');
    expect(merged.founded?.value).toBe(2011);
    expect(merged.socials?.x?.value).toBe('https://x.com/acme');
    expect(merged.socials?.linkedin?.value).toBe('https://linkedin.com/company/acme');
  });
});
