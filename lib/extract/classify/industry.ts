import type { IndustryGroup } from '../../signals/enums';

/**
 * Industry groups (taxonomy in ../shared/corpus/README.md) by the words of LinkedIn's and Wikipedia's industry
 * names and of company descriptions. Order matters for a stated industry, where the first rule that matches wins:
 * "IT Services and IT Consulting" is IT services before it is consulting, "Software Development" is software.
 */
const RULES: Array<[IndustryGroup, RegExp]> = [
  [
    'it-services',
    /\b(it services|it consulting|information technology (and|&) services|managed services?|it outsourcing|systems integration|it support|msp)\b/,
  ],
  [
    'telecommunications',
    /\b(telecom\w*|wireless|mobile network|mobile operator|broadband|isp|internet service provider|satellite communications?)\b/,
  ],
  [
    'marketing-advertising',
    /\b(marketing|advertising|public relations|pr agency|ad ?tech|media buying|seo agency|branding agency|digital agency|werbeagentur|werbung|agentur)\b/,
  ],
  [
    'financial-services',
    /\b(financial services|finance|banking|banks?|insurance|investment\w*|venture capital|private equity|fintech|payments?|capital markets|lending|credit|asset management|wealth management|brokerage|accounting software|neobank|trading|finanzierung\w*|kredit\w*|versicherung\w*|bank\w*|finanz\w*|geldanlage)\b/,
  ],
  [
    'healthcare',
    /\b(hospitals?|health ?care|medical|pharmaceutical\w*|biotech\w*|life sciences|wellness|mental health|clinics?|medtech|health)\b/,
  ],
  [
    'education',
    /\b(education\w*|e ?learning|higher education|universit(y|ies)|schools?|edtech|training|academy|seminare?|schulung\w*|weiterbildung|bildung|kurse?)\b/,
  ],
  [
    'real-estate-construction',
    /\b(real estate|construction|building materials|architecture (and|&) planning|civil engineering|property|proptech|housing)\b/,
  ],
  [
    'energy-utilities',
    /\b(energy|oil|gas|utilities|renewables?|solar|wind power|electric power|power generation|mining|photovoltaic|cleantech|energie\w*|strom|photovoltaik|windpark\w*|batteriespeicher)\b/,
  ],
  [
    'transportation-logistics',
    /\b(logistics|transportation|freight|shipping|trucking|supply chain|airlines?|aviation|maritime|warehousing|delivery|railroad|mobility)\b/,
  ],
  [
    'hospitality-travel',
    /\b(hospitality|hotels?|travel|tourism|restaurants?|leisure|events services|food (and|&) beverage services|gaming venues|resorts?)\b/,
  ],
  [
    'government-nonprofit',
    /\b(government|public administration|non ?profit|ngo|civic|philanthrop\w*|fundraising|verein|stiftung|international affairs|political|religious|armed forces|public policy|charity|foundation|municipal)\b/,
  ],
  [
    'media-publishing',
    /\b(media|publishing|newspapers?|broadcast\w*|entertainment|film|music|books?|journalism|news|magazines?|television|radio|podcasts?|animation)\b/,
  ],
  [
    'retail-consumer',
    /\b(retail|consumer|e ?commerce|apparel|fashion|cosmetics|furniture|wholesale|luxury|food (and|&) beverage|groceries|grocery|beverages?|sporting goods|toys|shop|onlineshop|online shop)\b/,
  ],
  [
    'manufacturing',
    /\b(manufacturing|machinery|industrial\w*|automotive|chemicals?|semiconductors?|electronics|aerospace|textiles?|plastics|packaging|defense and space|food production|engineering services)\b/,
  ],
  [
    'professional-services',
    /\b(consulting|legal|law (firm|practice)|accounting|staffing|recruiting|human resources|outsourcing|business services|professional services|translation|design services|research services|consultancy|rechtsanwalt\w*|kanzlei|beratung|steuerberat\w*)\b/,
  ],
  [
    'software',
    /\b(software|saas|internet|information technology|computer\w*|technology information|cybersecurity|network security|cloud|apps?|platform|data infrastructure|developer tools|artificial intelligence|ai|machine learning|api|open source)\b/,
  ],
];

function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}

export interface IndustryGuess {
  group: IndustryGroup;
  /** 0.85 for a stated industry name, 0.5-0.6 for a guess from free text. */
  confidence: number;
}

// A stated industry is a short label; anything longer is read as description text.
const MAX_STATED = 80;
const MAX_TEXT = 3_000;
const SHORT_TEXT = 300;

/**
 * The industry group of a stated industry ("Software Development", "Hospitals and Health Care") or of description
 * text. From text it answers only when one group has twice as many keyword hits as any other, and at least two unless
 * the text is a short description: a long page that mentions "payments" once is not a bank.
 */
export function industryGroup(text: string): IndustryGuess | undefined {
  if (typeof text !== 'string') return undefined;
  const t = normalize(text.slice(0, MAX_TEXT));
  if (!t) return undefined;
  if (t.length <= MAX_STATED) {
    const hit = RULES.find(([, re]) => re.test(t));
    return hit ? { group: hit[0], confidence: 0.85 } : undefined;
  }
  const counts = RULES.map(([group, re]) => ({
    group,
    n: t.match(new RegExp(re.source, 'g'))?.length ?? 0,
  })).sort((a, b) => b.n - a.n);
  const [best, second] = counts;
  if (!best || best.n === 0 || (second && best.n < second.n * 2)) return undefined;
  // One keyword in a short description ("Online shop for cat blankets") is clear; in a long text it is noise.
  if (best.n === 1) return t.length <= SHORT_TEXT ? { group: best.group, confidence: 0.45 } : undefined;
  return { group: best.group, confidence: best.n >= 4 ? 0.6 : 0.5 };
}
