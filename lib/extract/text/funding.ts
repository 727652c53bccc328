import { FUNDING_STAGES, type FundingStage } from '../../signals/enums';
import { foldAccents } from '../classify/normalize';
import { toFundingStage } from '../sites/funding';

/**
 * A company's own latest funding round, as its site tells it: "we raised a $14M Series A", "closed a $95M Series C",
 * "Ronda semilla de 1,8 M€", "levée de fonds de série A", "Series-B-Finanzierungsrunde", "rodada seed", or a listing
 * ("Listed on NSE and BSE", "Nasdaq: ACME"). Only a round the site claims counts: a round named with its own words
 * (round, funding, ronda, levée, Finanzierungsrunde...) or after a verb of raising; "Serie A" alone is a football
 * league. The latest stage named wins (a Series B page also tells of its Series A). Not read on stories: a news
 * article's rounds are its subject's (lib/extract/text/derive.ts).
 */
// "Serii B", "seria A": Polish declines the series; Indonesian and Malay write "Seri A".
const STAGE = '(pre[- ]?seed|seed|angel|series[- ][a-h]|s[ée]ri[eia]?[- ][a-h]|semilla|semente|amor[çc]age)';
const ROUND_WORDS =
  '(?:round|funding|financing|investment|putaran pendanaan|pendanaan|vòng gọi vốn|investimento|inversi[óo]n|investissement|ronda|rodada|lev[ée]e de fonds|tour de table|finanzierungsrunde|investeringsronde|ronde|runde|rundan|rund[ęaeyi]|rundzie|rund[ăa] de finan[țţt]are|rund|kierros|finanziamento)';
// "we raised a US$38 million Series B", "closed a $95M Series C led by...", Romanian "am închis o rundă de finanțare
// Series A" (we closed a funding round): the verb makes it the site's claim.
const RAISED = new RegExp(
  String.raw`\b(?:raised|closed|closing|secured|completed|announced|landed|received|raises|closes|secures|completes|lands|announces|recebemos|recibimos|obtuvimos|re[çc]u|hentet|hentede|rejste|tog in|lev[ée]e?|boucl[ée]e?|recaudado|cerrado|captado|levantado|fech[aá]mos|raccolto|chiuso|abgeschlossen|erhalten|eingesammelt|l[èe]ve|cierra|recauda|levanta|capta|keräsimme|keräsi|hankki|zamkn[ęe]li[śs]my|pozyskali[śs]my|zebrali[śs]my|zamkn[ęe][łl]a|pozyska[łl]a|am (?:î|i)nchis|am (?:î|i)ncheiat|am atras|am ob[țţt]inut|a (?:î|i)nchis|a (?:î|i)ncheiat|a atras)(?![\p{L}])[^.\n]{0,60}?\b${STAGE}\b`,
  'giu',
);
// "our Series A round", "Ronda semilla de 1,8 M€", "levée de fonds de série A", "Series-B-Finanzierungsrunde": a
// round named without a verb counts with an amount or a possessive beside it, not in a guide to funding in general.
const NAMED = [
  new RegExp(String.raw`\b${ROUND_WORDS}\s+(?:de\s+|di\s+|d'|en\s+)?${STAGE}\b`, 'giu'),
  new RegExp(String.raw`\b${STAGE}[- ]?${ROUND_WORDS}`, 'giu'),
];
const CLAIM =
  /\d[\d.,]*\s*(?:m|mn|mio|million|millions|millones|milh[õo]es|milioni|miljoen|k|bn|billion)\b|[$€£]\s*\d|\d\s*(?:[$€£]|m€)|\b(?:our|unsere[nr]?|notre|nuestra|nossa|nostro|onze)\b/i;
// "Series A, led by X", "Rodada Série A liderada pela X", "Série C de US$ 75 milhões": a round with its lead investor or
// its amount is one the company took.
// "We're a seed-stage team of 12", "a Series B-stage company", "backed by Series D investors", "a Series A-backed
// startup", "backed by a Series B led by ...", "our Series A-funded company": the stage as the company's own attribute. An article before it ("a", "an") or "backed by" makes it the
// company's; "we invest in seed-stage startups" (an investor's page) has neither.
const ATTRIBUTE = new RegExp(
  String.raw`\b(?:(?:a|an|our)\s+${STAGE}[- ](?:stage|backed|funded|company|startup|scale-?up)\b|backed by\s+(?:our |leading |top )?${STAGE}\s+(?:investors|funds|vcs?)\b|${STAGE}(?:\s+in\s+(?:19|20)\d\d)?,?\s+(?:round\s+)?(?:led by|liderad[ao] (?:por|pela|pelo)|men[ée]e par|angef(?:ü|ue)hrt von|guidat[ao] da|geleid door)(?!\p{L})|${STAGE}\s+(?:of|de|di|von|van|worth)\s+(?:US|USD|R|A|C|NZ|S|HK|CHF|EUR)?\s?[$€£]\s?\d|${STAGE}\s+(?:of|de|di|von|van|worth)\s+\d[\d.,]*\s*(?:m|mn|mio|millions?|millones|milh[õo]es|milioni|miljoen|bn)\b|(?:last|latest|most recent)\s+(?:funding\s+)?round\s+(?:was|is)\s+(?:a|an|our)?(?:[^.\n]|\.\d){0,25}?\b${STAGE}|backed by (?:a|an|its|our)\s+${STAGE}\b)`,
  'giu',
);
// A profile's fact row: "Funding stage\nSeed", "Stage: Series A", "Finanzierungsphase: Seed", "Étape : Série B".
const ROW = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:funding stage|stage|last funding type|funding round|la(?:te)?st (?:deal|funding|financing) (?:type|round)|finanzierungsphase|stade(?: de financement)?|[ée]tape|etapa(?: de financiaci[óo]n)?)[ \t]*:?[ \t]*\n?[ \t]*${STAGE}[ \t]*(?:\n|$)`,
  'giu',
);
// A board's or a directory's funding row, the amount first and the round in brackets: "Levée de fonds\n9 M€ (Série A,
// 2024)", "Funding: $12M (Series B)", "Finanzierung\n4 Mio. € (Seed)".
const AMOUNT_ROW = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:funding|total funding|funds raised|fundraising|lev[ée]e de fonds|finanzierung|financiaci[óo]n|financiamento|raccolta fondi)[ \t]*:?[ \t]*\n?[ \t]*[^\n(]{1,30}\(\s*${STAGE}(?![\p{L}])`,
  'giu',
);
// The round named by its letter, as Finnish, German, Dutch and Swedish compound it ("A-kierroksen", "B-Runde",
// "A-rundan"), Hebrew ("סבב גיוס B"), Korean and Japanese ("시리즈 B 투자", "シリーズA") and Chinese ("B轮融资") write it:
// a letter and the round's own word, no other reading.
const LETTER_ROUND =
  /(?<![\p{L}\d])([A-H])-(?:kierro\p{L}*|[Rr]unde\p{L}*|rundan|ronde)|סבב\s+(?:גיוס\s+)?(?:סדרה\s+)?([A-H])(?![\p{L}\d])|(?:시리즈|シリーズ)\s*([A-H])(?![A-Za-z])|(?<![A-Za-z])([A-H])\s*轮/gu;
// Owned by a buyout fund: "owned by the private equity firm ...", "PE-backed", "ejet af kapitalfonden ...", "im Besitz
// der Beteiligungsgesellschaft ...", "détenue par le fonds d'investissement ...", "detenuto al 60% da un fondo di
// private equity".
const PRIVATE_EQUITY =
  /\b(?:(?:owned|acquired|backed|held|controlled) by (?:the |a |an )?(?:(?:[\p{L}-]+ ){0,2})?(?:private[- ]equity|buyout|PE) (?:firm|fund|investor|house|group|company)|private[- ]equity[- ](?:backed|owned)|PE[- ]backed|ejet af (?:kapitalfonden|private equity-fonden)|eid av (?:kapitalfondet|oppkjøpsfondet)|ägs av (?:riskkapitalbolaget|private equity-bolaget)|im (?:mehrheits)?besitz (?:der|des|von) (?:[\p{L}-]+ ){0,2}?(?:beteiligungsgesellschaft|private[- ]equity[- ]\p{L}+|finanzinvestors?)|d[ée]tenue? (?:majoritairement )?par (?:le|un) fonds d['’ ]investissement|propiedad (?:del|de un) fondo de (?:capital privado|inversi[óo]n)|detenut[oa] (?:(?:al|per il) \d{1,3} ?% )?da (?:un|il) fondo (?:di private equity|di investimento))/iu;
// The fund as the subject: "il fondo di private equity X detiene la maggioranza", "the private equity firm X acquired a
// majority stake", "le fonds de private equity X détient la majorité", within one clause.
const PRIVATE_EQUITY_HOLDS =
  /\bprivate[- ]equity\b[^.;!?\n]{0,60}?\b(?:detiene|holds?|owns?|acquired|bought|took|has held|d[ée]tient|a acquis|posee|adquiri[óo]|h[äa]lt|erwarb|[üu]bernahm|ha rilevato|ha acquisito)\s+(?:(?:la|a|the|die|une|una|el|den|il)\s+)?(?:\d{1,3}\s?%\s+(?:of\s+|del\s+|de\s+)?)?(?:maggioranza|majority|majorit[ée]|mayor[ií]a|mehrheit|controllo|control)/iu;
// A buyout fund's holding named as its portfolio: "became a portfolio company of X, a New York private equity firm",
// "Portfoliounternehmen der Beteiligungsgesellschaft X", "fait partie du portefeuille du fonds de capital-investissement
// X"; a profile's funding box: "Last Round: Private equity", "Last funding type\nPrivate Equity".
const PE_PORTFOLIO =
  /(?<!\p{L})(?:portfolio company of\s[^.;!?\n]{1,80}?(?:private[- ]equity|buyout)|portfoliounternehmen (?:der|des|von)\s[^.;!?\n]{0,80}?(?:private[- ]equity|beteiligungsgesellschaft|finanzinvestors?)|portefeuille (?:de|du|d['’])\s?[^.;!?\n]{0,80}?(?:private[- ]equity|capital[- ]investissement))(?!\p{L})|(?:^|\n)[ \t]*(?:last round|last funding type|la(?:te)?st (?:deal|funding|financing) (?:type|round)|funding stage|derni[èe]re lev[ée]e)[ \t]*[:\t]?[ \t]*\n?[ \t]*private[- ]equity(?!\p{L})|(?<!\p{L})last round:[ \t]*private[- ]equity(?!\p{L})/iu;
// Never financed by outsiders: "we've never taken venture capital", "bootstrapped and profitable", "100% founder-owned".
const BOOTSTRAPPED =
  /\b(?:bootstrapped|self[- ]funded|self[- ]financed|never (?:taken|raised|accepted|had) (?:any )?(?:venture|outside|external|investor)[\p{L} ]{0,12}?(?:capital|funding|money|investment|investors)|(?:100 ?%|fully|wholly) (?:founder|employee)[- ]owned|eigenfinanziert|ohne (?:fremde )?investoren|autofinanc[ée]e?s?|sans investisseurs? ext[ée]rieurs?|autofinanciad[ao]s?|sin inversores? externos?|no outside investors|without (?:outside|external) investors|bez (?:inwestor(?:ów|ow) zewn(?:ę|e)trznych|zewn(?:ę|e)trznych inwestor(?:ów|ow))|zonder externe investeerders)\b/iu;
// The same in the Nordic and Baltic languages, said of the company itself: Estonian "Oleme omafinantseeritud ja
// kasumlik ettevõte", "meil pole riskikapitali" (we have no venture capital); Finnish "olemme omarahoitteinen yritys";
// Swedish "vi är självfinansierade"; "without outside investors" in Finnish, Swedish, Norwegian, Danish, Latvian,
// Lithuanian and Icelandic. Not the noun for a project's own share of its funding ("projekti omafinantseering"), which
// EU-funded projects state.
const BOOTSTRAPPED_NORTH =
  /(?<!\p{L})(?:(?:oleme|on)\s+omafinantseeritud|omafinantseeritud\s+(?:ja\s+\p{L}+\s+)?(?:ettevõte|firma)|meil\s+(?:pole|ei ole)\s+(?:kunagi\s+)?(?:olnud\s+)?(?:riskikapitali|välisinvestoreid)|(?:olemme|on)\s+omarahoitteinen|omarahoitteinen\s+(?:ja\s+\p{L}+\s+)?(?:yritys|yhtiö)|ilman\s+ulkopuolisia\s+sijoittajia|vi\s+är\s+självfinansierade?|självfinansierat\s+(?:bolag|företag)|utan\s+externa\s+investerare|uten\s+eksterne\s+investorer|uden\s+eksterne\s+investorer|bez\s+ārējiem\s+investoriem|be\s+išorinių\s+investuotojų|án\s+utanaðkomandi\s+fjárfesta)(?!\p{L})/iu;
const CONTEXT = 50;
// "Akcje spółki są notowane na Giełdzie Papierów Wartościowych", "noteret på Nasdaq Copenhagen", "notert på Oslo Børs",
// "genoteerd aan Euronext", "an der Börse notiert", "cotiza en la Bolsa", "quotata alla Borsa", "Borsa İstanbul'da
// işlem gören", "cotada em bolsa", "cotitza a borsa", "imeorodheshwa katika Soko la Hisa" (Swahili), "niêm yết cổ phiếu
// trên Sở Giao dịch Chứng khoán" (Vietnamese; "giá niêm yết" alone is a list price), "tercatat di Bursa Efek Indonesia",
// "tersenarai di Bursa Malaysia", "จดทะเบียนในตลาดหลักทรัพย์" (Thai; "จดทะเบียน" alone is any registration): a
// company's shares traded on an exchange, in the languages' own words.
const LISTED_ON =
  /(?<![\p{L}])(?:listed on|publicly[- ](?:listed|traded)|cot[ée]e? (?:en|à)|börsennotiert|cotizada en|quotata (?:in|alla) borsa|beursgenoteerd|notowan[aey] na (?:giełdzie|gpw)|spółka giełdowa|noteret på|notert på|noterad på|noterat på|genoteerd aan|an der börse notiert|cotiza en (?:la )?bolsa|borsa i̇?stanbul['’]da işlem gör\p{L}*|obchodovan[áéé] na (?:pražské )?burze|cotada (?:em|na) bolsa|listada na (?:bolsa|b3)|cotitza a (?:la )?borsa|imeorodheshwa (?:katika|kwenye) soko la hisa|niêm yết (?:cổ phiếu\s+)?(?:trên|tại) (?:sở giao dịch chứng khoán|sàn|hose|hnx|upcom)|(?:tercatat|melantai|terdaftar) di bursa efek|tersenarai di bursa malaysia|จดทะเบียนในตลาดหลักทรัพย์)(?![\p{L}])/iu;
// Arabic: "أُدرجت أسهمها في بورصة عمّان", "شركة مدرجة في السوق المالية السعودية", "المتداولة في بورصة": shares listed
// on or traded at an exchange, read with the vowel marks dropped.
const ARABIC_LISTED =
  /(?:مدرج(?:ة|ه)?|[أإا]درجت|[أإا]دراج|المدرجة|متداولة|المتداولة)\s+(?:[\p{L}]+\s+){0,2}?(?:في|ب|على)\s*(?:بورصة|سوق\s+(?:[\p{L}]+\s+)?(?:للأوراق|الأوراق|للاوراق|الاوراق)\s+المالية|السوق\s+المالية|البورصة)/u;
const ARABIC_MARKS = /[\u064B-\u0652\u0640]/g;
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
// "在上海证券交易所科创板上市", "2022년 코스닥 시장에 상장", "東証スタンダード市場に上場", "掛牌上櫃", "股票代码：688417": a listing
// in Chinese, Japanese or Korean names the exchange or the stock's code; "上市" alone also says a product reached the
// market ("获批上市").
const EAST_ASIAN_LISTED =
  /(?:证券交易所|證券交易所|科创板|创业板|創業板|北交所|港交所|联交所|聯交所|코스닥|코스피|유가증권시장|東証|証券取引所|グロース市場|スタンダード市場|プライム市場)[^。\n]{0,30}?(?:上市|挂牌|掛牌|上場|상장)|(?:股票代码|股票代碼|股票代號|証券コード|종목코드)\s*[:：]?\s*\d{4,6}|掛牌上櫃|（上櫃）|\(上櫃\)/u;
// Asian exchanges too: Ho Chi Minh (HOSE), Hanoi (HNX), Indonesia (IDX), Hong Kong (HKEX), Singapore (SGX), Bursa
// Malaysia (KLSE), the Philippines (PSE), Thailand (SET).
const TICKER =
  /\b(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|NSE|BSE|Euronext|Xetra|SIX|OMX|HOSE|HNX|IDX|HKEX|SGX|KLSE|PSE|SET)\s*:\s*[A-Z][A-Z.]{0,9}\b/;
// An issuer's stock code beside its exchange: "Stock Code\n2731 (Main Board of The Stock Exchange of Hong Kong Limited)",
// "Share code: 0412 – Bursa ...": a listing. A bare "Stock code" is also a shop's article number, hence the exchange.
const STOCK_CODE =
  /(?<!\p{L})(?:stock|share|securities) code[ \t]*[:：\t]?[ \t]*\n?[ \t]*\d{3,6}(?!\d)[^\n]{0,60}?(?:stock exchange|main board|bourse|b[öo]rse|bolsa|bursa)(?!\p{L})/iu;
// An Indonesian listed company's fact row: "Pencatatan saham" (share listing) and its exchange, "Bursa Efek Indonesia"
// (the row names the page's own listing, where "Tbk" in a name may be a customer's or a bank's).
const ID_LISTING_ROW = /(?<!\p{L})pencatatan saham[ \t]*(?::[ \t]*|\t[ \t]*|\n[ \t]*)bursa efek(?!\p{L})/iu;
// A buyout follows the venture rounds, a listing follows both (lib/signals/enums.ts lists bootstrapped and private
// equity after the listing: no order of time).
const ORDER: FundingStage[] = [...FUNDING_STAGES.slice(0, 6), 'private-equity', 'ipo/public'];
const MAX_TEXT = 20_000;

function stageOf(words: string): FundingStage | undefined {
  const t = foldAccents(words)
    .replace(/[- ]+/g, ' ')
    .replace(/^seri[eia]?\b/, 'series')
    .replace(/^(semilla|semente|amorcage|angel)$/, 'seed');
  return toFundingStage(t);
}

export function fundingStage(text: string): FundingStage | undefined {
  const t = text.slice(0, MAX_TEXT);
  if (LISTED_ON.test(t) || TICKER.test(t) || EAST_ASIAN_LISTED.test(t) || ID_LISTING_ROW.test(t) || STOCK_CODE.test(t))
    return 'ipo/public';
  if (ARABIC_SCRIPT.test(t) && ARABIC_LISTED.test(t.replace(ARABIC_MARKS, ''))) return 'ipo/public';
  let best: FundingStage | undefined;
  const consider = (words: string | undefined) => {
    const stage = stageOf(words ?? '');
    if (stage && (!best || ORDER.indexOf(stage) > ORDER.indexOf(best))) best = stage;
  };
  for (const m of t.matchAll(RAISED)) consider(m[1]);
  for (const m of t.matchAll(ATTRIBUTE)) consider(m.slice(1).find(Boolean));
  for (const m of t.matchAll(LETTER_ROUND)) consider(`series ${m[1] ?? m[2] ?? m[3] ?? m[4]}`);
  for (const m of t.matchAll(ROW)) consider(m[1]);
  for (const m of t.matchAll(AMOUNT_ROW)) consider(m[1]);
  for (const pattern of NAMED) {
    for (const m of t.matchAll(pattern)) {
      const around = t.slice(Math.max(0, m.index - CONTEXT), m.index + m[0].length + CONTEXT);
      if (CLAIM.test(around)) consider(m[1]);
    }
  }
  if (PRIVATE_EQUITY.test(t) || PRIVATE_EQUITY_HOLDS.test(t) || PE_PORTFOLIO.test(t)) consider('private equity');
  return best ?? (BOOTSTRAPPED.test(t) || BOOTSTRAPPED_NORTH.test(t) ? 'bootstrapped' : undefined);
}
