// Founding told in words the main patterns of founded.ts do not carry; read after them, at their lower confidence.

// Swahili: "Kampuni ilianzishwa mwaka 2002", "Kiwanda chetu kilianzishwa mwaka 1998" (was established in the year ...),
// the verb's noun-class prefix (i-, ki-, u-, li-, ya-) agreeing with the company's or the plant's noun.
export const SWAHILI_FOUNDED =
  /(?<!\p{L})(?:i|ki|u|li|ya)lianzishwa\s+(?:(?:mwaka|mnamo)\s+(?:wa\s+)?)?((?:18|19|20)\d\d)(?!\d)/giu;

// Uzbek: "2005-yilda Samarqand shahrida tashkil etilgan" (was founded in Samarkand in 2005), "1998-yildan beri"
// does not count; "tashkil topgan" (came into being) as well; the year first, its "-yil(da)" suffix, the verb last.
export const UZBEK_FOUNDED =
  /(?<!\d)((?:18|19|20)\d\d)(?:-|\s)yil(?:da|i)?\s+(?:[^.!?\n\d]{0,80}?\s)?tashkil\s+(?:etilgan|etildi|topgan|topdi)(?!\p{L})/giu;

// "The practice traces its roots to 1974", "our firm traces its origins back to 1952": the company's own beginning,
// by its possessive.
export const ROOTS_TO =
  /(?<!\p{L})traces?\s+(?:its|our|their)\s+(?:roots|origins?|history)\s+(?:back\s+)?to\s+((?:18|19|20)\d\d)(?!\d)/giu;

// "Don Ana Ruiz fundó el molino en 1978", "fundó la curtiembre en 1962": a person founded the business, named by one
// common noun after its article (founded.ts knows "la empresa"; a mill, a tannery, a workshop are the business too).
// The accent is required: "fundo" is also a noun (a farm).
export const FOUNDED_THE_TRADE =
  /(?<!\p{L})fund(?:ó|aron)\s+(?:el|la)\s+\p{Ll}{3,20}\s+en\s+((?:18|19|20)\d\d)(?!\d)/gu;

// "Our founder, Jane Roe, started buying kernels from ten growers in 2011": the founder's first trade is the
// company's start (not her career: "began her career at").
export const FOUNDER_STARTED =
  /(?<=^|[.!?]\s|\n)\s*(?:Our|The)\s+founders?,?\s+[^.!?\n\d]{0,60}?\s(?:started|began|opened|set\s+up)\s+(?!(?:his|her|their)\s+career)[^.!?\d\n]{0,80}?\s(?:in|back\s+in)\s+((?:18|19|20)\d\d)(?!\d)/gu;

// "Sergio nació en Firmat en 1958, hijo de un tornero", "was born in 1961, the son of a farmer": a person's birth,
// told with the parents, never the company's start.
export const BIRTH_WITH_PARENTS =
  /^[^.!?\n]{0,40}?,\s*(?:(?:the|el|la|o|a|le|il)\s+)?(?:hij[oa]|son|daughter|filh[oa]|figli[oa]|fils|fille)\s+(?:de|of|di|do|da)\s/iu;

// "創業は文化三年（1806年）", "設立は1987年": Japanese says the founding as a topic ("the founding is ..."), the year
// after it, often in the era's words with the Gregorian year in brackets (an era such as 文化 the era table does not
// carry, its year in kanji numerals): the bracketed year, or a bare one, within a few characters of the topic.
export const JA_FOUNDING_TOPIC =
  /(?:創業|創立|設立)(?:は|年は)[ \t]*[^\n。、\d]{0,8}?[（(]?((?:18|19|20)\d\d)[ \t]*年/gu;

// "／ 設立 1987年（…）", "| 설립 1987년 5월": a footer's run of facts, each set off by a slash or a bar, one of them the
// founding word and its year (the row's label starts no line of its own, so LABEL_ROW does not see it).
export const CJK_INLINE_FACT =
  /(?:^|[／｜|][ \t]*)(?:設立|創業|創立|설립|창립|창업|成立)[ \t]*[:：]?[ \t]*((?:18|19|20)\d\d)[ \t]*[年년]/gmu;

// A Japanese history table's row: the year (era years already read as Gregorian), a tab or space, and the entry that
// ends on 創業 or 創立 ("1948年\t初代 … が土木請負業を個人創業"): the business's start; not its anniversary ("創業75周年"),
// which has words after the founding word.
export const JA_HISTORY_FOUNDING =
  /^[ \t]*((?:18|19|20)\d\d)年(?:\d{1,2}月)?[ \t]+[^\n]{0,60}?(?:創業|創立)[ \t。]*$/gmu;

// "ก่อตั้งเมื่อปี 1998", "ก่อตั้งขึ้นในปี 2004" (was founded in the year ...), Thai, once its Buddhist-era years are read
// as Gregorian (lib/extract/text/era-years.ts); Thai writes no space between the words.
export const THAI_FOUNDED = /ก่อตั้ง(?:ขึ้น)?(?:เมื่อ|ใน)?(?:ปี)?[ \t]*((?:18|19|20)\d\d)(?!\d)/gu;

// "The company was incorporated with the Securities and Exchange Commission in 1996", "registered with the Companies
// Commission of Malaysia in 2008": a registry named between the verb and the year (founded.ts reads the Indian
// "Registrar of Companies ... on" form).
export const REGISTERED_WITH =
  /(?<!\p{L})(?:registered|incorporated)\s+with\s+the\s+\p{Lu}[\p{L}&' ]{2,60}?\s+in\s+((?:18|19|20)\d\d)(?!\d)/gu;

// "2015 von zwei Steuerberatern gegründet, sind wir heute ...", "in 2011 door twee ingenieurs opgericht": German and
// Dutch put the year first and the founders between it and the participle (YEAR_FIRST wants the verb right after the
// year); no figure between, so an owning group's "der 1952 gegründeten" year is not read.
export const YEAR_BY_FOUNDERS =
  /(?<![\p{L}\d])((?:18|19|20)\d\d)\s+(?:von|durch|door)\s+[^.;!?\n\d]{1,80}?\s(?:gegr(?:ü|ue)ndet|opgericht)(?!\p{L})/giu;

// "on 1994. aastal Võrus asutatud pereettevõte" (a family firm founded in Võru in 1994), "on vuonna 1978 Iisalmessa
// perustettu perheyritys": Estonian and Finnish put the place, in its locative, between the year and the participle;
// the place is a capitalised word or two (case-sensitive), so a clause of lower-case words is not read.
export const YEAR_PLACE_FOUNDED =
  /(?<!\d)(?:((?:18|19|20)\d\d)\.?\s+[Aa]astal|[Vv]uonna\s+((?:18|19|20)\d\d))\s+(?:\p{Lu}[\p{L}-]+\s+){1,2}(?:asutatud|asutati|perustettu|perustettiin)(?!\p{L})/gu;

// "seit 2023 haben wir ein Vertriebsbüro in München", "since 2019 we have had an office in Leeds": the "since" dates
// one office among the company's sites (an indefinite article before it), not the company's start.
export const SINCE_AN_OFFICE =
  /^[ \t,]*(?:(?:haben|hat|betreiben|unterhalten)\s+(?:wir\s+)?(?:ein(?:e|en)?|eine\s+weitere|ein\s+weiteres)|(?:we\s+)?(?:have|has|have\s+had|run|operate)\s+(?:an?|a\s+second|another))\s+(?:[\p{L}-]+\s+)?[\p{L}-]{0,20}?(?:büro|office|niederlassung|standort|filiale|zweigstelle|branch|hub)(?!\p{L})/iu;

// "Formed in 1996 from the merger of two grower co-operatives", "created through the amalgamation of A and B in 2004",
// "née en 1998 de la fusion de ...", "entstand 2003 aus der Fusion", "nació en 1991 de la fusión": a company that a
// merger made dates its founding by it (a merger a company made later is told with "merged" or "acquired").
export const MERGER_FORMED =
  /(?<!\p{L})(?:(?:formed|created)\s+in\s+((?:18|19|20)\d\d)\s+(?:from|through|by|out\s+of|upon|on|following|after)\s+the\s+(?:merger|amalgamation)|(?:formed|created)\s+(?:from|through|by|out\s+of|upon|on)\s+the\s+(?:merger|amalgamation)\s+of\s+[^.;\n\d]{1,100}?\s+in\s+((?:18|19|20)\d\d)|(?:n[ée]e|issue|cr[ée]{2}e|form[ée]e|constitu[ée]e)\s+en\s+((?:18|19|20)\d\d)\s+(?:de|par|suite\s+[àa])\s+la\s+fusion|(?:entstand|entstanden)\s+(?:im\s+jahr(?:e)?\s+)?((?:18|19|20)\d\d)\s+(?:aus|durch)\s+(?:der|die)\s+fusion|(?:naci[óo]|surgi[óo]|se\s+form[óo]|se\s+cre[óo])\s+en\s+((?:18|19|20)\d\d)\s+(?:de|tras|con|a\s+partir\s+de)\s+la\s+fusi[óo]n)(?!\p{L})/giu;
