import { withGregorianYears } from './era-years';
import {
  BIRTH_WITH_PARENTS,
  CJK_INLINE_FACT,
  FOUNDED_THE_TRADE,
  FOUNDER_STARTED,
  JA_FOUNDING_TOPIC,
  JA_HISTORY_FOUNDING,
  MERGER_FORMED,
  REGISTERED_WITH,
  ROOTS_TO,
  SINCE_AN_OFFICE,
  SWAHILI_FOUNDED,
  THAI_FOUNDED,
  UZBEK_FOUNDED,
  YEAR_BY_FOUNDERS,
  YEAR_PLACE_FOUNDED,
} from './founding-phrases';
import { namesParent, namesParentBefore, parentsOwnSentence } from './parent';

// "founded in 2012", "established 1998", "since 1998", "gegründet 2005", "seit 1998", "fondée en 2010",
// "depuis 1998", "fundada en 2010". "since"/"seit"/"depuis" also date other things ("customers since 2019"), so they
// count less and never after words that name someone else's history.
// A label and a colon ("Founded: 2012", "Fondée : 1998", "Año de fundación: 1990") as on fact boxes; Spanish creada,
// constituida, Italian fondata nel, Dutch opgericht in; Polish powstała / założona w 1991 roku, Swedish grundades /
// bildades 1994, Danish grundlagt / etableret i 2015; Slovak and Czech "spoločnosť vznikla v roku 2001" (came into
// being, as Polish "powstała"); Albanian "e themeluar në vitin 2002", "u themelua në 1998".
// A date before the year: "on March 3, 2012", "le 3 mars 2010", "am 3. März 2005", "el 3 de marzo de 1990".
const DATE = String.raw`(?:(?:on|le|am|el|il|op)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?)?(?:[A-Za-zÀ-ÿ]+\.?\s+(?:de\s+)?)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?`;
const FOUNDING_WORD = String.raw`founded|established|incorporated|year\s+founded|founding\s+(?:year|date)|year\s+of\s+(?:foundation|establishment)|est\.|gegr\.|gegr(?:ü|ue)ndet|gr(?:ü|ue)ndung(?:sjahr)?|fond(?:é|e)e?s?|cr(?:éé|ee)e?s?|(?:date|ann(?:é|e)e)\s+de\s+cr(?:é|e)ation|fundad[ao]s?|cread[ao]s?|constituid[ao]s?|a(?:ñ|n)o\s+de\s+fundaci(?:ó|o)n|fondat[ao]|anno\s+di\s+fondazione|opgericht|oprichtingsjaar|jaar\s+van\s+oprichting|fundad[ao]\s+em|(?:ano|data)\s+de\s+funda(?:ç|c)(?:ã|a)o|powsta(?:ł|l)[aoy]?|vznikl[aoi]?|vznikol|za(?:ł|l)o(?:ż|z)on[aoy]|za(?:ł|l)o(?:ż|z)y(?:ł|l)(?:[aoiy]|i(?:ś|s)my)?|grundades|grundlagt|etablerades|etableret|stiftet|bildades|fondat[ăa]?|(?:î|i)nfiin(?:ț|ţ|t)at[ăa]?|didirikan(?:\s+pada)?(?:\s+tahun)?|asutatud|asutati|kurulmu(?:ş|s)|zalo(?:ž|z)il[aiy]?|zalo(?:ž|z)en(?:á|a|é|e|o|ý|y)|ustanovljen[aoi]?|osnovan[aoi]?|perustettiin|perustettu|stofna(?:ð|d)(?:ur)?|stofnu(?:ð|d)|grunnlagt|etablert|themeluar|u\s+themelua|th(?:à|a)nh\s+l(?:ậ|a)p(?:\s+v(?:à|a)o)?(?:\s+n(?:ă|a)m)?`;
const STRONG = new RegExp(
  String.raw`(?<![A-Za-z0-9_\u00C0-\u024F])(?:${FOUNDING_WORD})(?:\s*:)?(?:\s+(?:in|(?:î|i)n|im\s+jahr(?:e)?|im|en|em|el\s+a(?:ñ|n)o|in\s+the\s+year|back\s+in|nel|nel\s+lontano|w|i|år|v\s+roku|v\s+roce|leta|godine|vuonna|(?:á|a)ri(?:ð|d)|n(?:ë|e)\s+vitin|n(?:ë|e)))?(?:\s*:)?\s+${DATE}((?:18|19|20)\d\d)\b`,
  'gi',
);
// "founded by Jane Doe in 2012", "fondée par deux ingénieurs en 2010", "fundada por ... en 1990", "gegründet von ... im
// Jahr 1998": the founders between the word and the year, within one clause.
const FOUNDED_BY =
  /\b(?:founded|established|fond(?:é|e)e?s?|cr(?:éé|ee)e?s?|fundad[ao]s?|cread[ao]s?|gegr(?:ü|ue)ndet|fondat[ao]|opgericht)\s+(?:by|par|por|von|da|door)\s+[^.;\n\d]{1,60}?\s(?:in|en|em|im(?:\s+jahr(?:e)?)?|nel)\s+((?:18|19|20)\d\d)\b/giu;
// "fundó la empresa en 1998", "we founded the company in 2011", "gründete die Firma 1987": a person (or "we") founded
// the company, named as the verb's object, in that year; the sentence's other years are that person's own.
const FOUNDED_COMPANY =
  /(?<!\p{L})(?:fund(?:ó|o)|fundaron|fundamos|fundou|fundaram|founded|fonda|fondèrent|a\s+fondé|avons\s+fondé|ont\s+fondé|gr(?:ü|ue)ndete(?:n)?|fondò|fondarono|richtte(?:n)?\s+in)\s+(?:la|el|the|our|l['’]|a|o|die|das|den|het|de|il|sua|su|seine|ihre)\s*(?:empresa|compañía|compania|firma|negocio|company|business|firm|entreprise|soci(?:é|e)t(?:é|e)|unternehmen|betrieb|bedrijf|azienda|societ(?:à|a)|companhia)(?!\p{L})(?:[^.;\n\d]{0,40}?)\s+(?:in|en|em|im(?:\s+jahr(?:e)?)?|nel|back\s+in)?\s*((?:18|19|20)\d\d)(?!\d)/giu;
// The year first, then the founder's verb and the company as its object: "Nel 2008 ha fondato con il Dott. Rossi lo
// Studio Rossi & Bianchi", "En 1994 fundó con su hermano la empresa", "Em 2001 fundou o escritório", "In 2012 she
// founded the firm with ...". A title's dot ("Dott.", "Dr.") between is no sentence's end.
const TITLE_DOT = String.raw`(?<=(?<!\p{L})(?:dott|dr|dra|ing|avv|arch|geom|prof|lic|sr|sra|mr|mrs|ms|eng))\.`;
const YEAR_FOUNDED_COMPANY = new RegExp(
  String.raw`(?<!\p{L})(?:nel|in|en|em|el\s+a[ñn]o|no\s+ano\s+de)\s+((?:18|19|20)\d\d),?\s+(?:(?:he|she|they|we|ella|él|ele|lei|lui)\s+)?(?:ha\s+fondato|hanno\s+fondato|abbiamo\s+fondato|fond[òo]|fondarono|fund[óo]|fundaron|fundamos|fundou|fundaram|founded|co-founded|a\s+fond[ée]|gr[üu]ndete(?:n)?|va\s+fundar)\s+(?:[^.;\n\d]|${TITLE_DOT}){0,60}?(?<!\p{L})(?:lo|la|il|el|the|our|her|his|their|a|o|l['’]|die|das|den|sua|su|seu|sua|nostro)\s*(?:studio|estudio|escrit[óo]rio|despacho|bufete|empresa|compa[ñn][íi]a|firma|negocio|company|business|firm|practice|agency|agenzia|agencia|entreprise|soci[ée]t[ée]|cabinet|unternehmen|kanzlei|betrieb|azienda|societ[àa]|companhia)(?!\p{L})`,
  'giu',
);
// "since our founding in 1998", "depuis sa création en 1998", "desde su fundación en 1990", "seit der Gründung 1998":
// the founding named, so as sure as "founded in".
const SINCE_FOUNDING =
  /\b(?:since|depuis|desde|seit|sinds|dal(?:la)?)\s+(?:(?:its|our|the|sa|notre|leur|su|nuestra|der|unserer|ihrer|la|sua|onze|a|o|nossa)\s+){0,2}(?:founding|foundation|establishment|inception|cr(?:é|e)ation|fondation|fundaci(?:ó|o)n|creaci(?:ó|o)n|gr(?:ü|ue)ndung|fondazione|oprichting|funda(?:ç|c)(?:ã|a)o)(?:\s+(?:in|en|em|im(?:\s+jahr(?:e)?)?|nel))?\s+((?:18|19|20)\d\d)\b/giu;
// "High Plains Cooperative was organized in 1946", "the Company was organized in 1921": a cooperative's or a
// corporation's legal start, said of the organization itself (an event or a tour "was organized in 2019" is not one);
// "the company was formed in 2001" likewise (a team or a choir "formed" is no company).
// A private or limited company "was registered in 1994" or "was incorporated in 2004", as South Asian pages date
// their company's entry in the register: its legal form names it the subject ("Pvt. Ltd. was registered in"), the
// form's dots being no sentence's end.
const ORGANIZED =
  /\b(?:cooperative|co-?op|company|corporation|credit union|association|society|bank)\b[^.;\n\d]{0,60}?\b(?:was|were)\s+(?:originally\s+|first\s+)?(?:organi[sz]ed|formed)\s+(?:in\s+)?((?:18|19|20)\d\d)(?!\d)/giu;
const REGISTERED =
  /(?<!\p{L})(?:pvt\.?\s+ltd\.?|private\s+limited|ltd\.?|limited|llp|company)\s+(?:was|were)\s+(?:first\s+)?(?:registered|incorporated)\s+in\s+((?:18|19|20)\d\d)(?!\d)/giu;
// An Indian legal notice: "Registered with the Registrar of Companies, Pune on 12 March 2014" (an LLP's or a
// company's entry in the register, which is its legal start).
const ROC_REGISTERED =
  /(?<!\p{L})(?:registered|incorporated)\s+with\s+the\s+registrar\s+of\s+companies(?:\s*,\s*\p{L}[\p{L} ]{0,30}?)?\s+on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?,?\s+|\p{L}{3,9}\.?\s+\d{1,2},?\s+)?((?:18|19|20)\d\d)(?!\d)/giu;
// German and Dutch put the year first: "wurde 2005 gegründet", "is in 2011 opgericht".
// "wurde 1998 als eigenständiges Unternehmen der 1952 gegründeten Gruppe ausgegründet": the main clause's year, the
// verb at its end (a participle inside the clause, "gegründeten", is another noun's). A season, a month or a day may
// stand before the year ("wurde im Herbst 2011 ... gegründet", "wurde am 1. April 1999 gegründet").
const WURDE =
  /\bwurde\s+(?:im\s+jahr(?:e)?\s+|(?:im|am|anfang|mitte|ende)\s+(?:\d{1,2}\.\s*)?\p{L}+\s+)?((?:18|19|20)\d\d)\s+[^.;\n]{0,120}?(?<!\p{L})(?:aus|neu)?gegr(?:ü|ue)ndet(?!\p{L})/giu;
// Dutch too: "werd in 1978 opgericht door ...", "is in 2011 opgericht".
const WERD = /\b(?:werd|werden|is|zijn)\s+(?:in\s+)?((?:18|19|20)\d\d)\s+(?:[^.;\n]{0,60}?\s)?opgericht(?!\p{L})/iu;
// Hungarian and Swedish too: "1994-ben alapított", "2011 grundat i Göteborg"; Spanish "En 2009 fundamos"; Estonian
// "1993. aastal asutatud" (founded in the year 1993); Finnish "X Oy on vuonna 2004 perustettu ..." (is a ... founded
// in 2004).
const YEAR_FIRST =
  /\b((?:18|19|20)\d\d)(?:\s*|-(?:ben|ban)\s+|\.?\s+aastal\s+)(?:asutatud|asutati|gegr(?:ü|ue)ndet|gr(?:ü|ue)ndete|opgericht|alap(?:í|i)tott|alap(?:í|i)tva|grundat|grundad|fundamos|perustettu|perustettiin)/giu;
// Greek: "ιδρύθηκε το 1978" (a \b does not see Greek letters).
const GREEK = /(?<!\p{L})(?:ιδρύθηκε|ίδρυση)\s+(?:το\s+|τον\s+|:\s*)?((?:18|19|20)\d\d)\b/giu;
// Turkish puts the verb last: "1991 yılında ... tarafından Bursa'da ... kuruldu" ("was founded in the year 1991").
const TURKISH =
  /(?<!\d)((?:18|19|20)\d\d)\s+y(?:ı|i)l(?:ı|i)nda\s+[^.!?\n\d]{0,120}?(?<!\p{L})kurul(?:du|mu(?:ş|s)tur)(?!\p{L})/giu;
// Hebrew: "נוסדה ב-2017", "הוקמה בשנת 1994" (founded, established; "ב-" and "בשנת" are "in" and "in the year").
// Russian and Ukrainian: "основана в 2006 году", "Агентство основали в 2011 году", "Год основания — 2006", "заснована у
// 2006 році" (founded, the year of founding). Serbian and Macedonian put the auxiliary between: "основано је 1994.
// године", "основана е во 2001" ("is founded in").
const CYRILLIC =
  /(?<!\p{L})(?:основан[аоы]?|основали|основал[аи]?|заснован[аоий]?|заснували|год основания|дата основания|рік заснування)\s*(?:(?:је|е)\s+)?(?:[—–:-]\s*|в\s+|у\s+|во\s+|през\s+)?((?:18|19|20)\d\d)(?!\d)/giu;
// Korean writes the place between: "2011년 부산 해운대에서 설립된" (founded in Haeundae, Busan in 2011).
// The company named as the object carries its legal form before it: "2004년 (주)한결식품을 설립하고".
const KOREAN = /(?<!\d)((?:18|19|20)\d\d)년\s+(?:(?:\(주\)|㈜)?\p{Script=Hangul}+\s+){0,3}(?:설립|창립|창업)/gu;
const HEBREW = /(?<!\p{L})(?:נוסדה|נוסד|הוקמה|הוקם)\s+(?:ב-?|בשנת\s+)((?:18|19|20)\d\d)(?!\d)/gu;
// Chinese, Japanese and Korean: the year, then at most a place's few characters, then the founding word ("1987年創立",
// "1987鹿谷創立", "2011년 설립"); Japanese may give the month and a particle between ("2016年4月に設立", "1972年の設立以来").
// Not a year whose founding word takes another company as its object ("2004 成立昆山源隆機械有限公司": a subsidiary set
// up that year, the page's own company the subject); "1990年成立的深圳市…有限公司" (founded in 1990, the company) is
// the company's own.
const CJK_FOUNDED =
  /(?<!\d)((?:18|19|20)\d\d)\s*[年년]?\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日\s*)?)?[にの]?\s*\p{Script=Han}{0,4}\s*(?:創立|創業|成立|設立|創辦|创立|创办|创业|설립|창립|창업)(?![ \t]*\d{1,3}[ \t]*(?:周年|週年|주년))(?!總公司|总公司|分公司|門市|门市|辦公室|办公室|工廠|工厂|據點|据点|支店|営業所|지사|지점)(?!(?!的|之)[\p{Script=Han}\p{Script=Katakana}ー]{2,24}(?:有限公司|子公司|株式会社|子会社))/gu;
// "創立於1987年", "成立于2008年3月": Chinese puts the founding word first, then "in" and the year; not a branch's or a
// plant's ("分公司成立於2012年").
const CJK_FOUNDED_IN =
  /(?<!分公司|子公司|办事处|辦事處|工厂|工廠|中心|总部|總部)(?:創立|成立|创立|創辦|创办|設立|设立)(?:於|于)\s*((?:18|19|20)\d\d)\s*年/gu;
// "창간일 : 2007-06-01": the first issue's date, which a Korean news site's statutory footer states beside its
// registration number.
const KR_FIRST_ISSUE = /(?<!\p{L})(?:창간일|창간)\s*[:：]?\s*((?:19|20)\d\d)(?:[.\-/년]|\s*년)/gu;
// A figure's block: the year on its line (or run into its capitalised caption, "1971Gründung der AG", "1991 Kuruluş
// yılı", where a tile's inline parts have no break between them) and what it dates under it ("1998" over "rok
// založenia", "2016" over "perustettu", "2009" over "Founded"), as about pages' counters show it.
const YEAR_TILE =
  /^[ \t]*((?:18|19|20)\d\d)(?:[ \t]*\n[ \t]*|[ \t]*(?=\p{Lu}))(?:founded|established|year founded|founding year|gegr(?:ü|ue)ndet|gr(?:ü|ue)ndung(?:sjahr)?|fond(?:é|e)e|ann(?:é|e)e de cr(?:é|e)ation|fundad[ao]|a(?:ñ|n)o de fundaci(?:ó|o)n|fondat[ao]|anno di fondazione|opgericht|jaar van oprichting|ano de funda(?:ç|c)(?:ã|a)o|rok za(?:ł|l)o(?:ż|z)enia|rok zalo(?:ž|z)en(?:ia|í|i)|godina osnivanja|leto ustanovitve|perustettu|perustamisvuosi|grundat|grundad|grundlagt|etableret|stiftet|etablert|stofna(?:ð|d)|alap(?:í|i)tva|fondat(?:ă|a) (?:î|i)n|kurulu(?:ş|s)(?: y(?:ı|i)l(?:ı|i))?|שנת הקמה|נוסדה|설립|창립|設立|創業|成立|est\.)(?:[ \t]+(?:in|à|en|em|im|i|w|a)[ \t]+\p{Lu}[^\n]{0,40}|[ \t]+(?:der|de la|de l'|of the|della|van de)[ \t]+\p{Lu}[\p{L}.]{1,12})?[ \t]*$/gimu;
// A timeline's entry: the year on its line (or in a table's first cell), and the founding told on the next ("2006" over "Thành lập Công ty Cổ phần
// ...", "1996" over "... a fost fondată societatea" (Romanian: the company was founded), "1994" over "Gründung der Brenner GmbH in Erfurt"), or told in the present tense ("1962" over "Angus and Mary
// MacInnis found Hillsborough Foods") or in the present passive ("1976" over "Acme Valves, Inc. is incorporated"), not a branch's or a subsidiary's founding.
const TIMELINE =
  /^[ \t]*((?:18|19|20)\d\d)[ \t]*[\n\t][ \t]*(?:[^\n]{1,60}?\s(?:found|founds|establish|establishes|gr(?:ü|ue)nden|gr(?:ü|ue)ndet|fonde|fondent|funda|fundan|a\s+fost\s+(?:fondat[ăa]?|(?:î|i)nfiin(?:ț|ţ|t)at[ăa]?))(?=\s)|(?:(?!branch|office|subsidiar|plant|depot|warehouse|store)[^\n]){1,60}?\s(?:is|are)\s+(?:founded|established|incorporated)(?=[\s;,.:]|$)|founding of|foundation of|founded|established|incorporated|gr(?:ü|ue)ndung|fondation|cr(?:é|e)ation|fundaci(?:ó|o)n|funda(?:ç|c)(?:ã|a)o|fondazione|oprichting|th(?:à|a)nh l(?:ậ|a)p|za(?:ł|l)o(?:ż|z)enie|zalo(?:ž|z)en(?:í|i)|alap(?:í|i)t(?:á|a)s|kurulu(?:ş|s))(?![\p{L}])(?![^\n]{0,120}(?:branch|office|subsidiar|niederlassung|filiale|tochter|succursale|sucursal|chi nh(?:á|a)nh|v(?:ă|a)n ph(?:ò|o)ng))[^\n]{0,200}$/gimu;
// A place between the word and the year: "founded in Berlin in 2012", "established in Limassol, Cyprus in 1996", "fondée à Lyon en 2003", "fondata a Milano
// nel 1962", "opgericht in Utrecht in 2011", Norwegian and Danish "etablert i Mosjøen i 1979", "grundlagt i Vejle i
// 1921". The place is a capitalised name of one to three words (checked in code: the pattern is case-insensitive).
const AT_PLACE = new RegExp(
  String.raw`\b(?:${FOUNDING_WORD})\s+(?:in|à|a|en|em|im|te|at|i)\s+(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2}(?:,\s+\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?)?),?\s+(?:in|en|em|im(?:\s+jahr(?:e)?)?|nel|no\s+ano\s+de|in\s+het\s+jaar|i)\s+((?:18|19|20)\d\d)\b`,
  'giu',
);
// A fact row whose label is the founding noun alone and whose value is the year alone ("Gründung\n1995",
// "Fundação: 1979", "Création : 2003"), as a <dt>/<dd> or table row reads. Catalan "Fundació", Swedish "Bildat" too.
// A fact row: the label, then a colon, a tab (a table's next cell) or a new line, then the year, alone or in a short
// date ("昭和48年（1973年）4月", "2005 (Brno)"). Labels in the languages of the pages read, and Japanese 創業 (the
// business's start, before 設立, its incorporation). A Nordic register's "Stiftelsesdato" is the founding; its
// "Registrert i ..." dates only the entry, and is no label here.
const LABEL_ROW =
  /^[ \t]*(?:fondazione|funda(?:ç|c)(?:ã|a)o|fundaci(?:ó|o)n?|any de fundaci(?:ó|o)|oprichting|gr(?:ü|ue)ndung|gr(?:ü|ue)ndungsjahr|cr(?:é|e)ation|foundation|founded|year founded|established|launch date|launch year|founding date|date founded|zalo(?:ž|z)eno|zalo(?:ž|z)ena|rok zalo(?:ž|z)en(?:í|i)|rok za(?:ł|l)o(?:ż|z)enia|data za(?:ł|l)o(?:ż|z)enia|alap(?:í|i)tva|alap(?:í|i)t(?:á|a)s(?: (?:é|e)ve)?|(?:î|i)nfiin(?:ț|ţ|t)at(?:(?:ă|a))?|kurulu(?:ş|s)(?: y(?:ı|i)l(?:ı|i))?|perustettu|perustamisvuosi|grundat|grundad|bildat|bildad|grundlagt|etableret|stiftet|stiftelsesdato|stiftelses(?:å|a)r|opprettet|ustanovitev|leto ustanovitve|godina osnivanja|osnovano|rok zalo(?:ž|z)enia|stofna(?:ð|d)|創業|創立(?:日期)?|設立(?:日期)?|開業|开业|创立日期|창립(?:일)?|설립(?:일자|일|연도|년도)?|成立(?:时间|時間|日期|年份)?|שנת הקמה)[ \t]*(?:[:：][ \t]*|\t[ \t]*|\n[ \t]*)[^\n]{0,10}?(?<!\d)((?:18|19|20)\d\d)(?!\d)[^\n]{0,20}$/gimu;
// "L'azienda nasce nel 1962", "a empresa nasceu em 1979", "la empresa nació en 1990", "La banca nasce il 3 marzo
// 1911": a company noun (a bank, a cooperative) is the subject, so it is not a person's birth year.
const BORN =
  /\b(?:azienda|societ(?:à|a)|ditta|impresa|empresa|companhia|entreprise|soci(?:é|e)t(?:é|e)|company|firma|bedrijf|banca|banco|banque|bank|cooperativa|coop(?:é|e)rative|genossenschaft)\s+(?:\p{L}+\s+){0,2}?(?:nasce|nacque|(?:è|e)\s+nat[ao]|nasceu|naci(?:ó|o)|nace|est\s+n(?:é|e)e)\s+(?:(?:nel|em|en|in)\s+|(?:il|el|le|em|a)\s+\d{1,2}(?:º|°|er)?\s+(?:de\s+)?\p{L}+\s+(?:de\s+)?)((?:18|19|20)\d\d)\b/giu;
// A beginning told as a story, or dated by "since" ("... since Cobalt Bay opened its doors in 2012"): "We started
// Quillmetric in 2017", "Hollow Oak started at a kitchen table in West Asheville in 2014", "X (Pty) Ltd was started in
// 2003 by ...", "Energías Albarracín nació en 2009", "Nascemos em 2018", "nous sommes nés en 2015". The subject opens
// the sentence and is "we" or a capitalised name (case-sensitive: "The project started" is not one; a name may carry
// its legal form in brackets), and the clause runs to the year without a digit or a full stop. Estonian "avas uksed"
// ("opened its doors").
const SUBJECT = String.raw`(?:[Ww]e|[Ww]ir|[Nn]ous|[Nn]osotros|[Nn]oi|[Ww]ij|[Nn]ós|(?:(?:\p{Lu}[\p{L}&'’.-]*|\(\p{Lu}[\p{L}.]*\)|&)\s+){0,4}\p{Lu}[\p{L}&'’.-]*)`;
const BEGAN_VERB = String.raw`(?:was\s+)?started|(?:was\s+)?launched|was\s+set\s+up|began|opened\s+(?:its|our)\s+doors|was\s+born|startete|begann|entstand|a\s+vu\s+le\s+jour|est\s+n[ée]e?|sommes\s+n[ée]e?s|naci[óo]|nace|nasce|alustas|avas\s+uksed|[Nn]acimos|comenz[óo]|empez[óo]|[èe]\s+nat[ao]|[Ss]iamo\s+nat[ie]|nacque|begon(?:nen)?|startte|is\s+ontstaan|nasceu|naceu|[Nn]ascemos|come[çc]ou|[Cc]ome[çc]amos|startede|begyndte|startade|började|ble\s+startet|startet|[Aa]m\s+pornit|[Aa]m\s+(?:î|i)nceput`;
// "The company was born", "O estaleiro naceu", "La panadería nació": the company's own word for a firm, after its
// article, opening its sentence (a project or an idea that is born is not the company).
const THE_NOUN = String.raw`(?:[Tt]he|[Oo]ur|[Oo]|[Aa]|[Ee]l|[Ll]a|[Ii]l|[Ll]e|[Dd]ie|[Dd]as|[Hh]et)\s+(?:company|firm|business|bakery|brewery|shipyard|empresa|compa[ñn][íi]a|panader[íi]a|estaleiro|f[áa]brica|entreprise|soci[ée]t[ée]|maison|azienda|societ[àa]|unternehmen|firma|bedrijf)`;
// "Su historia empezó el 8 de septiembre de 1976", "Our story began in 1998": the company's own story, by its
// possessive, dated by its start (a day and month may stand before the year).
const OWN_STORY = String.raw`(?:[Ss]u|[Nn]uestra|[Oo]ur|[Ii]ts|[Uu]nsere|[Nn]otre|[Ll]a\s+nostra|[Aa]\s+nossa)\s+(?:historia|history|story|geschichte|histoire|storia|hist[óo]ria)`;
const DAY_MONTH = String.raw`(?:el|le|il|am|o)\s+\d{1,2}(?:º|°|er|\.)?\s+(?:de\s+)?\p{L}+\s+(?:de\s+)?`;
const BEGAN = new RegExp(
  String.raw`(?<=^|[.!?]\s|\n|\b(?:since|seit|depuis|desde|sinds)\s)\s*(?:(?:${SUBJECT}|${THE_NOUN}|${OWN_STORY})\s+)?(?:${BEGAN_VERB})(?!\p{L})[^.!?\d\n]{0,80}?\s(?:(?:in|en|em|im|nel|back\s+in|i|w)\s+|${DAY_MONTH})?((?:18|19|20)\d\d)(?![\d])`,
  'gu',
);
// "He started with Calder as a shift manager in 2003", "She began her career at ...", "Sie startete 2010 bei uns":
// a person's start with the company (a pronoun the subject, or "with/at ... as" a role), not the company's.
const PERSON_BEGAN =
  /^\s*(?:he|she|they|er|sie|elle|ella|él|hij|zij|han|hon|hän)\s|(?<!\p{L})(?:started|began|startete|begann)\s+(?:(?:his|her|their|seine|ihre)\s+career|(?:with|at|bei)\s+[^.!?\n]{1,60}?\s(?:as|als)\s)/iu;
// "Brightwell has grown from a two-room workshop in Leeds in 1987 into ...": the company's small beginning, dated, then
// what it grew into. The subject opens the sentence (a name or "we", case-sensitive), no figure stands between
// ("grew from 10 staff in 2015 to 80" dates a size, not a start).
const GREW_FROM = new RegExp(
  String.raw`(?<=^|[.!?]\s|\n)\s*(?:${SUBJECT})\s+(?:has\s+|have\s+)?(?:grown|grew)\s+from\s+(?:a|an|one|its|our)\s[^.!?\d\n]{1,80}?\s(?:in|back\s+in)\s+((?:18|19|20)\d\d)\s+(?:in)?to\s`,
  'gu',
);

// "since": Slovak and Czech "od roku", "od roce"; Croatian "od 2009. godine" (the year's ordinal dot and "godine"),
// Polish "od 2012 roku"; Slovenian "od leta 2014", Latvian "kopš 1997. gada", Estonian "aastast 2009".
// Catalan "des de 1979", "des del 1979". Lithuanian "nuo 2004 metų". Indonesian and Malay "sejak" ("Berdiri sejak 2009"), Swedish "sedan", Danish
// and Norwegian "siden".
const WEAK =
  /(\b\p{L}+\s+)?\b(?:since|seit|depuis|desde|des\s+de(?:l)?|sinds|dal|sejak|sedan|siden|od\s+roku|od\s+roce|od\s+leta|kopš|kops|aastast|od(?=\s+(?:18|19|20)\d\d\.?\s+(?:godine|roku))|nuo(?=\s+(?:18|19|20)\d\d\s+(?:met(?:ų|u)|m\.)))\s+((?:18|19|20)\d\d)\b/giu;
// Hungarian puts "since" after the year: "1996 óta"; Turkish too, with the ablative on the year: "2014'ten beri",
// "1998 yılından beri", "2003'ten bu yana" (from then to this side).
const SINCE_AFTER =
  /(?<!\d)((?:18|19|20)\d\d)(?:\s+óta|(?:['’](?:den|dan|ten|tan)|\s+y(?:ı|i)l(?:ı|i)ndan)\s+(?:beri|bu\s+yana))(?!\p{L})/gu;
// "since" in scripts a \b does not see. Hebrew "מאז 1985 אנחנו מלווים" ("since 1985 we accompany"); Russian and
// Ukrainian only after the company's working, supplying, making or being on the market ("работает на рынке с 2012 года",
// "працюємо з 2008 року", "постачає запчастини ... з 2001 року"), since "с 2019 года" dates any change ("с 2019 года является дилером").
const WEAK_SCRIPT =
  /(?<!\p{L})(?:מאז|(?:работа(?:ет|ем|ют)|на\s+рынке|существу(?:ет|ем|ют)|працю(?:є|ємо|ють)|на\s+ринку|існу(?:є|ємо|ють)|постача(?:є|ємо|ють)|поставля(?:ет|ем|ют)|виробля(?:є|ємо|ють)|производ(?:ит|им|ят)|выпуска(?:ет|ем|ют)|обслугову(?:є|ємо|ють)|обслужива(?:ет|ем|ют))[^.!?\n\d]{0,100}?(?<!\p{L})(?:с|со|з|від))\s+((?:18|19|20)\d\d)(?!\d)/giu;
// What the clause before such a "since" dates instead: a certificate, an award, a membership, a dealership, a
// customer's or a person's tenure (a manager, an employee).
const NOT_OURS_SCRIPT =
  /ISO|сертифи|член|партн[её]р|дилер|лиценз|аккредит|награ|лауреат|клиент|директор|руковод|очол|הסמכ|תקן|פרס|חבר(?:ים|ה)?\s+ב|לקוח|מנכ"ל|מנכ״ל|מנהל|עובד/iu;
const NOT_OURS =
  /^(customers?|users?|clients?|members?|partners?|kunden|clients|nutzer|available|live|pelanggan|mitra)\s+$/i;
// "ISO 9001 certified since 2012", "zertifiziert nach ISO 14001 seit 2015", "ISO 9001 desde 2016", "Preisträger seit
// 2019", "membre du réseau depuis 2008": a certificate, label, award or membership dates itself, not the company. A
// "private label" or "white label" line is goods made for others' brands, no certificate ("vestuário em private label,
// desde 1979").
// Read in the clause before "since" (up to 60 characters, back to a sentence end); a stat tile's label may run into
// the value before it ("personasISO 9001 desde 2016"), so the words need no boundary before them.
const CREDENTIAL =
  /(?:ISO\s?\d{4,5}|\b(?:IATF|EMAS|HACCP|FSC|PEFC|B\s?Corp|T(?:Ü|UE)V)\b|certif|zertifi|gecertificeerd|accredit|akkredit|geaccrediteerd|award|prize|auszeichnung|preistr(?:ä|ae)ger|\bprix\b|laur(?:é|e)at|premi[oa]d|galard|(?<!(?:private|white)[ -])\blabel|g(?:ü|ue)tesiegel|\bmember|mitglied|\bmembre|\bmiembro|\bsocio|lid van|\blisted|b(?:ö|oe)rsennotiert)/iu;

// A legal form's row: its label ("Rechtsform", "Legal form"). Not a sentence that tells of a change of form or name
// ("2004 umfirmiert; seit 2016 gehören wir zur ... Gruppe"): a later "since" on its line may date something else.
const LEGAL_FORM_ROW =
  /(?<!\p{L})(?:rechtsform|legal form|legal status|forme juridique|forma jur[íi]dica|forma giuridica|rechtsvorm|yhtiömuoto|juridisk form|selskapsform|selskabsform|bolagsform)(?!\p{L})/iu;

const SPAN_END =
  /^\s*(?:al|a|ao|à|hasta|até|fins\s+al?|fino\s+al|to|till|until|bis|jusqu['’]en|tot|[–—-])\s*(?:18|19|20)\d\d(?!\d)/iu;

// "Sinds 2021 leidt kleindochter Lotte het bedrijf als CEO", "since 2019 led by", "seit 2020 führt ...": the year a
// person took the lead, not the company's start.
const LEADS_SINCE =
  /^[^.!?\n]{0,40}?\b(?:leads?|led by|runs|heads|leidt|geleid door|leitet|f(?:ü|ue)hrt|gef(?:ü|ue)hrt|unter der leitung|dirige|dirigeix|dirigida per|dirigée? par|dirigid[oa] por|guida|guidat[oa] da|as ceo|als ceo|comme ceo|como ceo|come ceo)\b/iu;

// "Dal 2021 è consigliera del Gruppo Giovani", "since 2019 is a board member of", "desde 2018 es presidenta de": a
// person's office or seat, held since that year.
const OFFICE_SINCE =
  /^[ \t,]*(?:(?:he|she|er|sie|elle|ella|lei|lui|ele|ela)\s+)?(?:è|é|es|is|ist|est|has been|ha sido|foi|fue)\s+(?:(?:a|an|un|una|la|il|el|o|der|die|ein|eine)\s+)?(?:consiglier[ae]|president[ea]?|vice[- ]?president[ea]?|presidenta|board member|member|membro|miembro|mitglied|membre|vocal|tesorier[ae]|treasurer|sindac[oa])(?!\p{L})/iu;

// "Od 2021 roku zasiada w Radzie ...", "od roku 2019 je členem představenstva", "od 2018. godine vodi ...": a person's
// seat or lead since that year, in Polish, Czech, Slovak and the South Slavic languages (the year's "roku", "roce",
// "godine" may follow it).
const SEAT_SINCE_SLAVIC =
  /^\s*(?:roku|roce|r\.|\.?\s*godine)?\s*(?:(?:jest|je|bol|był|była)\s+)?(?:zasiada\w*|członk\w*|pełni\w*|kieruj\w*|členem|členom|član\w*|zastává|zastáva|působí|pôsobí|řídí|riadi|vede|vedie|vodi|obnaša|predsed\w*|předsed\w*|prezes\w*|dyrektor\w*|ředitel\w*|riaditeľ\w*|direktor\w*)(?!\p{L})/iu;

// "der 1952 gegründeten Kröger-Gruppe": the year an owning group was founded, as an attribute of its name.
const OTHERS_ATTRIBUTE =
  /^\d{4}\s+gegr(?:ü|ue)ndete[nmrs]?\s+[^.;\n]{0,40}?(?:gruppe|holding|konzern|muttergesellschaft|mutterkonzern)/iu;

// "Two brothers started Switchyard in 2013", "They founded Ravid in Tel Aviv in 2019", "Three engineers started the
// company in 2019": the company named as the object of its founders' verb (case-sensitive: a capitalised name, or
// the company's own noun), the year right after it.
const STARTED_NAME =
  /(?<!\p{L})(?:started|founded|co-founded|launched)\s+(\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|&)){0,4}|the\s+(?:company|business|firm))(?:\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s+in\s+((?:18|19|20)\d\d)(?!\d)/gu;
// "Kaksi insinööriä perustivat Aalto Koneen Vaasassa vuonna 1988", "perustimme yrityksen vuonna 2012": Finnish names
// the company (capitalised, or its noun) as the founders' object, then "in the year".
const PERUSTI =
  /(?<!\p{L})(?:[Pp]erusti|[Pp]erustivat|[Pp]erustimme)\s+(?:\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|&)){0,4}|yrityksen|yhtiön|toimiston|firman)\s+vuonna\s+((?:18|19|20)\d\d)(?!\d)/gu;
// A founder's earlier venture: "Before Lumeo, Jane previously founded Pixelworks in 2005".
const ANOTHER_VENTURE = /\b(?:previously|before|earlier|formerly|also|had|has|then|later|went on to)\b[^.!?\n]{0,30}$/i;
// A quote's attribution ("... in one weekend.” — IT lead at a dental chain in Leiden, founded in 1999"): the
// speaker's company, not the page's.
const ATTRIBUTION = /(?:^|[”"»]\s*)[—–]\s[^\n]*$/;

function inAttribution(text: string, at: number): boolean {
  const line =
    text
      .slice(Math.max(0, at - 200), at)
      .split('\n')
      .pop() ?? '';
  return ATTRIBUTION.test(line);
}

// A founding year set off by a bracket after a name: "(Pennsylvania, founded 1936)", "Lantmän Norr (Umeå), founded".
const BRACKETED = /(?:\([^()\n]{0,40},|\([^()\n]{0,40}\),)\s*$/;
// Set off by a comma, an article's noun phrase after it ("Racine Bearing & Belt, a family business founded in 1921"),
// or an opening bracket ("Geotec Zuid uit Tilburg (opgericht 1964)").
const COMMA = /(?:,|,\s+(?:a|an|the|een|ein|eine|une?|una?)\s+[^,.;\n]{1,40}?|\()\s*$/iu;
const SUBJECT_WORDS = 6;
// A sentence the company speaks of itself in: "We're a team of 26 in Oslo, founded in 2021", "Vatra Payments is a
// payment institution licensed by the National Bank of Romania, founded in 2020", "Brume — agence ..., fondée", "Vi er
// et lokalt VVS-firma i Odense, grundlagt i 1986".
const SELF_SUBJECT =
  /^(?:we|we're|we’re|our|nous|notre|wir|unser\w*|somos|nuestra|siamo|wij|ons|vi|vores|vår|vårt|våra)\b|^\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}\s+(?:is|est|ist|es|è|é|[—–-])\s/iu;

// "Our sister company Ravi Digital (est. 2018, Karachi)": a related company named before the year is the year's.
const RELATED =
  /\b(?:sister|parent|subsidiary|affiliated?|group|partner) (?:company|companies|firm|brand|business|agency)\b|\b(?:our|its) (?:subsidiary|subsidiaries|parent)\b/i;

/**
 * "... uniforms for Grupo Tepeyac, founded in 1939", "lenders such as Keystone (Pennsylvania, founded 1936)",
 * "Acquisition of Racine Bearing & Belt, a family business founded in 1921": a
 * founding year set off after a name deep in a sentence that is not the company's own account of itself dates that
 * name. After the sentence's subject ("Pelto Analytics, founded in 2013, is ...") it is the subject's.
 */
function othersAppositive(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 300), at);
  if (BRACKETED.test(before)) return true;
  if (!COMMA.test(before)) return false;
  // A legal form's dot ("Chebucto Seafoods Ltd. is a ...") ends no sentence.
  const clause = (before.split(/(?<!\b(?:Ltd|Inc|Co|Corp|Bros))[.!?]\s|[\n·|•]/).pop() ?? '').trim();
  if (RELATED.test(clause)) return true;
  return clause.split(/\s+/).length > SUBJECT_WORDS && !SELF_SUBJECT.test(clause);
}

// "Tiền thân của công ty là Xí nghiệp ..., được thành lập năm 1992" (the company's predecessor was a works founded in
// 1992), "Its predecessor, ... was founded in 1961", "前身は…": a sentence about the predecessor dates the predecessor,
// not the company a later sentence says was founded.
const PREDECESSOR = /(?<!\p{L})(?:tiền thân|predecessor|前身|전신)(?!\p{L})/iu;

function predecessorsSentence(text: string, at: number): boolean {
  const sentence =
    text
      .slice(Math.max(0, at - 200), at)
      .split(/[.!?]\s|[。\n]/)
      .pop() ?? '';
  return PREDECESSOR.test(sentence);
}

/** Every word of a place name starts with a capital ("São Paulo", "Den Haag" as "Den Haag"). */
function isName(place: string): boolean {
  return place.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
}

export interface YearHit {
  year: number;
  confidence: number;
}

function firstValid(
  text: string,
  pattern: RegExp,
  valid: (y: number) => boolean,
): { year: number; index: number } | undefined {
  let count = 0;
  for (const m of text.matchAll(pattern)) {
    if (++count > 50) break;
    const year = Number(m[1]);
    if (valid(year)) return { year, index: m.index };
  }
  return undefined;
}

/** The company's founding year stated in `text`, bounded to 1800..the current year; undefined when none is. */
export function foundedYear(raw: string, now: number): YearHit | undefined {
  const text = withGregorianYears(raw);
  const max = new Date(now).getUTCFullYear();
  const valid = (y: number) => y >= 1800 && y <= max;
  let count = 0;
  let strong: { year: number; index: number } | undefined;
  // "X werd in 1978 opgericht" is the main clause's own year, before any founding word elsewhere in the text.
  const werd = WERD.exec(text);
  if (werd && valid(Number(werd[1])) && !othersAppositive(text, werd.index))
    return { year: Number(werd[1]), confidence: 0.45 };
  for (const m of text.matchAll(STRONG)) {
    if (++count > 50) break;
    const year = Number(m[1]);
    if (
      valid(year) &&
      !namesParentBefore(text, m.index) &&
      !inAttribution(text, m.index) &&
      !othersAppositive(text, m.index) &&
      !parentsOwnSentence(text, m.index) &&
      !predecessorsSentence(text, m.index)
    ) {
      strong = { year, index: m.index };
      break;
    }
  }
  // "X was founded in Richmond in 1991" before "... a Roanoke practice founded in 1979 that joined X": the earlier
  // of the two sure forms is the company's own, the later an acquired firm's history.
  count = 0;
  for (const m of text.matchAll(AT_PLACE)) {
    if (++count > 50 || (strong && m.index > strong.index)) break;
    const year = Number(m[2]);
    if (isName(m[1] ?? '') && valid(year) && !othersAppositive(text, m.index)) return { year, confidence: 0.45 };
  }
  if (strong) {
    // A profile's own fact row ("Launch date<tab>2017") before a card that dates another company ("Voltaria Group ·
    // Vienna · founded 1998"): the row is the subject's.
    const row = firstValid(text, LABEL_ROW, valid);
    return { year: row && row.index < strong.index ? row.year : strong.year, confidence: 0.45 };
  }
  for (const pattern of [
    WURDE,
    YEAR_BY_FOUNDERS,
    FOUNDED_BY,
    FOUNDED_COMPANY,
    YEAR_FOUNDED_COMPANY,
    SINCE_FOUNDING,
    ORGANIZED,
    MERGER_FORMED,
    REGISTERED,
    ROC_REGISTERED,
    LABEL_ROW,
    CJK_INLINE_FACT,
    YEAR_TILE,
    TIMELINE,
    BORN,
    GREEK,
    CYRILLIC,
    HEBREW,
    KOREAN,
    TURKISH,
    CJK_FOUNDED,
    CJK_FOUNDED_IN,
    JA_FOUNDING_TOPIC,
    JA_HISTORY_FOUNDING,
    THAI_FOUNDED,
    KR_FIRST_ISSUE,
    SWAHILI_FOUNDED,
    UZBEK_FOUNDED,
    ROOTS_TO,
    FOUNDED_THE_TRADE,
    YEAR_PLACE_FOUNDED,
  ]) {
    count = 0;
    for (const m of text.matchAll(pattern)) {
      if (++count > 50) break;
      const year = Number(m.slice(1).find(Boolean));
      if (valid(year) && !parentsOwnSentence(text, m.index)) return { year, confidence: 0.45 };
    }
  }
  count = 0;
  for (const m of text.matchAll(YEAR_FIRST)) {
    if (++count > 50) break;
    const year = Number(m[1]);
    if (
      valid(year) &&
      !namesParentBefore(text, m.index) &&
      !parentsOwnSentence(text, m.index) &&
      !OTHERS_ATTRIBUTE.test(text.slice(m.index, m.index + 80))
    )
      return { year, confidence: 0.45 };
  }
  count = 0;
  for (const m of text.matchAll(BEGAN)) {
    if (++count > 50) break;
    const year = Number(m[1]);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (valid(year) && !PERSON_BEGAN.test(m[0]) && !BIRTH_WITH_PARENTS.test(after)) return { year, confidence: 0.35 };
  }
  // "incorporated with the Securities and Exchange Commission in 1996": the legal start, after a business's own
  // beginning ("The business began in 2006 ... It was incorporated with the Corporate Affairs Commission in 2009").
  const registered = firstValid(text, REGISTERED_WITH, valid);
  if (registered) return { year: registered.year, confidence: 0.35 };
  count = 0;
  for (const m of text.matchAll(FOUNDER_STARTED)) {
    if (++count > 50) break;
    const year = Number(m[1]);
    if (valid(year)) return { year, confidence: 0.35 };
  }
  count = 0;
  for (const m of text.matchAll(GREW_FROM)) {
    if (++count > 50) break;
    const year = Number(m[1]);
    if (valid(year)) return { year, confidence: 0.35 };
  }
  count = 0;
  for (const m of text.matchAll(PERUSTI)) {
    if (++count > 50) break;
    const year = Number(m[1]);
    const before = text.slice(Math.max(0, m.index - 50), m.index);
    if (valid(year) && !ANOTHER_VENTURE.test(before)) return { year, confidence: 0.35 };
  }
  count = 0;
  for (const m of text.matchAll(STARTED_NAME)) {
    if (++count > 50) break;
    const year = Number(m[2]);
    const before = text.slice(Math.max(0, m.index - 50), m.index);
    if (valid(year) && !ANOTHER_VENTURE.test(before)) return { year, confidence: 0.35 };
  }
  for (const m of text.matchAll(SINCE_AFTER)) {
    const year = Number(m[1]);
    if (valid(year) && !CREDENTIAL.test(text.slice(Math.max(0, m.index - 60), m.index)))
      return { year, confidence: 0.3 };
  }
  count = 0;
  for (const m of text.matchAll(WEAK)) {
    if (++count > 50) break;
    if (m[1] && NOT_OURS.test(m[1])) continue;
    const clause =
      text
        .slice(Math.max(0, m.index - 60), m.index)
        .split(/[.!?;\n]/)
        .pop() ?? '';
    // A list's heading on the line above counts as its clause ("Labels" over "Clé Verte depuis 2015").
    const lines = text.slice(Math.max(0, m.index - 120), m.index).split('\n');
    // A row that holds its own value ("Listed: Thu, 26 Nov", a posting's date) is no heading.
    const above = lines.at(-2) ?? '';
    const heading = lines.length > 1 && above.trim().length <= 30 && !/:\s*\S/.test(above) ? above : '';
    if (CREDENTIAL.test(`${heading} ${clause}${m[1] ?? ''}`)) continue;
    // "Rechtsform  GmbH & Co KG (seit 2001; zuvor Einzelunternehmen ...)": the year of the present legal form, which an
    // older business took on later. Read on the line, the form's own dots ("Co. KG") being no sentence's end.
    if (LEGAL_FORM_ROW.test(text.slice(Math.max(0, m.index - 80, text.lastIndexOf('\n', m.index) + 1), m.index)))
      continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80).split(/[.!?\n]/)[0] ?? '';
    // "Seit 2021 leidt ...", "Depuis 2020, X fait partie du Groupe Y": a person's lead, an owner's purchase.
    // "We have welcomed patients since 1989 and are part of X Group": a clause of its own after "and" is no owner's.
    const joined = /^\s*(?:and|und|et|y|e|en)\s/i.test(after);
    // "dal 2001 al 2007", "desde 2001 hasta 2007", "des de 2001 fins al 2007": a span that ended dates a past job or
    // project, not the company's lasting "since".
    if (SPAN_END.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    if (
      !joined &&
      (LEADS_SINCE.test(after) ||
        OFFICE_SINCE.test(after) ||
        SEAT_SINCE_SLAVIC.test(after) ||
        SINCE_AN_OFFICE.test(after) ||
        namesParent(after))
    )
      continue;
    const year = Number(m[2]);
    if (valid(year)) return { year, confidence: 0.3 };
  }
  count = 0;
  for (const m of text.matchAll(WEAK_SCRIPT)) {
    if (++count > 50) break;
    const clause =
      text
        .slice(Math.max(0, m.index - 60), m.index + m[0].length)
        .split(/[.!?;\n]/)
        .pop() ?? '';
    const year = Number(m[1]);
    if (valid(year) && !NOT_OURS_SCRIPT.test(clause)) return { year, confidence: 0.3 };
  }
  return undefined;
}
