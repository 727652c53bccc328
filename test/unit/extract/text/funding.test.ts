import { describe, expect, it } from 'vitest';
import { fundingStage } from '../../../../lib/extract/text/funding';

describe("a company's own funding round in its text", () => {
  it.each([
    ['In 2023 we raised a US$38 million Series B led by Tamarind Growth, who also led our Series A.', 'series-b'],
    ['In 2024 we closed a $95M Series C led by Allegheny Forge Capital.', 'series-c'],
    // A round with its lead investor or its amount, in a timeline without a verb.
    ['2019 – Rodada Série A liderada pela Ipê Capital', 'series-a'],
    ['2023 – Série C de US$ 40 milhões', 'series-c'],
    ['2022: Series B of $30M from Fenmoor Partners', 'series-b'],
    ['Série A menée par Brume Ventures', 'series-a'],
    ['Established in 1974, Acme Chemicals Limited is a publicly listed manufacturer.', 'ipo/public'],
    ['Acme secured a €4M seed round from local angels.', 'seed'],
    ['Ronda semilla de 1,8 M€ en 2023 liderada por Ibaizabal Capital.', 'seed'],
    ['En 2024, nous avons bouclé une levée de fonds de série A de 6 M€.', 'series-a'],
    ['2022 haben wir unsere Series-B-Finanzierungsrunde abgeschlossen.', 'series-b'],
    ['Fechámos uma rodada seed de 900 mil euros.', 'seed'],
    ['Our $120M Series E round will take us to new markets.', 'series-d+'],
    ['Listed on NSE and BSE since 2011.', 'ipo/public'],
    // Shares traded on an exchange, in the languages' own words.
    ['Akcje spółki są notowane na Giełdzie Papierów Wartościowych w Warszawie od 2009 roku.', 'ipo/public'],
    ['Selskabet er noteret på Nasdaq Copenhagen.', 'ipo/public'],
    ['Aksjen er notert på Oslo Børs siden 2014.', 'ipo/public'],
    ['Wir sind seit 1999 an der Börse notiert.', 'ipo/public'],
    ['Investors: see our annual report (Nasdaq: ACME).', 'ipo/public'],
    // The stage as the company's own attribute.
    ["We're a seed-stage team of 9 in Leeds.", 'seed'],
    ['Brightwick is a Series B-backed startup with 140 people.', 'series-b'],
    ['Founded in 2015, Ortelia is backed by Series C investors including Fenmoor Partners.', 'series-c'],
    ['Orvelle raises $18M Series A to stop exploits at runtime', 'series-a'],
    ['“Stoep Capital closes R450 million Series B” (Business Report)', 'series-b'],
    ['£38m\nSeries B, led by Halyard Partners (2024)', 'series-b'],
    ['Backed by\nSeries B investors Tatra Capital Partners', 'series-b'],
    ['Our last round was a €3.5M seed in 2023.', 'seed'],
    ['We are a Series B company headquartered in Pune.', 'series-b'],
    ['2022 schlossen wir unsere B-Runde ab.', 'series-b'],
    ['Vuonna 2023 keräsimme 6,5 miljoonan euron A-kierroksen.', 'series-a'],
    ['ב-2024 השלמנו סבב גיוס B בהיקף של 38 מיליון דולר', 'series-b'],
    ['Since 2021 we have been owned by the private equity firm Nordfold Partners.', 'private-equity'],
    ['Vi er ejet af kapitalfonden Nordic Blue Partners siden 2021.', 'private-equity'],
    ["We've never taken venture capital: we're profitable and 100% founder-owned.", 'bootstrapped'],
    ['Bootstrapped since 2014, we raised our first Series A in 2024.', 'series-a'],
    ['Nous avons levé 24 M€ en série A en 2023.', 'series-a'],
    ['판교 본사를 운영하고 있으며 2023년 시리즈 B 투자를 유치했습니다.', 'series-b'],
    ['2024年完成B轮融资。', 'series-b'],
  ])('%s -> %s', (text, stage) => expect(fundingStage(text)).toBe(stage));

  it.each([
    // A football league, a TV series, a seed of a plant: no round.
    ['La Serie A riprende sabato: la nostra squadra è in testa.'],
    ['Watch series A to Z of our video library.'],
    ['Our seed mixes grow in any garden.'],
    ['Seed funding is what most startups look for first: here is how it works.'],
    // An investor's page: the stage it invests at is its portfolio's.
    ['We invest in seed-stage and Series A-stage startups across Europe.'],
    // A customer's or anyone's stage without the company's claim, a letter that is no round.
    ['Das Modell B-Rundum passt in jede Halle.'],
    ['Die Trainingsrunde unseres Kunden Velora war ein Erfolg.'],
    ['Most private equity firms use our reporting tool.'],
    ['We help bootstrapping founders file their taxes.'],
  ])('%s -> nothing', (text) => expect(fundingStage(text)).toBeUndefined());
});

describe('a funding stage in a fact row', () => {
  it.each([
    ['Funding stage\nSeed\nTotal raised', 'seed'],
    ['Stage: Series A', 'series-a'],
    ['Finanzierungsphase: Seed', 'seed'],
    ['Étape : Série B', 'series-b'],
  ])('%s -> %s', (text, stage) => expect(fundingStage(text)).toBe(stage));
});

describe('rounds told in more ways', () => {
  it.each([
    ['Paylane was founded in 2018 and is backed by a Series B led by Lion Rock Capital.', 'series-b'],
    ['I 2023 hentet vi 85 millioner kroner i en serie A-runde ledet av Vestland Invest.', 'series-a'],
    ['Recebemos investimento semente da Semente Capital.', 'seed'],
    ['Warrants in our Series A-funded company', 'series-a'],
  ])('%s', (text, stage) => expect(fundingStage(text)).toBe(stage));

  it("reads no investor's focus or a football league", () => {
    expect(fundingStage('We invest in seed-stage startups across Europe.')).toBeUndefined();
    expect(fundingStage('Serie A football results and fixtures')).toBeUndefined();
  });
});
