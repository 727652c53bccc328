import type { IndustryGroup } from '../../signals/enums';

/**
 * The page vocabulary of ./keywords.ts in Uzbek's Latin alphabet, in the same two tiers and normalisation (lower case,
 * the apostrophe of "o'" and "g'" a space: "yong'oq" is "yong oq"). "Qayta ishlash" (processing) names a plant's work
 * when what is processed or where ("zavod", "sex": a plant, a workshop) follows it or the drying ("quritish") of a
 * crop does; "qurilish" (construction) is a builder's own word, in its name as on its page. Left out: bare "zavod"
 * and "sex", which Czech, Slovak and English read otherwise, and "eksport" (a trader's as much as a maker's).
 */
export const UZ_KEYWORDS: Partial<Record<IndustryGroup, [string, string]>> = {
  manufacturing: ['qayta ishlash(?: zavod\\w*| sex\\w*)?|quritish sex\\w*|ishlab chiqarish\\w*', 'quritilgan'],
  'real-estate-construction': ['qurilish\\w*|pudratchi\\w*', 'loyiha\\w*'],
};
