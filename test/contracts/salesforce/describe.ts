import { z } from 'zod';

/**
 * `GET /services/data/vXX.X/sobjects/{sObject}/describe` — no body, no parameters.
 * Source: Salesforce REST API Developer Guide, "sObject Describe" (resources_sobject_describe.htm) and its example
 * "Get Field and Other Metadata for an Object" (dome_sobject_describe.htm); the field properties are those of
 * DescribeSObjectResult's Field in the SOAP API Developer Guide ("describeSObjectResult").
 */
export const describePath = /^\/services\/data\/v\d+\.\d\/sobjects\/(Account|Contact)\/describe\/?$/;

const picklistEntry = z
  .object({
    active: z.boolean(),
    defaultValue: z.boolean(),
    label: z.string().nullable(),
    validFor: z.string().nullable(),
    value: z.string(),
  })
  .strict();

export const describeField = z
  .object({
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
    label: z.string(),
    type: z.enum([
      'id',
      'string',
      'textarea',
      'url',
      'email',
      'phone',
      'picklist',
      'int',
      'double',
      'percent',
      'currency',
      'boolean',
      'date',
      'datetime',
      'reference',
    ]),
    length: z.number().int().nonnegative(),
    createable: z.boolean(),
    updateable: z.boolean(),
    nillable: z.boolean(),
    custom: z.boolean(),
    externalId: z.boolean(),
    unique: z.boolean(),
    filterable: z.boolean(),
    picklistValues: z.array(picklistEntry),
  })
  .strict();

export const describeResponse = z.object({
  name: z.enum(['Account', 'Contact']),
  label: z.string(),
  custom: z.literal(false),
  createable: z.boolean(),
  updateable: z.boolean(),
  queryable: z.boolean(),
  keyPrefix: z.string().length(3),
  fields: z.array(describeField).min(1),
  urls: z.record(z.string(), z.string()),
});
