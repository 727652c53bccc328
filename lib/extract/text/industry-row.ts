import { industryGroup } from '../classify/industry';
import { inEmployerFactBox } from './employer-box';

/**
 * A labelled industry row, as directories, job pages, fact boxes and "about" sidebars write it: "Industry: Software
 * Development", "Branche: Maschinenbau", "Secteur d'activité : Conseil", "Settore: Servizi finanziari", "Bedrijfstak:
 * Logistiek", "Setor: Construção", a board's "Bransch\tPartihandel", "Domeniu: Industria auto", "Sektör", Slovak
 * "Oblasť podnikania" and South Slavic "Djelatnost", "Dejavnost" (line of business), a Norwegian
 * register's "Næringskode(r)" (its code's title, the first when it lists several). The label
 * starts its line and is singular (a menu's "Industries" lists markets served, not the company's own); the value is the
 * rest of that line, or the next line when the label stands alone (a <dt>/<dd> or table row read as lines).
 */
const LABEL =
  /^[ \t]*(?:industry|branche|wirtschaftszweig|secteur(?: d['’]activit[ée])?|sector(?: de actividad)?|settore(?: di attivit[àa])?|setor(?: de atividade)?|ramo(?: de atividade)?|bedrijfstak|actividad|rubro|bransch|bransje|toimiala|domeniu(?:l)?(?: de activitate)?|sekt(?:ö|o)r|faaliyet alan(?:ı|i)|obor(?: (?:č|c)innosti)?|bran(?:ż|z)a|ipar(?:á|a)g|obla(?:sť|st) podnikania|djelatnost|dejavnost|delatnost|n(?:æ|ae)ringskoder?(?:\(r\))?)[ \t]*(?::[ \t]*([^\n]{2,80})|\n[ \t]*([^\n:]{2,60})|\t[ \t]*([^\n]{2,80}))$/gimu;
const MAX_ROWS = 20;
// An activity code before its title ("33.120 Reparasjon av ...", "22.29 – Výroba ..."): the title is the industry.
const LEADING_CODE = /^[A-U]?\d{2}(?:\.?\d{1,3}){1,2}[A-Z]?\s*(?:[–-]\s*)?(?=\p{L})/u;
// A board's "Sektor: Privat" beside its "Bransje" row says who owns the employer (the public or the private sector),
// not its trade: no industry, and no second value that would make the rows a list.
const OWNERSHIP =
  /^(?:privat|private|privé|privado|privato|yksityinen|offentlig|public|publique|público|pubblico|öffentlich|julkinen|kommunal|statlig|(?:privat|offentlig|public|private|yksityinen|julkinen) (?:sektor|sector|sektori))$/iu;
// A value read without a group must look like a trade's name: a capital first, no figure, no second row run into it
// ("Maschinenbau · Unternehmensgröße: 201-500"), a few words at most, not a search filter's "Alle" (every branch).
const PLAIN_NAME = /^\p{Lu}[^\d:·|•\n]{1,58}$/u;
const FILTER_WORD =
  /^(?:alle|all|any|alla|kaikki|toutes|todos|tutti|tous|select|wählen|vælg|velg|välj|valitse)(?!\p{L})/iu;

// Ukrainian and Russian job boards head an employer's card with its trade beside its headcount, unlabelled: DOU's
// "IT-аутсорсинг · 81–200 спеціалістів", Work.ua's "Сільське господарство, агробізнес" over "100–250 співробітників".
// The trade is the segment before the separator, or the line above, when it names a group (a name does not).
const STAFF_WORD = String.raw`(?:спеціаліст|співробітник|працівник|специалист|сотрудник|работник)\p{L}*`;
const HEADCOUNT = String.raw`\d[\d \u00a0\u202f]{0,6}(?:[ \t]*[–-][ \t]*\d[\d \u00a0\u202f]{0,6}|\+)?[ \t]*${STAFF_WORD}`;
const BESIDE_HEADCOUNT = new RegExp(
  String.raw`^[ \t]*([^\n·;|•]{2,60}?)[ \t]*(?:[·;|•][ \t]*|\n[ \t]*)${HEADCOUNT}`,
  'gmu',
);
// A company's name in quotes or with a figure before the separator ("ТОВ «Альфа» Агробізнес; 100–250 ...") is no
// trade's name.
const NOT_A_TRADE = /[«»"“”\d]/;

/** The trade a board's employer card states beside its headcount (BESIDE_HEADCOUNT), when one group's name. */
function besideHeadcount(text: string): string | undefined {
  const values = new Set<string>();
  let count = 0;
  for (const m of text.matchAll(BESIDE_HEADCOUNT)) {
    if (++count > MAX_ROWS) break;
    const value = (m[1] ?? '').trim();
    if (value && !NOT_A_TRADE.test(value) && industryGroup(value)) values.add(value);
  }
  return values.size === 1 ? [...values][0] : undefined;
}

function plainName(value: string): boolean {
  return PLAIN_NAME.test(value) && value.split(/\s+/).length <= 6 && !FILTER_WORD.test(value);
}

/**
 * The industry the page's one labelled row states, when it names a group, or when it sits in an employer's fact box
 * (./employer-box.ts: a company-size row beside it), where the row is the employer's trade in the board's own words
 * ("Foder og landbrugsforsyning", "Elektroinstallation") whatever group they name; several differing rows are a list.
 */
export function statedIndustry(text: string): string | undefined {
  const values = new Map<string, boolean>();
  let count = 0;
  for (const m of text.matchAll(LABEL)) {
    if (++count > MAX_ROWS) break;
    const value = (m[1] ?? m[2] ?? m[3] ?? '')
      .trim()
      .replace(/[.;,]+$/, '')
      .replace(LEADING_CODE, '');
    if (!value || OWNERSHIP.test(value)) continue;
    const boxed = values.get(value) || inEmployerFactBox(text, m.index, m.index + m[0].length);
    values.set(value, boxed);
  }
  if (!values.size) return besideHeadcount(text);
  if (values.size !== 1) return undefined;
  const [[value, boxed] = ['', false]] = values;
  if (industryGroup(value)) return value;
  return boxed && plainName(value) ? value : undefined;
}
