import { abbreviates, brandVariants, findBrand, findBrandWithGaps, widenBrand } from './brand';
import { LEGAL_FORM } from './listing';
import { plainText } from './text';

// "Acme | Home", "About us - Acme", "Acme: the data platform", "Acme · Pricing", "Blog — Acme"; the full-width bar
// and an underscore or hyphen between East Asian characters ("公司简介_宁波海拓国际物流有限公司", "关于我们-某某有限公司"):
// those scripts write no hyphenated words, so the mark can only join two segments.
const CJK = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]`;
const SEPARATORS = new RegExp(String.raw`\s*[|｜·•»›~]\s*|\s+[-–—/:]\s+|:\s+|(?<=${CJK})[_\-－–—](?=${CJK})`, 'u');
// A registered name with its legal form, as Chinese, Japanese and Korean titles print it: the form closes it
// ("苏州康维医疗科技股份有限公司", "株式会社" either side) or opens it ("税理士法人あづみ野パートナーズ", "(주)에이치비테크").
// Such a segment names the company though its script can never spell the domain.
const EAST_ASIAN_REGISTERED = new RegExp(
  String.raw`^(?:(?:株式会社|有限会社|合同会社|(?:税理士|弁護士|司法書士|行政書士|社会保険労務士|監査|医療|社会福祉|一般社団|一般財団)法人|주식회사|\(주\)|㈜)\s?${CJK}[^|｜]{1,30}|${CJK}[^|｜]{1,30}?(?:股份有限公司|有限责任公司|有限責任公司|有限公司|株式会社|주식회사))$`,
  'u',
);

/**
 * The company's name out of the page title: the run of words in one title segment that spells the domain's label
 * or the og:site_name, else a segment that is a registered name (its legal form with it) the domain was made from or
 * an East Asian script writes. A title that names none yields nothing: "Pricing" or "How we scaled Postgres" are not
 * company names.
 */
export function nameFromTitle(
  title: string | undefined,
  domainLabel: string | undefined,
  siteName: string | undefined,
): string | undefined {
  const text = plainText(title);
  if (!text) return undefined;
  const targets = [...brandVariants(domainLabel), ...brandVariants(siteName)];
  const segments = text.split(SEPARATORS).slice(0, 8);
  let best: string | undefined;
  for (const segment of segments) {
    const brand = findBrand(segment, targets);
    const found = brand && widenBrand(segment.trim(), brand);
    if (found && (!best || found.length > best.length)) best = found;
  }
  // "Onmaru Architects" at onmaru-arch.kr: the domain spells a name's words with the last one cut short.
  for (const segment of best ? [] : segments) {
    // Widened forward only ("... Partners"): a word before it is the trade's ("Sanitätshaus Wendt Orthopädietechnik").
    const spelled = findBrandWithGaps(segment, targets);
    best = spelled && widenBrand(segment.slice(segment.indexOf(spelled)).trim(), spelled);
    if (best) break;
  }
  return (
    best ??
    quotedLegalName(segments) ??
    segments
      .map((s) => s.trim())
      .find(
        (s) =>
          EAST_ASIAN_REGISTERED.test(s) ||
          sharesDomainWord(s, domainLabel) ||
          abbreviates(s, domainLabel) ||
          initialsAndTrade(s, domainLabel),
      )
  );
}

// "ТОО «Тобол Мит Продукт»", "ТОВ «Агродеталь Центр»", "OOO «Nordsteel»": a legal form of Kazakhstan, Ukraine,
// Russia, Uzbekistan or Kyrgyzstan, then the registered name in its quotes, as the whole segment. The name is the
// quoted words: its script may not be the domain's, so it is taken as written. "»" also parts a title ("Home » About"):
// the segment may have lost its closing quote.
const QUOTED_LEGAL = /^(?:ТОО|ТОВ|ООО|ОсОО|ЖШС|АО|АТ|ПАТ|ПрАТ|OOO|TOO|MChJ|XK|LLP)\s*[«"“„]([^«»"“”„]{2,60})[»"”“]?$/u;

function quotedLegalName(segments: string[]): string | undefined {
  for (const segment of segments) {
    const name = QUOTED_LEGAL.exec(segment.trim())?.[1]?.trim();
    if (name) return name;
  }
  return undefined;
}

/** A page title's segments, as its separators part them ("About us - Acme", "公司简介_宁波…有限公司"). */
export function titleSegments(title: string | undefined): string[] {
  return plainText(title)?.split(SEPARATORS) ?? [];
}

/** The title's last segment, where a story's page names its publisher ("Plant to close - The Valley Herald"). */
export function titleTail(title: string | undefined): string | undefined {
  const segments = titleSegments(title);
  return segments.length > 1 ? segments.at(-1)?.trim() || undefined : undefined;
}

// A firm's legal form opening its name ("SCP Bertin-Lacaze & Associés").
const LEADING_FORM = /^(?:SCP|SELARL|SARL|SAS|EURL|SNC)\s/;
const MIN_SHARED = 5;

/**
 * A title segment that is a registered name (its legal form closes or opens it) and shares a distinctive word with
 * the domain, in any order or begun ("Druckhaus Kernmayer GmbH" at kernmayer-druck.at, "Dreher & Kessler
 * Zerspanungstechnik GmbH" at dk-zerspanung.de): the domain was made from the name, not spelled by it.
 */
/**
 * A domain made of the name's initials and its trade word shortened ("Kersting & Vogt Dichtungstechnik" at
 * kv-dichtungen.de): the label opens on the first words' initials, and what follows begins as a later word does.
 */
function initialsAndTrade(segment: string, domainLabel: string | undefined): boolean {
  const label = domainLabel?.replace(/-/g, '') ?? '';
  if (segment.length > 80) return false;
  const words = segment
    .split(/[\s&+,]+/)
    .map((word) => brandVariants(word)[0] ?? '')
    .filter(Boolean);
  for (let k = 2; k < words.length && k <= MAX_INITIALS; k++) {
    const trade = label.slice(k);
    if (trade.length < MIN_TRADE || !words.slice(0, k).every((w, i) => w[0] === label[i])) continue;
    if (words.slice(k).some((w) => w.startsWith(trade.slice(0, MIN_TRADE)))) return true;
  }
  return false;
}
const MAX_INITIALS = 4;
const MIN_TRADE = 6;

function sharesDomainWord(segment: string, domainLabel: string | undefined): boolean {
  if (!domainLabel || !(LEGAL_FORM.test(segment) || LEADING_FORM.test(segment)) || segment.length > 80) return false;
  return segment
    .split(/[\s&-]+/)
    .map((word) => brandVariants(word)[0] ?? '')
    .some(
      (w) => w.length >= MIN_SHARED && domainLabel.includes(w.length > 8 ? w.slice(0, Math.ceil(w.length / 2)) : w),
    );
}
