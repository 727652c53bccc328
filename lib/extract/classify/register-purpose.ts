import type { IndustryGroup } from '../../signals/enums';
import { groupOfCode } from './codes';
import { INDUSTRY_CONFIDENCE, industryGroup } from './industry';
import { foldAccents } from './normalize';
import { nameGroup } from './page';

/**
 * The registered purpose a legal notice copies from the trade register, labelled at the start of its line: German and
 * Austrian "Unternehmensgegenstand", "Gegenstand des Unternehmens", Swiss "Zweck", French "Objet social", Spanish and
 * Portuguese "Objeto social", Italian "Oggetto sociale", Dutch "Doel", English "Nature of business", "Principal
 * activity", Polish "Przedmiot działalności", Czech and Slovak "Předmět podnikání". The value is the rest of the line, or
 * the next line when the label stands alone (a table row or <dt>/<dd> read as lines).
 */
const PURPOSE_LABEL =
  /^[ \t]*(?:unternehmensgegenstand|gegenstand des unternehmens|gesellschaftszweck|zweck der gesellschaft|objet social|objeto social|oggetto sociale|statutair doel|doel van de vennootschap|nature of (?:the )?business|principal activit(?:y|ies)|business purpose|przedmiot dzialalnosci|predmet podnikani|predmet podnikania)[ \t]*[:：]?[ \t]*(.*)$/gm;
// An imprint is short: the register block sits in its first few thousand characters.
const MAX_TEXT = 12_000;
const MAX_VALUE = 200;
// The trades a purpose lists ("Zimmerei, Holzbau, Dachdeckerei", "la fabricación y venta de conservas").
const PARTS = /\s*(?:[,;·]|\s(?:und|sowie|and|et|y|e|en|i|oraz)\s)\s*/;
const MAX_PARTS = 6;
// An activity code before its title, as UK filings and NACE-based registers give it ("62020 - Information technology
// consultancy activities", "25.62 Mechanische Bearbeitung"): NACE and the UK's SIC share ISIC's first four digits.
const LEADING_CODE = /^(\d{2})\.?(\d{1,3})?\b/;

/** The registered purpose's value (PURPOSE_LABEL), when the page states one. */
function purposeText(text: string): string | undefined {
  const lines = foldAccents(text.slice(0, MAX_TEXT)).split('\n');
  for (let i = 0; i < lines.length; i++) {
    PURPOSE_LABEL.lastIndex = 0;
    const m = PURPOSE_LABEL.exec(lines[i] ?? '');
    if (!m) continue;
    const value = (m[1] || lines[i + 1] || '').trim();
    if (value) return value.slice(0, MAX_VALUE);
  }
  return undefined;
}

/**
 * The group a legal notice's registered purpose names: the whole value as a stated industry, else the group most of
 * its parts name (each read as a stated label or by one group's words alone), when no other group is named as often.
 * A purpose in the register's words is the company's trade as it filed it, whatever its page's words say.
 */
export function registerPurposeGroup(text: string): IndustryGroup | undefined {
  const value = purposeText(text);
  if (!value) return undefined;
  const code = LEADING_CODE.exec(value);
  if (code) return groupOfCode('isic', `${code[1]}${code[2] ?? ''}`.slice(0, 4));
  const whole = industryGroup(value);
  if (whole && whole.confidence >= INDUSTRY_CONFIDENCE.classificationTerm) return whole.group;
  const votes = new Map<IndustryGroup, number>();
  for (const part of value.split(PARTS).slice(0, MAX_PARTS)) {
    const stated = industryGroup(part);
    const group =
      stated && stated.confidence >= INDUSTRY_CONFIDENCE.classificationTerm ? stated.group : nameGroup(part);
    if (group) votes.set(group, (votes.get(group) ?? 0) + 1);
  }
  const [best, second] = [...votes].sort((a, b) => b[1] - a[1]);
  return best && (!second || best[1] > second[1]) ? best[0] : undefined;
}
