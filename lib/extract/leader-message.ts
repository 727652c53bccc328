import { cleanText } from '../signals/limits';
import type { PersonSignals } from '../signals/schema';
import { type FactContext, makeFact } from './facts';
import { jobTitle, personName } from './people/names';
import { titleSegments } from './title';

// The page a company gives its head's letter to the reader: East Asian sites nearly all have one (代表挨拶, 社長メッセージ,
// 董事长致辞, 总经理致辞, CEO 인사말), and Western ones often ("Message from our CEO", "Grußwort", "Mot du président").
const MESSAGE_HEADING = new RegExp(
  `^(?:${[
    '(?:代表|社長|会長|トップ)(?:挨拶|あいさつ|メッセージ)',
    'ご挨拶|ごあいさつ',
    '(?:董事长|董事長|总经理|總經理|总裁|總裁|创始人|創辦人|创办人)(?:致辞|致詞|寄语|寄語|的话|的話)',
    '(?:CEO|대표(?:이사)?|회장|사장)\\s?(?:인사말|메시지)',
    '인사말',
    'message from (?:the|our) (?:ceo|founder|chairman|chairwoman|president|managing director|md)',
    "(?:ceo|chairman|chairwoman|president|founder|md)['’]s (?:message|letter|welcome)",
    'a (?:word|letter|message) from (?:the|our) (?:ceo|founder|chairman|president|managing director)',
    'grußwort(?: de[rs] (?:geschäftsführ(?:er|erin|ung)|vorstand(?:s)?|inhaber(?:in)?))?',
    'mot d[ue] (?:la )?(?:président(?:e)?|directeur général|directrice générale|fondat(?:eur|rice)|gérant(?:e)?)',
    'mensaje del (?:presidente|director general|fundador|ceo)',
    'carta del (?:presidente|director general|fundador|ceo)',
    'mensagem d[oa] (?:presidente|presidenta|diretor[- ]presidente|diretora[- ]presidente|diretor[a]? geral|fundador[a]?|ceo)',
    "messaggio del(?:l['’])? ?(?:presidente|amministratore delegato|fondatore|ceo)",
    'lettera del (?:presidente|fondatore)',
    'lời (?:ngỏ|chào)(?: của (?:chủ tịch|tổng giám đốc))?',
    'thông điệp (?:của )?(?:chủ tịch|tổng giám đốc|ceo)',
    'sambutan (?:direktur(?: utama)?|presiden direktur|ceo|pendiri)',
    'สารจาก(?:ประธาน(?:กรรมการ)?|กรรมการผู้จัดการ|ผู้ก่อตั้ง)',
  ].join('|')})$`,
  'iu',
);
// A name in Chinese or Japanese characters with a space between surname and given name ("山田 太郎", "欧阳 明",
// "佐藤 はるか"); written without one, a Chinese name that opens on one of the common surnames (of mainland China,
// Taiwan and Hong Kong, in both writings: "孙立军", "陳志明"); a Korean name of two to four syllables that opens on one
// of the common Korean surnames ("김도윤"). Read only where the line holds a job title and then the name: in running
// text such a run of characters is any word, and a heading under the title ("대표이사 약력", a CEO's career) is no name.
const SPACED_NAME = /^\p{sc=Han}{1,3}[ \u3000](?:\p{sc=Han}{1,3}|[\p{sc=Hiragana}\p{sc=Katakana}]{2,6})$/u;
const CHINESE_NAME = /^\p{sc=Han}{2,4}$/u;
const CHINESE_SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤洪赖庄简詹施颜柯翁卓阮温蓝纪连欧游巫涂童柳',
  ...'張劉陳楊黃趙吳許韓馮鄧蕭謝葉蘇呂盧鍾譚陸範賈韋鄒閻龍賀顧龔萬錢嚴湯賴莊簡顏藍紀連歐塗鐘',
]);
const CHINESE_DOUBLE_SURNAMES = /^(?:欧阳|歐陽|司马|司馬|上官|诸葛|諸葛|东方|東方|皇甫|尉迟|尉遲|令狐|公孙|公孫)/u;
const KOREAN_NAME = /^\p{sc=Hangul}{2,4}$/u;
const KOREAN_SURNAMES = new Set([
  ...'김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄원채천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉',
]);
// A line of a letter is a sentence; a signature is short.
const MAX_LINE = 60;
const MAX_LINES = 400;
const MAX_WORDS = 8;
const CONFIDENCE = 0.45;

export function eastAsianName(text: string): string | undefined {
  const name = text.trim();
  const shaped =
    SPACED_NAME.test(name) ||
    (CHINESE_NAME.test(name) && (CHINESE_SURNAMES.has(name[0] ?? '') || CHINESE_DOUBLE_SURNAMES.test(name))) ||
    (KOREAN_NAME.test(name) && KOREAN_SURNAMES.has(name[0] ?? ''));
  return shaped && !jobTitle(name) ? name : undefined;
}

/**
 * A signature: "Jane Doe, Chairman", or a job title then the name, the company's name or the name in Latin letters
 * around them ("董事长 孙立军", "代表取締役社長　山田 太郎", "(주)동해정밀 대표이사 김도윤 Kim Do-yoon, CEO").
 */
function signature(line: string): { name: string; title: string } | undefined {
  const text = cleanText(line, 120);
  if (!text || text.length > MAX_LINE) return undefined;
  const comma = /^([^,，、]{3,40}),\s*([^,，、]{2,50})$/u.exec(text);
  const name = comma && personName(comma[1] ?? '');
  const role = comma && jobTitle(comma[2] ?? '');
  if (name && role) return { name, title: role };
  const words = text.split(/[ \u3000]+/u).slice(0, MAX_WORDS);
  for (let i = 0; i + 1 < words.length; i++) {
    const title = jobTitle(words[i] ?? '');
    if (!title) continue;
    // The spaced form first: "山田 太郎" whole, not its surname alone.
    const spaced = i + 2 < words.length ? eastAsianName(`${words[i + 1]} ${words[i + 2]}`) : undefined;
    const found = spaced ?? eastAsianName(words[i + 1] ?? '');
    if (found) return { name: found, title };
  }
  return undefined;
}

/** A signature on two lines, the name over the title ("Ana Morais" / "Presidente"), as Western letters close. */
function stackedSignature(line: string, next: string | undefined): { name: string; title: string } | undefined {
  const text = cleanText(line, 120);
  const below = cleanText(next, 120);
  if (!text || !below || text.length > MAX_LINE || below.length > MAX_LINE) return undefined;
  const name = personName(text);
  const title = name ? jobTitle(below) : undefined;
  return name && title ? { name, title } : undefined;
}

// The page a company gives to introducing the holder of one role, named in its title: "總經理介紹" (the general
// manager's introduction), "董事長簡介", "社長紹介", "대표이사 소개". Its heading is the holder's name and the line under
// it opens on the same role ("總經理 ／ General Manager"), as a bio page's does.
const INTRODUCTION = /^(\S{2,10}?)\s?(?:介紹|介绍|簡介|简介|のご紹介|紹介|소개)$/u;

/** The holder of the role a role's introduction page presents: its heading's name, under which the role stands. */
function introducedHolder(heading: string, title: string, text: string): { name: string; title: string } | undefined {
  const role = titleSegments(title)
    .slice(0, 4)
    .map((part) => INTRODUCTION.exec(part.trim())?.[1])
    .find((r) => r !== undefined && jobTitle(r));
  const name = role ? eastAsianName(heading) : undefined;
  if (!role || !name) return undefined;
  const lines = text.split('\n', MAX_LINES).map((line) => line.trim());
  const at = lines.indexOf(name);
  const below = at >= 0 ? lines.slice(at + 1).find(Boolean) : undefined;
  return below?.startsWith(role) ? { name, title: role } : undefined;
}

/**
 * The head of the company whose letter the page is (its heading or title says so: "代表挨拶", "董事长致辞", "CEO
 * 인사말", "Message from our CEO"), from the letter's signature line, above or under it: "董事长 孙立军", "Jane Doe,
 * Chairman"; else the holder a role's introduction page presents ("總經理介紹", introducedHolder). The company whose
 * site it is employs them (`company`: undefined on a platform).
 */
export function leaderMessage(
  heading: string,
  title: string,
  text: string,
  company: string | undefined,
  ctx: FactContext,
): PersonSignals | undefined {
  const titled = [heading, ...titleSegments(title).slice(0, 4)].some((h) => MESSAGE_HEADING.test(h.trim()));
  const lines = titled ? text.split('\n', MAX_LINES) : [];
  const signed = lines
    .map((line, i) => signature(line) ?? stackedSignature(line, lines[i + 1]))
    .find((s) => s !== undefined);
  const found = signed ?? (titled ? undefined : introducedHolder(heading, title, text));
  if (!found) return undefined;
  const where = signed ? 'the letter’s signature' : 'the role’s introduction';
  const f = (value: string) => makeFact(ctx, 'text', value, where, CONFIDENCE);
  const person: PersonSignals = { name: f(found.name), title: f(found.title) };
  const employer = company ? cleanText(company, 80) : undefined;
  if (employer) person.employer = f(employer);
  return person;
}
