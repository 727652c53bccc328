import { describe, expect, it } from 'vitest';
import { writtenShortenedSite } from '../../../lib/extract/listing';

// Issue 14: a board's posting whose employer writes its own site out after naming itself, under a label made of the
// beginnings of its name's words. Invented employers and boards.
describe("an employer's site written out in its own words, shortened from its name", () => {
  const about =
    'Metalúrgica Vouga, Lda. é uma empresa familiar fundada em 1988, com 70 colaboradores. ' +
    'Saiba mais em www.metalvouga.pt ou visite-nos em Águeda.';

  it("takes a label made of the beginnings of the name's words", () => {
    expect(writtenShortenedSite(about, 'Metalúrgica Vouga, Lda.', 'empregos-centro.pt')).toBe('metalvouga.pt');
    const joined = 'Transportes de Ribatejo Silva S.A. opera desde 1975. Mais em www.transribsilva.pt';
    expect(writtenShortenedSite(joined, 'Transportes de Ribatejo Silva S.A.', 'empregos-centro.pt')).toBe(
      'transribsilva.pt',
    );
  });

  it("never takes a site that skips one of the name's words or spells another name", () => {
    const skipped = about.replace('www.metalvouga.pt', 'www.metalurgia.pt');
    expect(writtenShortenedSite(skipped, 'Metalúrgica Vouga, Lda.', 'empregos-centro.pt')).toBeUndefined();
    const other = about.replace('www.metalvouga.pt', 'www.ferrovouga.pt');
    expect(writtenShortenedSite(other, 'Metalúrgica Vouga, Lda.', 'empregos-centro.pt')).toBeUndefined();
    // Too short to be more than anyone's letters.
    const short = about.replace('www.metalvouga.pt', 'www.mevo.pt');
    expect(writtenShortenedSite(short, 'Metalúrgica Vouga, Lda.', 'empregos-centro.pt')).toBeUndefined();
  });
});
