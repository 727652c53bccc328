import { z } from 'zod';

/**
 * Twenty's REST Core API for the two objects ICP Lens writes, `companies` and `people`. Twenty publishes no static
 * reference: each workspace serves an OpenAPI document generated from its schema (the playground under Settings →
 * APIs & Webhooks). The shapes below are those of that generated document for the standard objects.
 * Sources: docs.twenty.com, "APIs" (developers/extend/api: base URLs, `Authorization: Bearer`, batches of up to 60
 * records, 100 requests a minute, `fields`); the workspace OpenAPI document's parameters (`filter`
 * `field[COMPARATOR]:value` with `and`/`or`/`not`, `order_by`, `limit` at most 60, `starting_after`/`ending_before`
 * cursors from `pageInfo`) and responses (find many `{data: {<plural>: [...]}, pageInfo, totalCount}`, create many
 * `{data: {create<Plural>: [...]}}` with 201, update one `{data: {update<Singular>: {...}}}`, errors with `error`).
 */
export const BATCH_MAX = 60;
export const recordsPath = /^\/rest\/(companies|people)\/?$/;
export const batchPath = /^\/rest\/batch\/(companies|people)\/?$/;
export const onePath = /^\/rest\/(companies|people)\/([0-9a-f-]{36})$/;

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

/** `GET /rest/{companies|people}`: the query parameters ICP Lens sends. */
export const findManyParams = z
  .object({
    filter: z.string().min(1).max(8_000).optional(),
    order_by: z.string().optional(),
    limit: z.coerce.number().int().min(0).max(BATCH_MAX).optional(),
    starting_after: z.string().min(1).optional(),
    depth: z.enum(['0', '1', '2']).optional(),
  })
  .strict();

/** Composite field types of the standard objects ("Links", "Full name", "Emails", "Address"). */
export const links = z
  .object({
    primaryLinkUrl: z.string().nullable(),
    primaryLinkLabel: z.string().nullable().optional(),
    secondaryLinks: z.array(z.unknown()).nullable().optional(),
  })
  .strict();
export const fullName = z.object({ firstName: z.string().nullable(), lastName: z.string().nullable() }).strict();
export const emails = z
  .object({ primaryEmail: z.string().nullable(), additionalEmails: z.array(z.string()).nullable().optional() })
  .strict();
export const address = z
  .object({
    addressStreet1: z.string().nullable().optional(),
    addressStreet2: z.string().nullable().optional(),
    addressCity: z.string().nullable().optional(),
    addressState: z.string().nullable().optional(),
    addressPostcode: z.string().nullable().optional(),
    addressCountry: z.string().nullable().optional(),
    addressLat: z.number().nullable().optional(),
    addressLng: z.number().nullable().optional(),
  })
  .strict();

/** A custom field's value: TEXT as a string, NUMBER as a number (the two types ICP Lens creates). */
const custom = z.union([z.string(), z.number(), z.null()]);

/** A company as written: standard fields of the Company object, and custom fields by their API name. */
export const companyInput = z
  .object({
    name: z.string().optional(),
    domainName: links.partial().optional(),
    employees: z.number().int().nullable().optional(),
    address: address.optional(),
    linkedinLink: links.partial().optional(),
  })
  .catchall(custom);

export const personInput = z
  .object({
    name: fullName.partial().optional(),
    emails: emails.partial().optional(),
    jobTitle: z.string().optional(),
    city: z.string().optional(),
    companyId: uuid.nullable().optional(),
    linkedinLink: links.partial().optional(),
  })
  .catchall(custom);

/** `POST /rest/batch/{plural}`: an array of 1 to 60 records, none naming an id. */
export const batchBody = (record: z.ZodType) => z.array(record).min(1).max(BATCH_MAX);

const system = { id: uuid, createdAt: z.string().datetime(), updatedAt: z.string().datetime() };
/** A record as read: every field there, an empty one null, composites whole. */
export const companyRecord = companyInput.extend({
  ...system,
  name: z.string().nullable(),
  domainName: links,
  employees: z.number().int().nullable(),
  address,
  linkedinLink: links,
});
export const personRecord = personInput.extend({
  ...system,
  name: fullName,
  emails,
  jobTitle: z.string().nullable(),
  city: z.string().nullable(),
  companyId: uuid.nullable(),
  linkedinLink: links,
});

const pageInfo = z
  .object({
    hasNextPage: z.boolean(),
    startCursor: z.string().nullable().optional(),
    endCursor: z.string().nullable().optional(),
  })
  .strict();

export const findManyResponse = (plural: 'companies' | 'people') =>
  z
    .object({
      data: z.object({ [plural]: z.array(plural === 'companies' ? companyRecord : personRecord) }).strict(),
      pageInfo,
      totalCount: z.number().int().nonnegative(),
    })
    .strict();

export const createManyResponse = (plural: 'Companies' | 'People') =>
  z
    .object({
      data: z.object({ [`create${plural}`]: z.array(plural === 'Companies' ? companyRecord : personRecord) }).strict(),
    })
    .strict();

export const updateOneResponse = (singular: 'Company' | 'Person') =>
  z
    .object({
      data: z.object({ [`update${singular}`]: singular === 'Company' ? companyRecord : personRecord }).strict(),
    })
    .strict();
