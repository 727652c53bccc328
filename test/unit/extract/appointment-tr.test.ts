import { describe, expect, it } from 'vitest';
import { appointedPerson } from '../../../lib/extract/appointment';

// Issue 14: Turkish appointment notices, the company in the dative or appointing the name to the role's post.
// Invented people and firms.
const ctx = { url: 'https://haber.example/atamalar/yeni-direktor', observedAt: Date.UTC(2026, 11, 7) };
const read = (...texts: string[]) => {
  const p = appointedPerson(texts, ctx);
  return p && [p.name?.value, p.title?.value, p.employer?.value];
};

describe('a Turkish appointment notice', () => {
  it('reads "<company>\'ya yeni <role>: <name>" from a headline', () => {
    expect(read("Kestane Tekstil'e yeni Genel Müdür: Deniz Arıkan")).toEqual([
      'Deniz Arıkan',
      'Genel Müdür',
      'Kestane Tekstil',
    ]);
    expect(read("Dereboyu Kablo'ya yeni İhracat Direktörü: Ayla Sönmez - Ege Ekonomi")).toEqual([
      'Ayla Sönmez',
      'İhracat Direktörü',
      'Dereboyu Kablo',
    ]);
  });

  it('reads "<company>, <role>lüğü görevine <name>\'yı atadı" from a summary', () => {
    expect(read('Dereboyu Kablo A.Ş., Satış Direktörlüğü görevine Ayla Sönmez’i atadı.')).toEqual([
      'Ayla Sönmez',
      'Satış Direktör',
      'Dereboyu Kablo A.Ş.',
    ]);
  });

  it('reads no one from a headline without a role or a name', () => {
    expect(read("Dereboyu Kablo'ya yeni yatırım: 40 milyon dolar")).toBeUndefined();
    expect(read("Kestane Tekstil'e yeni Genel Müdür: bugün açıklanacak")).toBeUndefined();
  });
});
