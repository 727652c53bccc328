import { describe, expect, it } from 'vitest';
import { fundingStage } from '../../../../lib/extract/text/funding';

describe("a company's own funding round in its text", () => {
  it.each([
    ['In 2023 we raised a US$38 million Series B led by Tamarind Growth, who also led our Series A.', 'series-b'],
    ['In 2024 we closed a $95M Series C led by Allegheny Forge Capital.', 'series-c'],
    ['Acme secured a €4M seed round from local angels.', 'seed'],
    ['Ronda semilla de 1,8 M€ en 2023 liderada por Ibaizabal Capital.', 'seed'],
    ['En 2024, nous avons bouclé une levée de fonds de série A de 6 M€.', 'series-a'],
    ['2022 haben wir unsere Series-B-Finanzierungsrunde abgeschlossen.', 'series-b'],
    ['Fechámos uma rodada seed de 900 mil euros.', 'seed'],
    ['Our $120M Series E round will take us to new markets.', 'series-d+'],
    ['Listed on NSE and BSE since 2011.', 'ipo/public'],
    ['Investors: see our annual report (Nasdaq: ACME).', 'ipo/public'],
  ])('%s -> %s', (text, stage) => expect(fundingStage(text)).toBe(stage));

  it.each([
    // A football league, a TV series, a seed of a plant: no round.
    ['La Serie A riprende sabato: la nostra squadra è in testa.'],
    ['Watch series A to Z of our video library.'],
    ['Our seed mixes grow in any garden.'],
    ['Seed funding is what most startups look for first: here is how it works.'],
  ])('%s -> nothing', (text) => expect(fundingStage(text)).toBeUndefined());
});
