import { z } from 'zod';
import { LIMITS } from './limits';
import { PEOPLE_LIMITS } from './people-source';
import { SOURCE_LIMITS as CAP, CARD_KEYS, type CardKey, type PageSource } from './source';
import { TRACE_LIMITS } from './traces';

// A part that fails its schema is read as empty, not the whole page lost: each rule then finds nothing in it.
const text = (max: number) => z.string().max(max).catch('');
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max).catch([]);
const traceUrl = z.object({
  host: z.string().min(1).max(TRACE_LIMITS.host),
  path: z.string().max(TRACE_LIMITS.path),
});
const marker = z.string().min(1).max(TRACE_LIMITS.marker);
// One href per line is what the link scans rely on.
const href = z
  .string()
  .max(CAP.href)
  .transform((h) => h.replace(/[\t\n\r]/g, ''));

// A card's known properties; any other key is dropped (an object schema strips unknown keys).
const cardSchema = z.object(
  Object.fromEntries(CARD_KEYS.map((k) => [k, z.string().max(CAP.cardValue).optional()])) as Record<
    CardKey,
    z.ZodOptional<z.ZodString>
  >,
);

const bodySchema = z.object({
  text: text(CAP.text),
  hrefs: list(href, CAP.hrefs),
  labels: list(z.tuple([z.number().int().nonnegative(), z.string().max(CAP.label)]), CAP.labels),
  chromeSocial: list(z.number().int().nonnegative(), CAP.labels),
  controls: list(z.string().max(CAP.control), CAP.controls),
  footer: text(CAP.footer),
  article: text(CAP.article),
  badges: text(CAP.badges),
  headings: text(CAP.headings),
  itemTypes: list(z.string().max(CAP.itemType), CAP.itemTypes),
  jobTitles: list(z.string().max(CAP.jobTitle), CAP.jobTitles),
  resources: list(z.object({ url: z.string().max(CAP.resource), strong: z.boolean() }), CAP.resources),
  traces: z
    .object({
      inline: list(marker, TRACE_LIMITS.markers),
      inlineUrls: list(traceUrl, TRACE_LIMITS.inlineUrls),
      dom: list(marker, TRACE_LIMITS.markers),
    })
    .catch({ inline: [], inlineUrls: [], dom: [] }),
});

/**
 * What a content script read off a page (lib/signals/source.ts), validated part by part. The site adapter's and
 * microdata's facts pass as objects here: they are validated field by field, with every other fact, once the page is
 * interpreted (lib/signals/normalize.ts).
 */
export const pageSourceSchema = z.object({
  url: z.string().min(1).max(LIMITS.url),
  extractedAt: z.number().int().nonnegative(),
  title: text(CAP.title),
  lang: z.string().max(CAP.lang).optional().catch(undefined),
  site: z
    .object({
      company: z.looseObject({}).optional(),
      person: z.looseObject({}).optional(),
      about: z
        .object({
          text: text(CAP.profileText),
          links: list(z.tuple([href, z.string().max(CAP.label)]), CAP.profileLinks),
        })
        .optional()
        .catch(undefined),
    })
    .optional()
    .catch(undefined),
  microdata: z.looseObject({}).optional().catch(undefined),
  jsonLd: list(z.string().max(CAP.jsonLdChars).nullable(), CAP.jsonLdBlocks),
  metas: list(
    z.object({
      attr: z.enum(['name', 'property']),
      key: z.string().max(CAP.metaKey),
      content: z.string().max(CAP.metaContent),
    }),
    CAP.metas,
  ),
  canonical: z.string().max(CAP.href).optional().catch(undefined),
  cards: z.array(cardSchema).max(CAP.cards).optional().catch(undefined),
  body: bodySchema.optional().catch(undefined),
  people: list(
    z.object({
      texts: z.array(z.string().max(PEOPLE_LIMITS.text)).min(1).max(PEOPLE_LIMITS.texts),
      href: z.string().max(PEOPLE_LIMITS.href).optional(),
      context: z.string().max(PEOPLE_LIMITS.context),
    }),
    PEOPLE_LIMITS.cards,
  ).optional(),
});

/** The validated source; facts inside `site` and `microdata` are still unchecked (see above). */
export function parseSource(raw: unknown): PageSource | null {
  const result = pageSourceSchema.safeParse(raw);
  return result.success ? (result.data as PageSource) : null;
}
