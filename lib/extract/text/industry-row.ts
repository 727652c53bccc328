import { industryGroup } from '../classify/industry';

/**
 * A labelled industry row, as directories, job pages, fact boxes and "about" sidebars write it: "Industry: Software
 * Development", "Branche: Maschinenbau", "Secteur d'activité : Conseil", "Settore: Servizi finanziari", "Bedrijfstak:
 * Logistiek", "Setor: Construção", a board's "Bransch\tPartihandel", "Domeniu: Industria auto", "Sektör", a Norwegian
 * register's "Næringskode(r)" (its code's title, the first when it lists several). The label
 * starts its line and is singular (a menu's "Industries" lists markets served, not the company's own); the value is the
 * rest of that line, or the next line when the label stands alone (a <dt>/<dd> or table row read as lines).
 */
const LABEL =
  /^[ \t]*(?:industry|branche|wirtschaftszweig|secteur(?: d['’]activit[ée])?|sector(?: de actividad)?|settore(?: di attivit[àa])?|setor(?: de atividade)?|ramo(?: de atividade)?|bedrijfstak|actividad|rubro|bransch|bransje|toimiala|domeniu(?:l)?(?: de activitate)?|sekt(?:ö|o)r|faaliyet alan(?:ı|i)|obor(?: (?:č|c)innosti)?|bran(?:ż|z)a|ipar(?:á|a)g|n(?:æ|ae)ringskoder?(?:\(r\))?)[ \t]*(?::[ \t]*([^\n]{2,80})|\n[ \t]*([^\n:]{2,60})|\t[ \t]*([^\n]{2,80}))$/gimu;
const MAX_ROWS = 20;
// An activity code before its title ("33.120 Reparasjon av ...", "22.29 – Výroba ..."): the title is the industry.
const LEADING_CODE = /^[A-U]?\d{2}(?:\.?\d{1,3}){1,2}[A-Z]?\s*(?:[–-]\s*)?(?=\p{L})/u;

/** The industry the page's one labelled row states, when it names a group; several differing rows are a list. */
export function statedIndustry(text: string): string | undefined {
  const values = new Set<string>();
  let count = 0;
  for (const m of text.matchAll(LABEL)) {
    if (++count > MAX_ROWS) break;
    const value = (m[1] ?? m[2] ?? m[3] ?? '')
      .trim()
      .replace(/[.;,]+$/, '')
      .replace(LEADING_CODE, '');
    if (value) values.add(value);
  }
  if (values.size !== 1) return undefined;
  const [value] = values;
  return value && industryGroup(value) ? value : undefined;
}
