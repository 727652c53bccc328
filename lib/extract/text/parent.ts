// "We are part of the Kessler Automotive Group, headquartered in Stuttgart", "a member of the Prairie Holdings family
// of companies (est. 1948)": a seat or a founding year the sentence gives after naming the company's owner is the
// owner's (or its network's: "membre du réseau X, dont le siège est situé ..."). In English, German, French, Spanish,
// Italian, Dutch and Portuguese.
const PARENT =
  /\b(?:part of|a subsidiary of|subsidiary of|member of|owned by|belongs to|teil der|teil des|geh(?:ö|oe)rt zu[rm]?|tochter(?:gesellschaft|unternehmen)? (?:der|des|von)|fait partie d|filiale d|forma parte d|filial d|parte del|fa parte d|controllata d|onderdeel van|dochter(?:onderneming|bedrijf)? van|faz parte d|subsidi[áa]ria d|membre d|adh[ée]rent d|miembro de|mitglied (?:der|des|im|von)|membro d|lid van)/i;

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
