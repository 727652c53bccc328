import { describe, expect, it } from 'vitest';
import { industryGroup } from '../../../../lib/extract/classify/industry';
import { withoutMarkets } from '../../../../lib/extract/classify/normalize';
import { pageScores } from '../../../../lib/extract/classify/page';
import type { PageSample } from '../../../../lib/signals/sample';

// Invented sentences. Stated activities as the Slovak (SK NACE), Slovenian (SKD) and Croatian (NKD) registers
// title them, and as Serbian (KD) writes them in Latin script.
const STATED: Array<[string, string]> = [
  ['Počítačové programovanie', 'software'],
  ['Računalniško programiranje', 'software'],
  ['Računarsko programiranje', 'software'],
  ['Stavebníctvo', 'real-estate-construction'],
  ['Gradbeništvo', 'real-estate-construction'],
  ['Građevinarstvo', 'real-estate-construction'],
  ['Priemyselná výroba', 'manufacturing'],
  ['Predelovalne dejavnosti', 'manufacturing'],
  ['Prerađivačka industrija', 'manufacturing'],
  ['Ubytovacie a stravovacie služby', 'hospitality-travel'],
  ['Gostinstvo', 'hospitality-travel'],
  ['Usluge smeštaja i ishrane', 'hospitality-travel'],
  ['Doprava a skladovanie', 'transportation-logistics'],
  ['Saobraćaj i skladištenje', 'transportation-logistics'],
  ['Finančné a poisťovacie činnosti', 'financial-services'],
  ['Zdravstvo in socialno varstvo', 'healthcare'],
  ['Obrazovanje', 'education'],
  ['Reklama a prieskum trhu', 'marketing-advertising'],
  ['Oglaševanje in raziskovanje trga', 'marketing-advertising'],
  ['Pravne i računovodstvene djelatnosti', 'professional-services'],
  ['Trgovina na drobno', 'retail-consumer'],
  ['Izdavačke djelatnosti', 'media-publishing'],
  ['Telekomunikácie', 'telecommunications'],
  ['Javna uprava i obrana', 'government-nonprofit'],
];

const sample = (text: string, about = ''): PageSample =>
  ({ text, about, headings: '', types: [], tels: [] }) as unknown as PageSample;

describe('Slovak, Slovenian and Croatian vocabulary', () => {
  it.each(STATED)('reads the stated activity %s', (label, group) => {
    expect(industryGroup(label)?.group).toBe(group);
  });

  it('reads descriptions by the trade, not by the market after "pre", "za"', () => {
    expect(industryGroup('Sme strojárska firma so zameraním na kovovýrobu a obrábanie kovov.', true)?.group).toBe(
      'manufacturing',
    );
    expect(withoutMarkets('filtre pre automobilovy a potravinarsky priemysel')).not.toMatch(/potravinarsky/);
    expect(
      industryGroup('Odvjetnički ured s dugom tradicijom: odvjetnici za trgovačko pravo u Zagrebu.', true)?.group,
    ).toBe('professional-services');
  });

  it('scores a page by its trade words', () => {
    const [best] = pageScores(
      sample(
        'Naša restavracija in apartmaji ob morju. Nastanitev za družine, jedilnik z domačo hrano, rezervacija sobe.',
        'Restavracija in prenočišče',
      ),
    );
    expect(best?.[0]).toBe('hospitality-travel');
  });

  it('leaves out words every site uses or that mean something else', () => {
    // The privacy notice, the legal form "trgovačko društvo", a careers page, "under construction", quality assurance.
    expect(industryGroup('Ochrana osobných údajov a spracovanie cookies na tejto stránke.', true)).toBeUndefined();
    expect(industryGroup('Trgovačko društvo upisano u sudski registar, OIB 12345678901.', true)).toBeUndefined();
    expect(industryGroup('Stranica je u izgradnji. Zapošljavanje: pošaljite životopis.', true)).toBeUndefined();
    expect(industryGroup('Pravne informacije in piškotki.', true)).toBeUndefined();
    // "knjigovodstvo" (bookkeeping) is not a book; "tečaj" is an exchange rate too.
    expect(industryGroup('Knjigovodstvo i porezno savjetovanje za obrtnike.', true)?.group).toBe(
      'professional-services',
    );
    expect(industryGroup('Tečajna lista i tečaj eura danas.', true)).toBeUndefined();
  });
});
