import { describe, expect, it } from 'vitest';
import { pageIndustry, pageScores } from '../../../lib/extract/classify/page';
import { foundedYear } from '../../../lib/extract/text/founded';
import { fundingStage } from '../../../lib/extract/text/funding';
import { headcount } from '../../../lib/extract/text/headcount';
import type { IndustryGroup } from '../../../lib/signals/enums';
import { sampleOf, signalsOf } from './read-page';

// Invented companies, people and snippets only: the held-out pages are the measurement, never copied here.
const NOW = Date.UTC(2025, 0, 1);

describe('headcount in more languages and forms', () => {
  it('reads Bengali and Hindi staff counts, native digits too', () => {
    expect(headcount('আজ আমাদের কারখানায় ১৮০ জন কর্মী কাজ করেন।')?.range).toEqual({ min: 180, max: 180 });
    expect(headcount('आज हमारे 95 कर्मचारी रोज़ काम करते हैं।')?.range).toEqual({ min: 95, max: 95 });
  });

  it("reads no staff from customers' counts in those scripts", () => {
    expect(headcount('আজ ১৮০ জন গ্রাহক আমাদের চা কেনেন।')).toBeUndefined();
    expect(headcount('आज हमारे 95 ग्राहक हैं।')).toBeUndefined();
  });

  it('reads "São N profissionais" opening a sentence, not those a school trains', () => {
    expect(headcount('Atendemos todo o Nordeste. São 27 profissionais em Recife e Natal.')?.range).toEqual({
      min: 27,
      max: 27,
    });
    expect(headcount('São 400 profissionais formados por ano na nossa escola.')).toBeUndefined();
  });

  it('reads a firm "composto da" its people, not a board', () => {
    expect(headcount('Lo Studio Marchetti, oggi composto da 9 persone, ha sede a Fano.')?.range).toEqual({
      min: 9,
      max: 9,
    });
    expect(headcount('Il consiglio di amministrazione è composto da 5 persone.')).toBeUndefined();
  });

  it('reads "il team conta" and the Galician payroll', () => {
    expect(headcount('Il team conta 23 persone tra tecnici e progettisti.')?.range).toEqual({ min: 23, max: 23 });
    expect(headcount('64 persoas no cadro de persoal')?.range).toEqual({ min: 64, max: 64 });
    expect(headcount('64 persoas visitaron a feira.')).toBeUndefined();
  });

  it('reads a firm grown into a consultancy of its trades, not a network of them', () => {
    expect(
      headcount('Tarrow has grown into a regional consultancy of 45 surveyors, planners and engineers.')?.range,
    ).toEqual({ min: 45, max: 45 });
    expect(headcount('Tarrow works with a network of 45 surveyors, planners and engineers.')).toBeUndefined();
  });
});

describe('founding years', () => {
  it('reads "since" after a private-label line, not after a label', () => {
    expect(foundedYear('Camisolas e malhas em private label, desde 1988.', NOW)?.year).toBe(1988);
    expect(foundedYear('Certificados com o label Ecolabel desde 2015.', NOW)).toBeUndefined();
  });

  it("reads no founding from a span that ended, but the founder's year before the firm", () => {
    expect(foundedYear('Ha lavorato dal 2002 al 2006 presso Alfa Revisioni S.p.A.', NOW)).toBeUndefined();
    expect(
      foundedYear(
        "Ha lavorato dal 2002 al 2006 presso Alfa Revisioni. Nel 2011 ha fondato con l'Ing. Carlo Neri lo Studio Neri & Galli.",
        NOW,
      )?.year,
    ).toBe(2011);
  });

  it("reads past a person's office held since a year", () => {
    expect(foundedYear('Dal 2020 è consigliera della Camera di Commercio. Tomaie e suole dal 1964.', NOW)?.year).toBe(
      1964,
    );
  });

  it('reads no founding from a year and a founding of no company', () => {
    expect(foundedYear('Nel 2011 ha fondato un’associazione culturale a Urbino.', NOW)).toBeUndefined();
  });
});

describe('a listing in Arabic and Portuguese', () => {
  it('reads shares listed on an exchange', () => {
    expect(fundingStage('تأسست الشركة عام 1990، وأُدرجت أسهمها في بورصة الكويت عام 2008.')).toBe('ipo/public');
    expect(fundingStage('A Tecelagem Vouga é cotada em bolsa desde 1998.')).toBe('ipo/public');
  });

  it('reads no listing from a private company', () => {
    expect(fundingStage('شركة عائلية خاصة غير مدرجة، تأسست عام 1990.')).toBeUndefined();
  });
});

describe('careers links in Catalan, Galician, Rioplatense Spanish and Swahili', () => {
  const site = (nav: string) =>
    `<html><head><title>Ceràmiques Vora</title></head><body><nav>${nav}</nav><main><h1>Qui som</h1><p>Ceràmiques Vora fa rajoles des de 1950.</p></main></body></html>`;
  it.each([
    ['<a href="/ca/treballa-amb-nosaltres/">Treballa amb nosaltres</a>'],
    ['<a href="/gl/traballa-connosco">Traballa connosco</a>'],
    ['<a href="/trabaja.php">Trabajá con nosotros</a>'],
    ['<a href="/fanya-kazi-nasi/">Fanya kazi nasi</a>'],
  ])('reads %s as hiring', (nav) => {
    expect(signalsOf(site(nav), 'https://www.voraceramiques.test/qui-som/', NOW)?.company?.hiring?.value).toBeTruthy();
  });

  it("reads no hiring from a list of works done or another site's careers page", () => {
    const nav =
      '<a href="/ca/treballs/">Treballs realitzats</a><a href="https://www.altra.test/ca/treballa-amb-nosaltres/">Feina</a>';
    expect(signalsOf(site(nav), 'https://www.voraceramiques.test/qui-som/', NOW)?.company?.hiring).toBeUndefined();
  });
});

const page = (title: string, description: string, body: string) =>
  `<html><head><title>${title}</title><meta name="description" content="${description}"></head><body><main>${body}</main></body></html>`;
const scoreOf = (html: string, group: IndustryGroup) =>
  pageScores(sampleOf(html, 'https://www.example.test/', NOW)).find(([g]) => g === group)?.[1] ?? 0;
const groupOf = (html: string) => pageIndustry(sampleOf(html, 'https://www.example.test/', NOW))?.group;

describe('industry words', () => {
  it('gives no nonprofit points to a privacy policy, but to politics', () => {
    expect(
      scoreOf(
        page('Política de Privacidade', 'Política de privacidade e de cookies.', '<p>Texto.</p>'),
        'government-nonprofit',
      ),
    ).toBe(0);
    expect(
      scoreOf(page('Partido', 'Um partido político local.', '<p>Texto.</p>'), 'government-nonprofit'),
    ).toBeGreaterThan(0);
  });

  it("counts a maker's goods as no retail, except food and drink", () => {
    expect(
      scoreOf(
        page('Malhas Tavira', 'Malhas Tavira, fabricante de malhas e vestuário.', '<p>Texto.</p>'),
        'retail-consumer',
      ),
    ).toBe(0);
    expect(
      scoreOf(page('Doces Tavira', 'Doces Tavira, fabricante de chocolates.', '<p>Texto.</p>'), 'retail-consumer'),
    ).toBeGreaterThan(0);
  });

  it('reads a customs broker as logistics', () => {
    const html = page(
      'Costa & Lima Assessoria Aduaneira',
      'Despachantes aduaneiros no Porto de Itajaí desde 2001.',
      '<p>Desembaraço aduaneiro de importação e exportação, drawback e classificação fiscal.</p>',
    );
    expect(groupOf(html)).toBe('transportation-logistics');
  });

  it('reads an ERP maker as software, not a plant with a quality system', () => {
    const erp = page(
      'Sobre nós | Pampa ERP',
      'Desenvolvedora de sistemas de gestão empresarial com 80 colaboradores.',
      '<p>Desde 2009 desenvolvemos o ERP de mais de 400 indústrias. Software de gestão em nuvem.</p>',
    );
    expect(groupOf(erp)).toBe('software');
    expect(scoreOf(page('Fundição Sul', 'Sistema de gestão da qualidade ISO 9001.', '<p>Texto.</p>'), 'software')).toBe(
      0,
    );
    expect(scoreOf(page('Fundição Sul', 'Integração com o seu ERP-System.', '<p>Texto.</p>'), 'software')).toBe(0);
  });

  it("gives a harvest campaign no agency's points, an advertising campaign some", () => {
    expect(
      scoreOf(
        page('Mangos del Norte', 'La campaña de mango empieza en noviembre.', '<p>Texto.</p>'),
        'marketing-advertising',
      ),
    ).toBeLessThan(4);
    expect(
      scoreOf(page('Agencia Norte', 'Campañas publicitarias para marcas.', '<p>Texto.</p>'), 'marketing-advertising'),
    ).toBeGreaterThanOrEqual(6);
  });

  it("reads a law firm's practice areas as professional services", () => {
    expect(
      scoreOf(
        page('Estudio Ferrán', 'Derecho laboral y derecho societario.', '<p>Áreas de práctica.</p>'),
        'professional-services',
      ),
    ).toBeGreaterThanOrEqual(8);
  });

  it('reads an Arabic drug maker as health care', () => {
    expect(
      scoreOf(
        page('شركة النخيل للصناعات الدوائية', 'شركة النخيل للصناعات الدوائية، أدوية ومستحضرات.', '<p>نص.</p>'),
        'healthcare',
      ),
    ).toBeGreaterThan(0);
  });
});
