import { z } from 'zod';

/**
 * Twenty's REST Metadata API, the two calls ICP Lens makes: list the objects with their fields, and create a field.
 * Sources: docs.twenty.com, "APIs" (developers/extend/api: "Metadata API — /rest/metadata/: create/modify/delete
 * objects, fields, and relations"), and "API" (developers/api-and-webhooks/api: `GET /rest/metadata/objects` lists
 * every object with its fields); the workspace's metadata OpenAPI document for `POST /rest/metadata/fields` (body:
 * the object's id, the field's type, API name and label; answer 201 `{data: {createOneField: {...}}}`). Field types
 * are Twenty's FieldMetadataType names; ICP Lens creates only TEXT and NUMBER.
 */
export const objectsPath = /^\/rest\/metadata\/objects\/?$/;
export const fieldsPath = /^\/rest\/metadata\/fields\/?$/;

const uuid = z.string().uuid();
export const fieldName = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'an API name is camelCase letters and digits');

export const fieldMetadata = z
  .object({
    id: uuid,
    name: fieldName,
    label: z.string().min(1),
    type: z.string().regex(/^[A-Z_]+$/),
    isCustom: z.boolean(),
    isActive: z.boolean(),
  })
  .strict();

export const objectMetadata = z
  .object({
    id: uuid,
    nameSingular: z.string(),
    namePlural: z.string(),
    labelSingular: z.string(),
    labelPlural: z.string(),
    isCustom: z.boolean(),
    isActive: z.boolean(),
    fields: z.array(fieldMetadata),
  })
  .strict();

export const objectsResponse = z
  .object({
    data: z.object({ objects: z.array(objectMetadata) }).strict(),
    pageInfo: z
      .object({
        hasNextPage: z.boolean(),
        startCursor: z.string().nullable().optional(),
        endCursor: z.string().nullable().optional(),
      })
      .strict(),
  })
  .strict();

export const createFieldBody = z
  .object({
    objectMetadataId: uuid,
    type: z.enum(['TEXT', 'NUMBER']),
    name: fieldName,
    label: z.string().min(1).max(63),
    description: z.string().max(500).optional(),
  })
  .strict();

export const createFieldResponse = z.object({ data: z.object({ createOneField: fieldMetadata }).strict() }).strict();
