import type { IndustryGroup } from '../../signals/enums';

/**
 * The page vocabulary of ./keywords.ts in Albanian, in the same two tiers and normalisation (lower case, accents
 * folded: "ndërtim" is "ndertim", "çmim" is "cmim"). The words a company of each trade writes of itself: a builder's
 * "ndërtim" (and "ndërtuar", "ndërtues", "ndërtesë", all of one stem), a maker's "prodhues" and "fabrikë", an
 * accountant's "kontabilitet". Left out: "bashki" (a municipality: a builder's client, an address), "ministri" (the
 * ministry that licenses a firm), "rruga" (every address's street), "projekt" (every trade's project), "oferta" (a
 * Spanish and Polish word too), "reklamacion" and bare "reklam" stems (Polish and Czech returns), and stems that begin
 * other languages' words: "industri" (English "industry", and the chamber of "Tregtisë dhe Industrisë" every firm is
 * in), "financ" (English "finance"), "marketing" (English, already a strong word), "godinë" (Croatian "godina", year).
 */
export const SQ_KEYWORDS: Partial<Record<IndustryGroup, [string, string]>> = {
  software: ['softuer\\w*|aplikacion\\w* mobil\\w*|zhvillues\\w*', 'aplikacion\\w*'],
  'financial-services': [
    'banka|bankat|bankes|kredi|kredite|kompani sigurimi|policat? e sigurimit',
    'financim\\w*|investim\\w*',
  ],
  healthcare: ['spital\\w*|pacient\\w*|mjek\\w*|stomatolog\\w*|farmaci\\w*', 'shendet\\w*'],
  education: ['shkoll\\w*|universitet\\w*|nxenes\\w*|mesues\\w*|kurse profesionale', 'arsim\\w*|trajnim\\w*'],
  manufacturing: [
    'fabrik\\w*|prodhues\\w*|prodhojme|linj\\w* prodhimi|kapacitet\\w* prodhues\\w*|uzin\\w*|perpunim\\w*',
    'prodhim\\w*',
  ],
  'retail-consumer': ['dyqan\\w*|shporta|blej tani|dergese falas', 'cmim\\w*'],
  'marketing-advertising': ['agjenci marketingu|agjenci reklamash|reklamuese', 'marketingu'],
  'professional-services': [
    'zyre ligjore|studio ligjore|avokat\\w*|noteri\\w*|kontabilitet\\w*|auditim\\w*|konsulenc\\w*',
    'keshill\\w*',
  ],
  // "Ndërtim" names the firm ("Moravë Ndërtim", "kompani ndërtimi") and its work ("kemi ndërtuar", "ndërtesa").
  'real-estate-construction': [
    'ndert\\w*|kompleks\\w* rezidencial\\w*|apartament\\w*|rikonstruksion\\w*|restaurim\\w*|sipermarr\\w*|agjenci imobiliare|pasuri te paluajtshme',
    'banim\\w*|shtepi\\w*',
  ],
  'energy-utilities': [
    'hidrocentral\\w*|panele diellore|energji diellore|energji e rinovueshme|fotovoltaik\\w*',
    'energji\\w*',
  ],
  'transportation-logistics': ['transport mallrash|logjistik\\w*|spedicion\\w*|kamion\\w*', 'dergim\\w*'],
  'hospitality-travel': ['restorant\\w*|agjenci udhetimi|pushime', 'rezervim\\w*'],
  'government-nonprofit': [
    'organizat\\w* jofitimprurese|jofitimprures\\w*|bamiresi\\w*|vullnetar\\w*|dhurim\\w*',
    'shoqat\\w*',
  ],
};
