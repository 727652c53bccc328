import { z } from 'zod';
import { pageTriggerSchema, TRIGGER_LIMITS } from '../triggers/schema';
import {
  COMPLIANCE,
  DEPARTMENTS,
  FUNDING_STAGES,
  INDUSTRY_GROUPS,
  SENIORITIES,
  SOCIAL_NETWORKS,
  type SocialNetwork,
} from './enums';
import { LIMITS } from './limits';
import { SAMPLE_LIMITS } from './sample';
import { TRACE_LIMITS as CAP } from './traces';

/**
 * Extraction layers, most trusted first. Merge precedence follows this order (DESIGN.md "Identity and merge"):
 * user-entered > site adapter > structured data > heuristics.
 */
export const LAYERS = ['user', 'site', 'structured', 'heuristic'] as const;
export const layerSchema = z.enum(LAYERS);
export type Layer = z.infer<typeof layerSchema>;

const shortText = z.string().min(1).max(LIMITS.shortText);
const longText = z.string().min(1).max(LIMITS.text);
const url = z.string().min(1).max(LIMITS.url);
const year = z.number().int().min(1600).max(2100);
const count = z.number().int().min(0).max(10_000_000_000_000);

/** Where a value came from: every extracted value carries it, so the explanation is the data. */
export const evidenceSchema = z.object({
  /** Extractor id, e.g. `jsonld`, `opengraph`, `copyright`, `linkedin-company`. */
  source: z.string().min(1).max(64),
  layer: layerSchema,
  url,
  /** CSS selector or JSON path the value was read from. */
  selector: z.string().max(LIMITS.selector).optional(),
  confidence: z.number().min(0).max(1),
  observedAt: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** A value with its evidence. */
export function fact<T extends z.ZodType>(value: T) {
  return evidenceSchema.extend({ value });
}
export type Fact<T> = Evidence & { value: T };

/** A count that may be a range ("51-200 employees"); an open maximum is omitted ("10,001+"). */
export const numberRangeSchema = z
  .object({ min: count, max: count.optional() })
  .refine((r) => r.max === undefined || r.max >= r.min, { message: 'max must be >= min' });
export type NumberRange = z.infer<typeof numberRangeSchema>;

export const addressSchema = z
  .object({
    street: shortText.optional(),
    postalCode: z.string().min(1).max(20).optional(),
    city: shortText.optional(),
    region: shortText.optional(),
    /** ISO 3166-1 alpha-2, upper case. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  })
  .refine((a) => Object.values(a).some((v) => v !== undefined), { message: 'empty address' });
export type Address = z.infer<typeof addressSchema>;

export const technologySchema = z.object({ name: shortText, category: z.string().min(1).max(64) });

export const hiringSchema = z.object({
  careersUrl: url.optional(),
  openRoles: count.optional(),
  // Partial: a company hiring in two departments lists those two.
  byDepartment: z.partialRecord(z.enum(DEPARTMENTS), count).optional(),
});

const socialsShape = Object.fromEntries(SOCIAL_NETWORKS.map((n) => [n, fact(url).optional()])) as Record<
  SocialNetwork,
  z.ZodOptional<ReturnType<typeof fact<typeof url>>>
>;

export const companySignalsSchema = z.object({
  name: fact(shortText).optional(),
  legalName: fact(shortText).optional(),
  /** Registrable domain (tldts), lower case, no `www.`. */
  domain: fact(z.string().min(3).max(253)).optional(),
  description: fact(longText).optional(),
  industry: fact(shortText).optional(),
  industryGroup: fact(z.enum(INDUSTRY_GROUPS)).optional(),
  employees: fact(numberRangeSchema).optional(),
  /** Annual revenue in USD. */
  revenue: fact(numberRangeSchema).optional(),
  hq: fact(addressSchema).optional(),
  founded: fact(year).optional(),
  fundingStage: fact(z.enum(FUNDING_STAGES)).optional(),
  fundingTotal: fact(count).optional(),
  technologies: fact(z.array(technologySchema).max(LIMITS.list * 4)).optional(),
  hiring: fact(hiringSchema).optional(),
  socials: z.object(socialsShape).optional(),
  compliance: fact(z.array(z.enum(COMPLIANCE)).max(COMPLIANCE.length)).optional(),
  pricingPage: fact(z.boolean()).optional(),
  freeTrial: fact(z.boolean()).optional(),
  contactSales: fact(z.boolean()).optional(),
  keywords: fact(z.array(shortText).max(LIMITS.list)).optional(),
});
export type CompanySignals = z.infer<typeof companySignalsSchema>;

export const personSignalsSchema = z.object({
  name: fact(shortText).optional(),
  title: fact(shortText).optional(),
  seniority: fact(z.enum(SENIORITIES)).optional(),
  department: fact(z.enum(DEPARTMENTS)).optional(),
  employer: fact(shortText).optional(),
  employerUrl: fact(url).optional(),
  location: fact(shortText).optional(),
  profileUrl: fact(url).optional(),
});
export type PersonSignals = z.infer<typeof personSignalsSchema>;

const traceUrl = z.object({ host: z.string().min(1).max(CAP.host), path: z.string().max(CAP.path) });
const marker = z.string().min(1).max(CAP.marker);

/**
 * Technology traces a content script collected (lib/signals/traces.ts), for the background to match against the
 * fingerprints in normalizePage; never stored.
 */
export const pageTracesSchema = z.object({
  resources: z.array(traceUrl.extend({ strong: z.boolean() })).max(CAP.resources),
  inlineUrls: z.array(traceUrl).max(CAP.inlineUrls),
  anchors: z.array(traceUrl).max(CAP.anchors),
  generators: z.array(z.string().min(1).max(CAP.generator)).max(CAP.generators),
  dom: z.array(marker).max(CAP.markers),
  inline: z.array(marker).max(CAP.markers),
});

/** The page's text sample (lib/signals/sample.ts), for normalizePage to derive text facts from; never stored. */
export const pageSampleSchema = z.object({
  text: z.string().max(SAMPLE_LIMITS.text),
  about: z.string().max(SAMPLE_LIMITS.about),
  footer: z.string().max(SAMPLE_LIMITS.footer).optional(),
  headings: z.string().max(SAMPLE_LIMITS.headings),
  types: z.array(z.string().min(1).max(SAMPLE_LIMITS.type)).max(SAMPLE_LIMITS.types),
  ogType: z.string().max(SAMPLE_LIMITS.short).optional(),
  newsKeywords: z.boolean().optional(),
  lang: z.string().max(SAMPLE_LIMITS.short).optional(),
  siteName: z.string().max(SAMPLE_LIMITS.siteName).optional(),
  tels: z.array(z.string().min(1).max(SAMPLE_LIMITS.tel)).max(SAMPLE_LIMITS.tels),
  product: z.array(z.string().min(1).max(SAMPLE_LIMITS.short)).max(SAMPLE_LIMITS.product).optional(),
  shop: z.boolean().optional(),
  posting: z.boolean().optional(),
});

/** What a content script found on one page. */
export const pageSignalsSchema = z.object({
  url,
  title: shortText.optional(),
  /** Canonical URL the page declares, when it differs from `url`. */
  canonicalUrl: url.optional(),
  company: companySignalsSchema.optional(),
  person: personSignalsSchema.optional(),
  /** People the page lists as the company's own (team pages, Person data, LinkedIn's people): contacts of its account. */
  people: z.array(personSignalsSchema).max(LIMITS.list).optional(),
  /** Dated why-now triggers the page states about its company (lib/triggers), derived by normalizePage. */
  triggers: z.array(pageTriggerSchema).max(TRIGGER_LIMITS.perPage).optional(),
  extractedAt: z.number().int().nonnegative(),
  /** Only on the way from the content script to normalizePage, which matches and drops them. */
  traces: pageTracesSchema.optional(),
  /** Only on the way from the content script to normalizePage, which derives text facts and drops it. */
  sample: pageSampleSchema.optional(),
});
export type PageSignals = z.infer<typeof pageSignalsSchema>;
