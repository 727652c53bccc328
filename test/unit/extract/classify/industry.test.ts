import { describe, expect, it } from 'vitest';
import { industryGroup, MIN_CONFIDENCE } from '../../../../lib/extract/classify/industry';

// Stated industries as LinkedIn (2022 taxonomy and the older one) and Wikipedia infoboxes write them.
const STATED: Array<[string, string]> = [
  ['Software Development', 'software'],
  ['Computer Software', 'software'],
  ['Technology, Information and Internet', 'software'],
  ['Information technology', 'software'],
  ['Internet', 'software'],
  ['Computer and Network Security', 'software'],
  ['Computer Games', 'software'],
  ['IT Services and IT Consulting', 'it-services'],
  ['Information Technology & Services', 'it-services'],
  ['IT System Custom Software Development', 'software'],
  ['Financial Services', 'financial-services'],
  ['Banking', 'financial-services'],
  ['Insurance', 'financial-services'],
  ['Venture Capital and Private Equity Principals', 'financial-services'],
  ['Investment Management', 'financial-services'],
  ['Capital Markets', 'financial-services'],
  ['Hospitals and Health Care', 'healthcare'],
  ['Medical Equipment Manufacturing', 'healthcare'],
  ['Pharmaceutical Manufacturing', 'healthcare'],
  ['Biotechnology Research', 'healthcare'],
  ['Mental Health Care', 'healthcare'],
  ['Higher Education', 'education'],
  ['E-Learning Providers', 'education'],
  ['Primary and Secondary Education', 'education'],
  ['Education Administration Programs', 'education'],
  ['Industrial Machinery Manufacturing', 'manufacturing'],
  ['Automotive', 'manufacturing'],
  ['Chemical Manufacturing', 'manufacturing'],
  ['Semiconductor Manufacturing', 'manufacturing'],
  ['Aviation and Aerospace Component Manufacturing', 'transportation-logistics'],
  ['Retail', 'retail-consumer'],
  ['Retail Apparel and Fashion', 'retail-consumer'],
  ['Consumer Services', 'retail-consumer'],
  ['Food and Beverage Manufacturing', 'manufacturing'],
  ['Wholesale', 'retail-consumer'],
  ['Online Media', 'media-publishing'],
  ['Newspaper Publishing', 'media-publishing'],
  ['Broadcast Media Production and Distribution', 'media-publishing'],
  ['Entertainment Providers', 'media-publishing'],
  ['Book and Periodical Publishing', 'media-publishing'],
  ['Advertising Services', 'marketing-advertising'],
  ['Marketing Services', 'marketing-advertising'],
  ['Public Relations and Communications Services', 'marketing-advertising'],
  ['Business Consulting and Services', 'professional-services'],
  ['Legal Services', 'professional-services'],
  ['Accounting', 'professional-services'],
  ['Staffing and Recruiting', 'professional-services'],
  ['Human Resources Services', 'professional-services'],
  ['Real Estate', 'real-estate-construction'],
  ['Construction', 'real-estate-construction'],
  ['Architecture and Planning', 'real-estate-construction'],
  ['Civil Engineering', 'real-estate-construction'],
  ['Oil and Gas', 'energy-utilities'],
  ['Renewable Energy Semiconductor Manufacturing', 'energy-utilities'],
  ['Utilities', 'energy-utilities'],
  ['Solar Electric Power Generation', 'energy-utilities'],
  ['Truck Transportation', 'transportation-logistics'],
  ['Transportation, Logistics, Supply Chain and Storage', 'transportation-logistics'],
  ['Airlines and Aviation', 'transportation-logistics'],
  ['Freight and Package Transportation', 'transportation-logistics'],
  ['Hospitality', 'hospitality-travel'],
  ['Travel Arrangements', 'hospitality-travel'],
  ['Restaurants', 'hospitality-travel'],
  ['Events Services', 'hospitality-travel'],
  ['Telecommunications', 'telecommunications'],
  ['Wireless Services', 'telecommunications'],
  ['Government Administration', 'government-nonprofit'],
  ['Non-profit Organizations', 'government-nonprofit'],
  ['Civic and Social Organizations', 'government-nonprofit'],
  ['Philanthropic Fundraising Services', 'government-nonprofit'],
];

// Labels in other languages and wordings, as activity classifications (NACE, WZ, NAF, CNAE) and directories state them.
const CLASSIFIED: Array<[string, string]> = [
  // Japanese, Chinese, Korean: matched in their own scripts.
  ['輸送・物流・サプライチェーン・倉庫', 'transportation-logistics'],
  ['ソフトウェア開発', 'software'],
  // The Tokyo Stock Exchange's sector names, read whole: transport equipment is made, not hauled.
  ['輸送用機器', 'manufacturing'],
  ['食料品', 'manufacturing'],
  // A LinkedIn name whose words are two groups', read whole as its English name is.
  ['의료 장비 제조', 'healthcare'],
  ['陸運業', 'transportation-logistics'],
  ['Trävaruindustri', 'manufacturing'],
  ['stolarka budowlana', 'manufacturing'],
  ['软件开发', 'software'],
  ['물류', 'transportation-logistics'],
  ['Tworzenie gier komputerowych', 'software'],
  ['Cantieristica navale', 'manufacturing'],
  // Turkish (TÜİK's NACE titles; LinkedIn's Turkish names use the same words).
  ['Yazılım Geliştirme', 'software'],
  ['Tekstil Üretimi', 'manufacturing'],
  ['BT Hizmetleri ve BT Danışmanlığı', 'it-services'],
  ['Lojistik ve Tedarik Zinciri', 'transportation-logistics'],
  // Compounds: a part that names a group whole ("tillverkning", "bioteknik").
  ['Maskintillverkning', 'manufacturing'],
  ['Bioteknikforskning', 'healthcare'],
  ['Logistikdienstleister', 'transportation-logistics'],
  // Infobox values.
  ['Home appliances', 'manufacturing'],
  ['Skogsindustri', 'manufacturing'],
  ['Conseil en systèmes et logiciels informatiques', 'it-services'],
  ['Édition de logiciels applicatifs', 'software'],
  ['Herstellung von Werkzeugmaschinen', 'manufacturing'],
  ['Fabricación de maquinaria agraria', 'manufacturing'],
  ['Rechtsberatung', 'professional-services'],
  ['Actividades jurídicas', 'professional-services'],
  ['Transports routiers de fret interurbains', 'transportation-logistics'],
  ['Erziehung und Unterricht', 'education'],
  ['Enseñanza', 'education'],
  ['Activités hospitalières', 'healthcare'],
  ['Hostelería', 'hospitality-travel'],
  ['Commerce de détail de livres en magasin spécialisé', 'retail-consumer'],
  ['Grundstücks- und Wohnungswesen', 'real-estate-construction'],
  ['Captación, depuración y distribución de agua', 'energy-utilities'],
  ['Activités des agences de publicité', 'marketing-advertising'],
  ['Telecomunicaciones inalámbricas', 'telecommunications'],
  ['Öffentliche Verwaltung', 'government-nonprofit'],
  ['Banques centrales et intermédiation monétaire', 'financial-services'],
  // PKD 2007, CZ-NACE, SNI 2007, DB07, SN2007 and TOL 2008 titles, and LinkedIn's Polish, Czech and Nordic names
  ['Działalność rachunkowo-księgowa; doradztwo podatkowe', 'professional-services'],
  ['Wydawanie książek', 'media-publishing'],
  ['Sprzedaż detaliczna prowadzona w niewyspecjalizowanych sklepach', 'retail-consumer'],
  ['Rozwój oprogramowania', 'software'],
  ['Telekomunikacja', 'telecommunications'],
  ['Silniční nákladní doprava', 'transportation-logistics'],
  ['Výroba kovových konstrukcí a jejich dílů', 'manufacturing'],
  ['Vzdělávání', 'education'],
  ['Dataprogrammering', 'software'],
  ['IT-tjänster och IT-konsulttjänster', 'it-services'],
  ['Fastighetsverksamhet', 'real-estate-construction'],
  ['Vindkraft', 'energy-utilities'],
  ['Reklamebureauer', 'marketing-advertising'],
  ['Hospitaler og sundhedspleje', 'healthcare'],
  ['Konsulentvirksomhet tilknyttet informasjonsteknologi', 'it-services'],
  ['Sykehus og helsetjenester', 'healthcare'],
  ['Ohjelmistojen suunnittelu ja valmistus', 'software'],
  ['Pankkitoiminta', 'financial-services'],
  ['Julkinen hallinto', 'government-nonprofit'],
  ['Majoitus- ja ravitsemistoiminta', 'hospitality-travel'],
  ['Fabrico de têxteis', 'manufacturing'],
];

describe('industryGroup', () => {
  it('reads a description in Japanese by its words, and no group where they tie', () => {
    expect(industryGroup('大阪府東大阪市で精密切削部品を製造しています。', true)?.group).toBe('manufacturing');
    expect(industryGroup('広告と物流', false)).toBeUndefined();
    // A sector that spans groups is no answer: software, telecoms and broadcasting share 情報・通信業.
    expect(industryGroup('情報・通信業')).toBeUndefined();
  });

  it('reads the customers a Japanese or Chinese text names before 向け or after 面向 as the market', () => {
    // A trading house selling to universities is no school; its own words alone decide.
    expect(industryGroup('大学・研究機関向けに理化学機器を販売する商社です。', true)?.group).not.toBe('education');
    expect(industryGroup('面向学校和大学的在线学习平台', true)?.group).not.toBe('education');
  });

  it("reads transport's equipment as made, not hauled", () => {
    expect(industryGroup('Rail transport equipment')?.group).toBe('manufacturing');
    expect(industryGroup('Motor vehicle parts')?.group).toBe('manufacturing');
    expect(industryGroup('Rail transport')?.group).toBe('transportation-logistics');
    // A description counts the manufacturing words of both rules as one group's.
    expect(industryGroup('Fabricante de rolhas de cortiça natural desde 1931.', true)?.group).toBe('manufacturing');
  });

  it('reads trades by their own names: an HVAC contractor builds, a printing house and an officina make', () => {
    expect(industryGroup('A family-owned commercial HVAC contractor serving Ohio since 1979.', true)?.group).toBe(
      'real-estate-construction',
    );
    expect(industryGroup('Offset- en digitale drukkerij in Roeselare sinds 1962.', true)?.group).toBe('manufacturing');
    expect(industryGroup('Officine Brenni')?.group).toBe('manufacturing');
  });

  it("reads a directory's tag for software made for a trade as software, not the trade", () => {
    expect(industryGroup('Analytics, Artificial Intelligence (AI), Retail Technology')?.group).toBe('software');
    expect(industryGroup('Construction Software')?.group).toBe('software');
    // Medical technology is a product of its own, and the trade alone is the trade.
    expect(industryGroup('Medical Technology')?.group).toBe('healthcare');
    expect(industryGroup('Retail')?.group).toBe('retail-consumer');
  });

  it('reads an industry named after "for", "para" as the market', () => {
    expect(industryGroup('Infraestructura de datos para el retail latinoamericano.', true)).toBeUndefined();
    expect(industryGroup('Scheduling software for healthcare and hospitality teams.', true)?.group).toBe('software');
  });

  it("reads farming's compounds as no construction ('precisielandbouw', 'Gartenbau'), a builder's as one", () => {
    expect(industryGroup('precisielandbouw')).toBeUndefined();
    expect(industryGroup('Gartenbau')).toBeUndefined();
    expect(industryGroup('Utiliteitsbouw')?.group).toBe('real-estate-construction');
  });

  it("reads a description's market as the market, not the trade", () => {
    // The customers' trades after "for", "für", "para" name no group of the company's own.
    expect(
      industryGroup('Verfahrenstechnik und Anlagenplanung für Lebensmittel-, Pharma- und Papierindustrie.', true),
    ).toBe(undefined);
    expect(industryGroup('Terminais de pagamento e conta empresarial para o comércio local.', true)?.group).toBe(
      'financial-services',
    );
    // Plants and producers served are a market too: a machine builder for food plants is no food business.
    expect(
      industryGroup('Since 1971 we have built case packers and palletizers for food, beverage and dairy plants.', true)
        ?.group,
    ).not.toBe('retail-consumer');
    // Danish "til" (Swedish "till"): a brush maker for the food industry is no food business.
    expect(
      industryGroup('Fyns Børsteværk har siden 1958 produceret industribørster til fødevareindustri og landbrug.', true)
        ?.group,
    ).not.toBe('retail-consumer');
    expect(industryGroup('Scheduling software and apps for construction firms and retailers.', true)?.group).toBe(
      'software',
    );
    expect(industryGroup('Scheduling software that helps hospitals and clinics plan shifts.', true)?.group).toBe(
      'software',
    );
    expect(industryGroup('Our sensor platform and software run in 36 municipalities.', true)?.group).toBe('software');
    // The customers' examples after "such as", "wie", "comme" are the market too.
    expect(industryGroup('Booking software for customers such as airlines, hotels and insurers.', true)?.group).toBe(
      'software',
    );
    expect(
      industryGroup('Wir bauen Apps für Kunden wie Verkehrsbetriebe, Versicherungen und Banken.', true)?.group,
    ).not.toBe('financial-services');
    // Without such a phrase the words still count.
    expect(industryGroup('Online shop for cat blankets', true)?.group).toBe('retail-consumer');
  });

  it.each(CLASSIFIED)('%s -> %s (activity classification terms)', (text, group) => {
    expect(industryGroup(text)?.group).toBe(group);
  });

  it('is surest of a LinkedIn name, less sure of a classification term, and silent on a label of two groups', () => {
    expect(industryGroup('Hospitals and Health Care')?.confidence).toBe(0.9);
    const term = industryGroup('Herstellung von Werkzeugmaschinen')?.confidence ?? 0;
    expect(term).toBeLessThan(0.9);
    expect(term).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    expect(industryGroup('Enseignement et hébergement')).toBeUndefined();
  });

  it("reads no compound whose parts name two groups, and no word that merely contains a term's letters", () => {
    expect(industryGroup('Bildungsfinanzierung')).toBeUndefined();
    expect(industryGroup('Dokumentationsdienste')).toBeUndefined();
  });

  it('files food and drink makers under manufacturing, as NACE does, and selling them under retail', () => {
    for (const made of ['Alimentaria, Láctea', 'Zuivel', 'Produits laitiers', 'Dairy', 'Beverages', 'Laticínios']) {
      expect(industryGroup(made)?.group, made).toBe('manufacturing');
    }
    expect(industryGroup('Lebensmittelproduktion')?.group).toBe('manufacturing');
    for (const sold of ['Lebensmitteleinzelhandel', 'Grocery retail', 'Food and beverage retail']) {
      expect(industryGroup(sold)?.group, sold).toBe('retail-consumer');
    }
  });

  it('has about 60 stated industries in the table', () => {
    expect(STATED.length).toBeGreaterThanOrEqual(60);
  });

  it.each(STATED)('%s -> %s', (text, group) => {
    expect(industryGroup(text)?.group).toBe(group);
  });

  it('reads descriptions in Polish, Czech and the Nordic languages, and not words with another meaning', () => {
    const pl = 'Biuro rachunkowe: pełna księgowość, kadry i płace oraz doradztwo podatkowe dla firm z Torunia.';
    expect(industryGroup(pl, true)?.group).toBe('professional-services');
    const sv = 'Åkeri med egna lastbilar: godstransporter, spedition och logistik i Mellansverige.';
    expect(industryGroup(sv, true)?.group).toBe('transportation-logistics');
    // A shop's returns ("reklamace"), a privacy notice's processing ("behandling"), a form ("lomake").
    expect(
      industryGroup('Reklamace zboží vyřizujeme do 30 dnů, reklamační formulář najdete níže.', true),
    ).toBeUndefined();
    expect(industryGroup('Sådan sker behandlingen af dine personoplysninger.', true)).toBeUndefined();
    expect(industryGroup('Täytä lomake, niin otamme yhteyttä.', true)).toBeUndefined();
  });

  it('is confident about a stated industry', () => {
    expect(industryGroup('Software Development')?.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('reads description text only when one group clearly dominates', () => {
    const text =
      'Northbeam Freight runs refrigerated trucking and warehousing for grocers: our logistics team plans freight ' +
      'routes, shipping windows and supply chain visibility across three countries and twelve depots.';
    expect(industryGroup(text)).toMatchObject({ group: 'transportation-logistics' });
    expect(industryGroup(text)?.confidence).toBeLessThan(0.8);
    const mixed =
      'We are a friendly team that loves building things and helping customers with whatever they need, every day, ' +
      'from our office by the river; come and say hello to us and our dog at the open house next spring.';
    expect(industryGroup(mixed)).toBeUndefined();
  });

  it('says nothing for empty or unrecognized input', () => {
    expect(industryGroup('')).toBeUndefined();
    expect(industryGroup('Widgets')).toBeUndefined();
    expect(industryGroup(42 as unknown as string)).toBeUndefined();
  });
});

describe('software made for a trade, in one compound word', () => {
  it('reads "Hotelsoftware" and "Kanzleisoftware" as software, not as the trade they serve', () => {
    expect(industryGroup('Entwicklung und Vertrieb von Hotelsoftware für Häuser in Tirol.', true)?.group).toBe(
      'software',
    );
    expect(industryGroup('Kanzleisoftware für Steuerberater und Anwälte, seit 2009.', true)?.group).toBe('software');
  });
});

describe('what a company makes or supplies, not the trades it serves', () => {
  it('reads LinkedIn\'s "Agriculture, Construction, Mining Machinery Manufacturing" as manufacturing', () => {
    expect(industryGroup('Agriculture, Construction, Mining Machinery Manufacturing')?.group).toBe('manufacturing');
  });

  it('takes no retail from furniture "made in" a town for importers, nor energy from manpower for oil and gas', () => {
    const maker =
      'Teak dining and bedroom furniture, made in Jepara since 1991. OEM/ODM for importers in 30 countries.';
    expect(industryGroup(maker, true)?.group).not.toBe('retail-consumer');
    const staffing =
      'Kibo Workforce Solutions supplies certified technical manpower to oil & gas and mining operators in East Africa since 2011.';
    expect(industryGroup(staffing, true)?.group).not.toBe('energy-utilities');
  });
});
