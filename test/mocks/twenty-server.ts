import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { z } from 'zod';
import { errorBody } from '../contracts/twenty/errors';
import {
  createFieldBody,
  createFieldResponse,
  fieldsPath,
  objectsPath,
  objectsResponse,
} from '../contracts/twenty/metadata';
import {
  batchBody,
  batchPath,
  companyInput,
  createManyResponse,
  findManyParams,
  findManyResponse,
  onePath,
  personInput,
  recordsPath,
  updateOneResponse,
} from '../contracts/twenty/records';
import { type Scripted as BaseScripted, retryAfterHeader, takeScripted } from './scripted';
import { COMPARATORS, type Filter, matches, parseFilter } from './twenty-filter';

type Plural = 'companies' | 'people';
type Reply = { status: number; body?: unknown; headers?: Record<string, string>; contract?: z.ZodType };

export interface Recorded {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  status: number;
  authorization?: string;
}

/** A scripted failure; `match` like `POST /rest/batch/companies`. */
export type Scripted = BaseScripted<429 | 500 | 503>;

interface FieldMeta {
  id: string;
  name: string;
  label: string;
  type: string;
  isCustom: boolean;
  isActive: boolean;
}
export interface StoredRecord {
  id: string;
  object: Plural;
  values: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

/** The composite types of the standard fields, and their parts (Twenty's FieldMetadataType names). */
const PARTS: Record<string, string[]> = {
  LINKS: ['primaryLinkUrl', 'primaryLinkLabel', 'secondaryLinks'],
  FULL_NAME: ['firstName', 'lastName'],
  EMAILS: ['primaryEmail', 'additionalEmails'],
  ADDRESS: [
    'addressStreet1',
    'addressStreet2',
    'addressCity',
    'addressState',
    'addressPostcode',
    'addressCountry',
    'addressLat',
    'addressLng',
  ],
};
const field = (name: string, label: string, type: string): FieldMeta => ({
  id: randomUUID(),
  name,
  label,
  type,
  isCustom: false,
  isActive: true,
});
/** Written out here rather than taken from the client: the fake workspace must not agree with it by construction. */
const standard = (): Record<Plural, FieldMeta[]> => ({
  companies: [
    field('name', 'Name', 'TEXT'),
    field('domainName', 'Domain', 'LINKS'),
    field('employees', 'Employees', 'NUMBER'),
    field('address', 'Address', 'ADDRESS'),
    field('linkedinLink', 'Linkedin', 'LINKS'),
  ],
  people: [
    field('name', 'Name', 'FULL_NAME'),
    field('emails', 'Emails', 'EMAILS'),
    field('jobTitle', 'Job Title', 'TEXT'),
    field('city', 'City', 'TEXT'),
    field('company', 'Company', 'RELATION'),
    field('linkedinLink', 'Linkedin', 'LINKS'),
  ],
});
const SINGULAR: Record<Plural, [string, string]> = { companies: ['company', 'Company'], people: ['person', 'Person'] };

const refused = (status: number, error: string, message: string): Reply => ({
  status,
  body: { statusCode: status, error, messages: [message] },
  contract: errorBody,
});

/**
 * A local Twenty workspace that checks every request against the shapes in test/contracts/twenty (400 when one breaks
 * them), checks every reply it gives (a mismatch is a test failure), answers 401 to a wrong key, keeps companies,
 * people and their fields (custom ones created through the Metadata API), refuses a whole batch for one bad record as
 * Twenty does, runs the filter syntax the client sends, pages with cursors, and can be told to answer 429 or 5xx.
 */
export class TwentyMock {
  origin = '';
  requests: Recorded[] = [];
  /** Requests or replies that broke the contract shapes: a test expects none unless it sent one on purpose. */
  problems: string[] = [];
  fields = standard();
  objectIds: Record<Plural, string> = { companies: randomUUID(), people: randomUUID() };
  records = new Map<string, StoredRecord>();
  /** A record whose field has this value is refused with this message (Twenty's validation). */
  rules: { path: string; value: string; message: string }[] = [];
  /** The key's role may not change the data model: creating a field answers 403. */
  readOnlyModel = false;
  pageSize = 60;
  private scripted: Scripted[] = [];
  private server?: Server;
  private clock = Date.UTC(2026, 0, 1);

  constructor(private readonly apiKey: string) {}

  /** Each write a second later than the last, so "oldest first" is well defined. */
  private tick(): string {
    this.clock += 1_000;
    return new Date(this.clock).toISOString();
  }

  script(answer: Scripted) {
    this.scripted.push(answer);
  }

  all(object: Plural): StoredRecord[] {
    return [...this.records.values()].filter((r) => r.object === object);
  }

  /** Writes that changed records (batch creates and updates), whatever their status. */
  writes(): Recorded[] {
    return this.requests.filter((r) => r.method === 'PATCH' || batchPath.test(r.path));
  }

  /** A person (not ICP Lens) creates or edits a record in Twenty. */
  create(object: Plural, values: Record<string, unknown>): StoredRecord {
    const at = this.tick();
    const record = { id: randomUUID(), object, values: structuredClone(values), createdAt: at, updatedAt: at };
    this.records.set(record.id, record);
    return record;
  }

  setByHand(id: string, path: string, value: unknown) {
    const record = this.records.get(id);
    if (!record) return;
    const [name = '', part] = path.split('.');
    if (part) record.values[name] = { ...(record.values[name] as object), [part]: value };
    else record.values[name] = value;
  }

  get(record: StoredRecord, path: string): unknown {
    if (path === 'id') return record.id;
    if (path === 'createdAt') return record.createdAt;
    const [name = '', part] = path.split('.');
    const value = record.values[name];
    return part ? (value as Record<string, unknown> | undefined)?.[part] : value;
  }

  /** A record as Twenty returns it: every field, composites whole, empty ones null. */
  view(record: StoredRecord): Record<string, unknown> {
    const out: Record<string, unknown> = {
      id: record.id,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    };
    for (const f of this.fields[record.object]) {
      const value = record.values[f.name];
      if (f.type === 'RELATION') out.companyId = record.values.companyId ?? null;
      else if (PARTS[f.type])
        out[f.name] = Object.fromEntries(
          (PARTS[f.type] as string[]).map((p) => [p, (value as Record<string, unknown> | undefined)?.[p] ?? null]),
        );
      else out[f.name] = value ?? null;
    }
    return out;
  }

  /** Why Twenty would refuse these values, or undefined. */
  invalid(object: Plural, values: Record<string, unknown>): string | undefined {
    for (const [name, value] of Object.entries(values)) {
      if (object === 'people' && name === 'companyId') {
        if (value !== null && !this.records.has(String(value))) return `Company ${String(value)} does not exist`;
        continue;
      }
      const f = this.fields[object].find((x) => x.name === name);
      if (!f || f.type === 'RELATION') return `Object ${SINGULAR[object][0]} doesn't have any "${name}" field.`;
      if (f.type === 'NUMBER' && value !== null && typeof value !== 'number')
        return `Invalid value '${String(value)}' for field "${name}": a number is expected`;
      if (f.type === 'TEXT' && value !== null && typeof value !== 'string')
        return `Invalid value for field "${name}": a text is expected`;
      if (PARTS[f.type] && (typeof value !== 'object' || value === null))
        return `Invalid value for composite field "${name}"`;
    }
    for (const rule of this.rules) {
      const [name = '', part] = rule.path.split('.');
      const v = part ? (values[name] as Record<string, unknown> | undefined)?.[part] : values[name];
      if (v === rule.value) return rule.message;
    }
    return undefined;
  }

  private list(object: Plural, query: Record<string, string>): Reply {
    let filter: Filter | undefined;
    try {
      filter = query.filter ? parseFilter(query.filter) : undefined;
    } catch (e) {
      return refused(400, 'BadRequestException', (e as Error).message);
    }
    const bad = (f: Filter): string | undefined => {
      if (f.kind === 'and' || f.kind === 'or') return f.items.map(bad).find(Boolean);
      if (f.kind === 'not') return bad(f.item);
      if (f.kind !== 'cmp') return undefined;
      if (!COMPARATORS.has(f.op)) return `'filter' invalid: unknown comparator ${f.op}`;
      const [name = '', part] = f.path.split('.');
      if (['id', 'createdAt'].includes(name) || (object === 'people' && name === 'companyId')) return undefined;
      const meta = this.fields[object].find((x) => x.name === name);
      if (!meta || (part && !PARTS[meta.type]?.includes(part)) || (!part && PARTS[meta.type]))
        return `field '${f.path}' does not exist in '${SINGULAR[object][0]}' object`;
      return undefined;
    };
    const why = filter && bad(filter);
    if (why) return refused(400, 'BadRequestException', why);
    const hits = this.all(object)
      .filter((r) => !filter || matches(filter, (p) => this.get(r, p)))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    const start = query.starting_after ? Number(Buffer.from(query.starting_after, 'base64url').toString()) + 1 : 0;
    const size = Math.min(Number(query.limit ?? 60), this.pageSize);
    const page = hits.slice(start, start + size);
    const cursor = (i: number) => Buffer.from(String(i)).toString('base64url');
    return {
      status: 200,
      body: {
        data: { [object]: page.map((r) => this.view(r)) },
        pageInfo: {
          hasNextPage: start + size < hits.length,
          startCursor: page.length ? cursor(start) : null,
          endCursor: page.length ? cursor(start + page.length - 1) : null,
        },
        totalCount: hits.length,
      },
      contract: findManyResponse(object),
    };
  }

  private handle(method: string, path: string, query: Record<string, string>, body: unknown, auth?: string): Reply {
    const line = `${method} ${path}`;
    const script = takeScripted(this.scripted, line);
    if (script) {
      const reply =
        script.status === 429
          ? refused(429, 'TooManyRequestsException', 'Limit reached (100 tokens per 60000 ms)')
          : refused(script.status, 'InternalServerErrorException', 'Internal server error');
      return { ...reply, headers: retryAfterHeader(script) };
    }
    if (auth !== `Bearer ${this.apiKey}`) return refused(401, 'UNAUTHENTICATED', 'Token invalid.');
    const check = (schema: z.ZodType, value: unknown): Reply | undefined => {
      const parsed = schema.safeParse(value);
      if (parsed.success) return undefined;
      const said = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      this.problems.push(`${line}: ${said}`);
      return refused(400, 'BadRequestException', `The request does not match the documented shape: ${said}`);
    };
    if (method === 'GET' && objectsPath.test(path)) {
      const objects = (['companies', 'people'] as const).map((o) => ({
        id: this.objectIds[o],
        nameSingular: SINGULAR[o][0],
        namePlural: o,
        labelSingular: SINGULAR[o][1],
        labelPlural: o === 'companies' ? 'Companies' : 'People',
        isCustom: false,
        isActive: true,
        fields: this.fields[o],
      }));
      return { status: 200, body: { data: { objects }, pageInfo: { hasNextPage: false } }, contract: objectsResponse };
    }
    if (method === 'POST' && fieldsPath.test(path)) {
      const bad = check(createFieldBody, body);
      if (bad) return bad;
      if (this.readOnlyModel) return refused(403, 'ForbiddenException', 'This role may not change the data model');
      const input = body as z.infer<typeof createFieldBody>;
      const object = (['companies', 'people'] as const).find((o) => this.objectIds[o] === input.objectMetadataId);
      if (!object) return refused(404, 'NotFoundException', 'Object metadata does not exist');
      if (this.fields[object].some((f) => f.name === input.name))
        return refused(400, 'BadRequestException', `Field "${input.name}" already exists`);
      const made = { ...field(input.name, input.label, input.type), isCustom: true };
      this.fields[object].push(made);
      return { status: 201, body: { data: { createOneField: made } }, contract: createFieldResponse };
    }
    const listed = recordsPath.exec(path);
    if (method === 'GET' && listed) {
      return check(findManyParams, query) ?? this.list(listed[1] as Plural, query);
    }
    const batch = batchPath.exec(path);
    if (method === 'POST' && batch) {
      const object = batch[1] as Plural;
      const bad = check(batchBody(object === 'companies' ? companyInput : personInput), body);
      if (bad) return bad;
      const rows = body as Record<string, unknown>[];
      // One bad record refuses the whole batch: Twenty writes a batch in one transaction.
      for (const row of rows) {
        const why = this.invalid(object, row);
        if (why) return refused(400, 'BadRequestException', why);
      }
      const made = rows.map((row) => this.view(this.create(object, row)));
      return {
        status: 201,
        body: { data: { [`create${object === 'companies' ? 'Companies' : 'People'}`]: made } },
        contract: createManyResponse(object === 'companies' ? 'Companies' : 'People'),
      };
    }
    const one = onePath.exec(path);
    if (method === 'PATCH' && one) {
      const object = one[1] as Plural;
      const bad = check(object === 'companies' ? companyInput : personInput, body);
      if (bad) return bad;
      const record = this.records.get(one[2] as string);
      if (!record || record.object !== object) return refused(404, 'NotFoundException', 'Record not found');
      const why = this.invalid(object, body as Record<string, unknown>);
      if (why) return refused(400, 'BadRequestException', why);
      Object.assign(record.values, structuredClone(body));
      record.updatedAt = this.tick();
      return {
        status: 200,
        body: { data: { [`update${SINGULAR[object][1]}`]: this.view(record) } },
        contract: updateOneResponse(SINGULAR[object][1] as 'Company' | 'Person'),
      };
    }
    this.problems.push(`${line}: no documented resource matches`);
    return refused(404, 'NotFoundException', `Cannot ${method} ${path}`);
  }

  async start(host = '127.0.0.1'): Promise<this> {
    this.server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const cors = {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': '*',
        'access-control-allow-methods': 'GET, POST, PATCH',
      };
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors).end();
        return;
      }
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://mock');
        const method = req.method ?? 'GET';
        const query = Object.fromEntries(url.searchParams);
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown;
        let reply: Reply;
        try {
          body = text ? JSON.parse(text) : undefined;
          reply = this.handle(method, url.pathname, query, body, req.headers.authorization);
        } catch {
          reply = refused(400, 'BadRequestException', 'The request body is not JSON');
        }
        if (reply.contract) {
          const parsed = reply.contract.safeParse(reply.body);
          if (!parsed.success)
            this.problems.push(`reply ${reply.status} to ${method} ${req.url}: ${parsed.error.message}`);
        }
        this.requests.push({
          method,
          path: url.pathname,
          query,
          body,
          status: reply.status,
          authorization: req.headers.authorization,
        });
        res
          .writeHead(reply.status, { 'content-type': 'application/json', ...cors, ...reply.headers })
          .end(reply.body === undefined ? '' : JSON.stringify(reply.body));
      });
    });
    await new Promise<void>((ok) => this.server?.listen(0, host, ok));
    const name = host.includes(':') ? `[${host}]` : host;
    this.origin = `http://${name}:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    return new Promise<void>((ok) => {
      this.server?.closeAllConnections();
      this.server?.close(() => ok());
    });
  }
}

/**
 * `host` '::1' puts the workspace on an address the development build's manifest does not grant (it grants
 * 127.0.0.1 and localhost), so connecting needs an optional host permission as a real workspace does.
 */
export const startTwentyMock = (apiKey: string, host?: string) => new TwentyMock(apiKey).start(host);
