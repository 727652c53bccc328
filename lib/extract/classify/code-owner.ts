import type { IndustryGroup } from '../../signals/enums';
import type { CompanySignals } from '../../signals/schema';
import { industryGroup } from './industry';
import { normalizeText, withoutMarkets } from './normalize';
import { nameGroup } from './page';

// The words for what a GitHub organization publishes, its code's form: every organization there publishes code, so
// "open-source tooling", "libraries", "logiciels libres", "Werkzeuge" say nothing of whose trade it serves.
const CODE_FORM =
  /\b(?:open ?source|free software|tooling|tools?|librar(?:y|ies)|packages?|sdks?|repositories|repos?|projects?|code|software|logiciels?(?: libres?)?|outils|bibliotheques?|codigo abierto|herramientas|librerias|bibliotecas|werkzeuge|bibliotheken|quelloffene?|strumenti|librerie|gereedschappen|bibliotheken)\b/g;

// What a software maker calls its own product or trade: left in a description once its code's form is set aside, it
// makes the organization a software or IT company after all.
const SOFTWARE_GROUPS = new Set<IndustryGroup>(['software', 'it-services']);
// A product's words that no trade group counts alone: "Energy data API" is a product of software for energy.
const PRODUCT_WORDS =
  /\b(?:apis?|platforms?|plataformas?|plateformes?|saas|apps?|cloud|data|datos|dados|donnees|daten|infrastructure|infraestructura)\b/;

/**
 * The trade of a company read from its GitHub organization, when its own words name one besides the code: a name
 * that states it ("Müller Logistik", "Volterre Énergie"), or a description that does once the code's form is set
 * aside ("Open-source tooling from the Acme barge-planning team"). An organization that publishes the tools of its own
 * trade is that trade's company; one whose description, without the code's form, still names software (a platform,
 * an API) or only the market it sells to ("tools for logistics planners") is a software company, as before.
 */
export function codeOwnerTrade(company: CompanySignals): IndustryGroup | undefined {
  const name = company.name;
  if (name?.source !== 'github' || !company.socials?.github) return undefined;
  const description = company.description?.value ?? '';
  // Without its market too ("para el retail latinoamericano"): a software maker's customers are no trade of its own.
  const rest = withoutMarkets(normalizeText(description).replace(CODE_FORM, ' ')).replace(/\s+/g, ' ').trim();
  if (PRODUCT_WORDS.test(rest)) return undefined;
  // The rest read as a name's words are (nameGroup): a classification's label, or one group's page words alone.
  const stated = rest ? (industryGroup(rest, true)?.group ?? nameGroup(rest)) : undefined;
  if (stated) return SOFTWARE_GROUPS.has(stated) ? undefined : stated;
  const named = nameGroup(company.name?.value ?? '');
  return named && !SOFTWARE_GROUPS.has(named) ? named : undefined;
}
