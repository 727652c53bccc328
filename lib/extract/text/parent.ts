// "We are part of the Kessler Automotive Group, headquartered in Stuttgart", "a member of the Prairie Holdings family
// of companies (est. 1948)": a seat or a founding year the sentence gives after naming the company's owner is the
// owner's (or its network's: "membre du réseau X, dont le siège est situé ..."). In English, German, French, Spanish,
// Italian, Dutch and Portuguese.
const PARENT =
  /\b(?:part of|a subsidiary of|subsidiary of|member of|owned by|controlled by|acquired by|belongs to|controlad[ao]s? (?:desde \d{4} )?por|adquirid[ao] por|propiedad de|contr[ôo]l[ée]e? par|teil der|teil des|geh(?:ö|oe)rt zu[rm]?|tochter(?:gesellschaft|unternehmen)? (?:der|des|von)|ein unternehmen (?:der|des)|eine marke (?:der|des)|fait partie d|filiale d|forma parte d|filial d|parte del|fa parte d|controllata d|onderdeel van|dochter(?:onderneming|bedrijf)? van|faz parte d|subsidi[áa]ria d|membre d|adh[ée]rent d|miembro de|mitglied (?:der|des|im|von)|membro d|lid van)/i;

/** Whether `clause` names the company's parent ("Depuis 2020, X fait partie du Groupe Y"). */
export function namesParent(clause: string): boolean {
  return PARENT.test(clause);
}

/**
 * Whether the sentence holding `index` names the company's parent before it. Read over the 300 characters before it: a
 * sentence is shorter, and searching back for its start on a page of one unbroken line, for every address on it,
 * read the page again and again.
 */
export function namesParentBefore(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 300), index);
  return namesParent(before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('. '), 0)));
}

// The subject opening a sentence when it is a group: "Die Kessler Gruppe mit Sitz in Stuttgart wurde 1952 gegründet",
// "The Harlow Group was founded in 1921", "Le groupe Savary est né en 1948".
const GROUP_SUBJECT =
  /^(?:(?:[Dd]ie|[Dd]er|[Dd]as|[Tt]he|[Ll]e|[Ll]a|[Ee]l|[Ii]l|[Oo]|[Aa]|[Dd]e|[Hh]et)\s+)?((?:\p{Lu}[\p{L}&.'’-]*\s+){1,3}(?:Gruppe|Group|Groupe|Grupo|Gruppo|Groep|Holding|Konzern)|(?:Gruppe|Groupe|Grupo|Gruppo|Groep|Group|gruppe|groupe|grupo|gruppo|groep)\s+\p{Lu}[\p{L}&.'’-]*)(?!\p{L})/u;

/**
 * Whether the sentence holding `index` opens on a group the page names as the company's owner elsewhere ("Seit 2019
 * ist DonauTec ein Unternehmen der Kessler Gruppe. Die Kessler Gruppe ... wurde 1952 gegründet"): its facts are the
 * owner's. A group's own site, which names no owner, keeps its sentences.
 */
export function parentsOwnSentence(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 300), index);
  const start = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('. ') + 1, 0);
  const group = GROUP_SUBJECT.exec(before.slice(start).trim())?.[1];
  if (!group) return false;
  const name = group.replace(/\s+/g, ' ');
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (namesParent(text.slice(Math.max(0, at - 40), at))) return true;
  }
  return false;
}

// "Group CEO of Highveld Logistics Group (founded 1986, 7,200 employees)": a group named as someone's employer or
// owner, right before the bracket.
const OTHER_GROUP =
  /(?<![\p{L}])(?:of|at|from|bei|von|chez|du|de la|del|della|van)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&.'’-]*\s+){0,4}(?:Group|Gruppe|Groupe|Grupo|Gruppo|Groep|Holding|Holdings)\s*$/u;
// "Former CEO of Corrib Diagnostics (Galway, 1,100 employees)": a person's role at a company the clause names.
const ROLE_AT =
  /(?<![\p{L}])(?:CEO|CFO|COO|CTO|[Ff]ounder|[Cc]o-founder|[Dd]irector|[Cc]hair(?:man|woman)?|[Pp]resident|[Pp]artner|[Mm]anaging [Dd]irector|VP|[Hh]ead)\s+(?:of|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&.'’-]*,?\s+){1,5}$/u;

/**
 * Whether `index` stands in a bracketed aside about another company: one whose clause names the company's parent
 * ("X est une filiale de Gruppo Velaria S.p.A., Milano (fondé en 1962, 1 400 collaborateurs"), or a group named as
 * someone's employer ("Group CEO of Highveld Group (founded 1986, 7,200 employees", "Former CEO of Corrib Diagnostics
 * (Galway, 1,100 employees)"). The aside's facts are that company's.
 */
export function inOthersAside(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 200), index);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0 || before.indexOf('\n', open) >= 0) return false;
  const at = index - before.length + open;
  const clause = before.slice(0, open);
  return OTHER_GROUP.test(clause) || ROLE_AT.test(clause) || namesParentBefore(text, at);
}
