import type { Department, Seniority } from '../../signals/enums';

/**
 * Galician titles, and forms of Spanish, Portuguese and Italian titles that Latin American and Iberian firms use,
 * folded and joined to the Latin rules of ./title.ts at the last rule of each level.
 *
 * Galician writes the Spanish titles with its own spelling: "Director/a xeral" (general manager), "Xerente",
 * "Xefe/a de ...", "Conselleiro/a delegado/a", "Enxeñeiro/a", "Avogado/a", "Persoal" (staff).
 *
 * A Latin notary ("Notario Titular", "Notario Público", Italian "Notaio") holds the office as its own practice, so
 * is read as an owner, as a law firm's partner ("Socio", "Sócia") is; a substitute or associate notary ("suplente",
 * "adscrito") is not, and a bare "Notario" is read only when it is the whole title: it is also a family name, and a
 * clerk "de la Notaría" works there. A lawyer names the field of law ("Socio – Derecho Laboral"). Latin American firms
 * call HR "Gestión Humana" or "Talento Humano", Brazilian ones "Gestão de Pessoas" or "Gente e Cultura". A Spanish
 * "Coordinador(a)" runs a team's work, as the Italian "coordinatore" and Portuguese "coordenador" already read; a
 * "Gerenta" is a "Gerente".
 */
const GL_CHIEF = 'director(?:a)? xeral|xerente xeral|consellei?r[oa] delegad[oa]';
const NOTARY_DEPUTY = '(?!\\b.{0,30}\\b(?:suplente|adscrit[oa]|auxiliar|sustitut[oa]|interin[oa]|asociad[oa]))';
const NOTARY_HOLDER = `notari[oa] (?:public[oa] )?titular|titular de (?:la )?notaria|notari[oa] public[oa]${NOTARY_DEPUTY}|^notari[oa]$|notaio`;

export const ROMANCE_SENIORITY: Partial<Record<Seniority, string>> = {
  owner: NOTARY_HOLDER,
  'c-level': `${GL_CHIEF}|gerenta general`,
  head: 'xef[ea] de',
  manager: 'gerenta|xerente|xef[ea]|coordinador(?:a)?',
};

export const ROMANCE_DEPARTMENT: Partial<Record<Department, string>> = {
  executive: `${GL_CHIEF}|gerenta general`,
  support: 'servicio tecnico|asistencia tecnica|assistenza tecnica|assistencia tecnica',
  hr: 'gestion humana|talento humano|capital humano|gestion del talento|desarrollo organizacional|gestao de pessoas|gente (?:e|y|&) (?:gestao|cultura)|persoal',
  legal: `${NOTARY_HOLDER}|notari[oa] (?:public[oa] )?(?:suplente|adscrit[oa]|sustitut[oa]|auxiliar)|notariado|avogad[oa]|derecho|dereito|direito|diritto`,
  // A technical director or office designs and builds the product ("Direttore tecnico", "Oficina técnica").
  engineering:
    '(?:direttore|direttrice|responsabile|ufficio|director(?:a)?|diretor(?:a)?|oficina|departamento|directeur|directrice) (?:tecnic[oa]|technique)|enxenei?r[oa]|enxenaria',
  // "Sistemas" is the IT department in Latin America ("Jefe de Sistemas"); quality and management systems are not.
  it: '(?:de|en) sistemas(?! (?:de gestion|integrados|de calidad))|sistemas de informacion|sistemi informativi|tecnologias? de (?:la )?informacion|tecnologia da informacao|(?:gerente|jefe|jefa|director(?:a)?|diretor(?:a)?|coordinador(?:a)?|coordenador(?:a)?|analista) de ti',
  operations: 'loxistica|producion',
};
