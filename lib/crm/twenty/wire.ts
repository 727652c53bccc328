import { z } from 'zod';

/**
 * The parts of Twenty's replies ICP Lens reads (test/contracts/twenty holds the documented shapes, and the local Twenty
 * of the tests answers in them). Records come back as JSON with composite fields as objects.
 */
export const errorBodySchema = z.object({
  statusCode: z.number().optional(),
  error: z.string().max(200).optional(),
  messages: z.array(z.string().max(2_000)).optional(),
});

const raw = z.object({ id: z.string().min(1).max(64) }).catchall(z.unknown());
export type RawRecord = z.infer<typeof raw>;

const pageInfo = z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable().optional() });
export const findManySchema = (plural: string) =>
  z.object({ data: z.object({ [plural]: z.array(raw) }), pageInfo: pageInfo.optional() });
export const createManySchema = (key: string) => z.object({ data: z.object({ [key]: z.array(raw) }) });
export const updateOneSchema = (key: string) => z.object({ data: z.object({ [key]: raw }) });

const field = z.object({ id: z.string(), name: z.string(), type: z.string(), label: z.string() });
export const objectsSchema = z.object({
  data: z.object({
    objects: z.array(z.object({ id: z.string(), nameSingular: z.string(), fields: z.array(field) })),
  }),
});
export const createFieldSchema = z.object({ data: z.object({ createOneField: field }) });

/** A record as text by dotted field path (`address.addressCity`), the way the shared diff compares it. */
export type TwentyRecord = { id: string; values: Record<string, string | null> };

/** Flattens composite fields one level deep: `{ address: { addressCity } }` → `address.addressCity`. */
export function asRecord(r: RawRecord): TwentyRecord {
  const values: Record<string, string | null> = {};
  const put = (key: string, value: unknown) => {
    if (value === null) values[key] = null;
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      values[key] = String(value);
  };
  for (const [key, value] of Object.entries(r)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [sub, inner] of Object.entries(value)) put(`${key}.${sub}`, inner);
    } else put(key, value);
  }
  return { id: r.id, values };
}
