import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MockOAuth } from './hubspot-oauth';
import { HubSpotSpecs, type Matched, type SpecRequest } from './hubspot-spec';
import { PortalState, type StoredObject } from './hubspot-state';
import { retryAfterHeader, type Scripted, takeScripted } from './scripted';

type ObjectType = 'companies' | 'contacts';
// biome-ignore lint/suspicious/noExplicitAny: a body is read only after it passed HubSpot's request schema.
type Checked = any;
type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

export interface Recorded {
  method: string;
  path: string;
  body?: unknown;
  status: number;
  /** The operation of HubSpot's OpenAPI document the request matched. */
  operationId?: string;
}

/** A scripted failure; `match` like `POST /crm/v3/objects/companies/batch/create`. */
export type { Scripted };

export interface HubSpotMock {
  origin: string;
  state: PortalState;
  /** The portal's public app: codes, access and refresh tokens (./hubspot-oauth.ts). */
  oauth: MockOAuth;
  requests: Recorded[];
  /** Requests or responses that broke HubSpot's OpenAPI documents: a test expects none unless it sent one on purpose. */
  problems: string[];
  /** Answers the next matching requests with this status instead (429 with Retry-After, a 5xx). */
  script(answer: Scripted): void;
  writes(): Recorded[];
  close(): Promise<void>;
}

const nowIso = () => new Date().toISOString();

const error = (status: number, category: string, message: string, errors: string[] = []): Reply => ({
  status,
  body: {
    status: 'error',
    message,
    correlationId: randomUUID(),
    category,
    ...(errors.length && { errors: errors.map((m) => ({ message: m })) }),
  },
});

const batch = (results: unknown[], errors: unknown[] = [], created = false): Reply => ({
  status: errors.length ? 207 : created ? 201 : 200,
  body: {
    status: 'COMPLETE',
    results,
    ...(errors.length && { errors, numErrors: errors.length }),
    startedAt: nowIso(),
    completedAt: nowIso(),
  },
});

const standardError = (category: string, message: string, context: Record<string, string[]>) => ({
  status: 'error',
  category,
  message,
  context,
  errors: [],
  links: {},
});

function view(record: StoredObject, names?: readonly string[]) {
  const properties: Record<string, string> = {};
  for (const name of names ?? Object.keys(record.properties)) {
    const value = record.properties[name];
    if (value !== undefined) properties[name] = value;
  }
  properties.hs_object_id = record.id;
  return { id: record.id, properties, createdAt: record.createdAt, updatedAt: record.updatedAt, archived: false };
}

/** A filter of HubSpot's search: the operators ICP Lens uses and a few more. */
function matches(
  filter: { propertyName: string; operator: string; value?: string; values?: string[] },
  p: Record<string, string>,
) {
  const v = p[filter.propertyName];
  if (filter.operator === 'EQ') return v !== undefined && v.toLowerCase() === (filter.value ?? '').toLowerCase();
  if (filter.operator === 'IN')
    return v !== undefined && (filter.values ?? []).some((x) => x.toLowerCase() === v.toLowerCase());
  if (filter.operator === 'HAS_PROPERTY') return v !== undefined && v !== '';
  return false;
}

/**
 * A local HubSpot that checks every request against HubSpot's OpenAPI documents (400 with the validation errors when
 * one breaks them), every response it gives too (a mismatch is a test failure), answers 401 to a wrong token, keeps
 * state like a portal (./hubspot-state.ts) and can be scripted to answer 429 or 5xx.
 */
export async function startHubSpotMock(token: string): Promise<HubSpotMock> {
  const specs = await HubSpotSpecs.load();
  const state = new PortalState();
  const oauth = new MockOAuth();
  const requests: Recorded[] = [];
  const problems: string[] = [];
  const scripted: Scripted[] = [];

  const objects = (type: ObjectType, path: string, body: Checked, query: Record<string, string>): Reply => {
    const at = nowIso();
    if (path.endsWith('/batch/read')) {
      const found: unknown[] = [];
      const missing: string[] = [];
      for (const { id } of body.inputs as { id: string }[]) {
        const record =
          body.idProperty === 'email'
            ? state.find(type, (p) => (p.email ?? '').toLowerCase() === id.toLowerCase())[0]
            : state.objects[type].get(id);
        if (record) found.push(view(record, body.properties));
        else missing.push(id);
      }
      const errors = missing.length
        ? [
            standardError('OBJECT_NOT_FOUND', `Could not get some ${type} objects, they may be deleted or not exist.`, {
              ids: missing,
            }),
          ]
        : [];
      return batch(found, errors);
    }
    if (path.endsWith('/batch/create') || path.endsWith('/batch/update')) {
      const update = path.endsWith('/batch/update');
      const inputs = body.inputs as { id?: string; properties: Record<string, string>; objectWriteTraceId?: string }[];
      const faults: string[] = [];
      for (const input of inputs) {
        const current = update ? state.objects[type].get(input.id as string) : undefined;
        if (update && !current) faults.push(`Object ${input.id} does not exist`);
        const fault = state.invalid(type, input.properties, current?.properties);
        if (fault) faults.push(fault);
      }
      // HubSpot refuses the whole batch when one input is invalid.
      if (faults.length)
        return error(400, 'VALIDATION_ERROR', `Property values were not valid: ${faults.join('; ')}`, faults);
      const results = inputs.map((input) => {
        const record = update
          ? (state.update(type, input.id as string, input.properties, at) as StoredObject)
          : state.create(type, input.properties, at);
        return { ...view(record), ...(input.objectWriteTraceId && { objectWriteTraceId: input.objectWriteTraceId }) };
      });
      return batch(results, [], !update);
    }
    if (path.endsWith('/search')) {
      const hits = state.find(type, (p) =>
        (body.filterGroups as { filters: Parameters<typeof matches>[0][] }[]).some((g) =>
          g.filters.every((f) => matches(f, p)),
        ),
      );
      const start = Number(body.after || 0);
      const page = hits.slice(start, start + body.limit);
      const next = start + body.limit < hits.length ? { next: { after: String(start + body.limit) } } : {};
      return {
        status: 200,
        body: { total: hits.length, results: page.map((r) => view(r, body.properties)), paging: next },
      };
    }
    const limit = Number(query.limit ?? 10);
    return { status: 200, body: { results: [...state.objects[type].values()].slice(0, limit).map((r) => view(r)) } };
  };

  const properties = (type: ObjectType, rest: string, method: string, body: Checked): Reply => {
    const at = nowIso();
    const groups = state.groups[type];
    if (rest.startsWith('/groups/') && method === 'GET') {
      const group = groups.get(decodeURIComponent(rest.slice('/groups/'.length)));
      return group ? { status: 200, body: group } : error(404, 'OBJECT_NOT_FOUND', 'Unable to find property group');
    }
    if (rest === '/groups' && method === 'POST') {
      if (groups.has(body.name)) return error(409, 'OBJECT_ALREADY_EXISTS', 'A property group with this name exists');
      const group = { name: body.name, label: body.label, displayOrder: body.displayOrder ?? 0, archived: false };
      groups.set(body.name, group);
      return { status: 201, body: group };
    }
    const full = (p: ReturnType<PortalState['properties']['companies']['get']> & object) => ({
      ...p,
      createdAt: at,
      updatedAt: at,
      archived: false,
      hidden: false,
      formField: false,
    });
    if (rest === '/batch/read') {
      const found = (body.inputs as { name: string }[])
        .map((i) => state.properties[type].get(i.name))
        .filter((p) => !!p);
      return { status: 200, body: { status: 'COMPLETE', results: found.map(full), startedAt: at, completedAt: at } };
    }
    if (rest === '/batch/create') {
      const created = [];
      for (const input of body.inputs) {
        if (!groups.has(input.groupName))
          return error(400, 'VALIDATION_ERROR', `Property group ${input.groupName} does not exist`);
        const def = { ...input, description: input.description ?? '', options: input.options ?? [] };
        state.properties[type].set(input.name, def);
        created.push(full(def));
      }
      return { status: 200, body: { status: 'COMPLETE', results: created, startedAt: at, completedAt: at } };
    }
    return error(501, 'NOT_IMPLEMENTED', 'The mock does not serve this request');
  };

  const associations = (path: string, body: Checked): Reply => {
    if (path.endsWith('/companies/contacts/batch/read')) {
      const results = (body.inputs as { id: string }[]).map(({ id }) => ({
        from: { id },
        to: [...state.associations]
          .filter((pair) => pair.endsWith(`:${id}`))
          .map((pair) => ({
            toObjectId: pair.split(':')[0] as string,
            associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 280, label: null }].map(({ label, ...t }) => t),
          })),
      }));
      return batch(results);
    }
    if (path.endsWith('/contacts/companies/batch/associate/default')) {
      const results = (body.inputs as { from: { id: string }; to: { id: string } }[]).map((input) => {
        state.associations.add(`${input.from.id}:${input.to.id}`);
        return {
          from: input.from,
          to: input.to,
          associationSpec: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 279 },
        };
      });
      return batch(results);
    }
    return error(501, 'NOT_IMPLEMENTED', 'The mock does not serve this request');
  };

  const route = (request: SpecRequest): Reply => {
    const { method, path, body, query } = request;
    const object = /^\/crm\/v3\/objects\/(companies|contacts)(\/.*)?$/.exec(path);
    if (object) return objects(object[1] as ObjectType, path, body, query);
    const property = /^\/crm\/properties\/2026-09\/(companies|contacts)(\/.*)$/.exec(path);
    if (property) return properties(property[1] as ObjectType, property[2] as string, method, body);
    if (path.startsWith('/crm/v4/associations/')) return associations(path, body);
    return error(501, 'NOT_IMPLEMENTED', 'The mock does not serve this request');
  };

  const handle = async (req: IncomingMessage): Promise<Reply & { matched?: Matched; request?: SpecRequest }> => {
    const url = new URL(req.url ?? '/', 'http://mock');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
    let body: unknown;
    try {
      const form = (headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
      body = form ? Object.fromEntries(new URLSearchParams(text)) : text ? JSON.parse(text) : undefined;
    } catch {
      return error(400, 'VALIDATION_ERROR', 'Invalid input JSON: the body could not be read');
    }
    const request: SpecRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body,
    };
    const matched = specs.match(request);
    if (!matched) {
      problems.push(`${request.method} ${request.path}: no operation of HubSpot's documents matches`);
      return { ...error(404, 'OBJECT_NOT_FOUND', 'No such API'), request };
    }
    const method = `${request.method} ${request.path}`;
    const script = takeScripted(scripted, method);
    if (script) {
      const reply = error(
        script.status,
        script.status === 429 ? 'RATE_LIMITS' : 'INTERNAL_ERROR',
        script.status === 429 ? 'You have reached your secondly limit.' : 'Internal error',
      );
      return { ...reply, headers: retryAfterHeader(script), matched, request };
    }
    const signing = request.path.startsWith('/oauth/v3/token');
    const bearer = headers.authorization?.replace(/^Bearer /, '') ?? '';
    if (!signing && bearer !== token && !oauth.accessTokens.has(bearer))
      return {
        ...error(401, 'INVALID_AUTHENTICATION', 'Authentication credentials not found or invalid.'),
        matched,
        request,
      };
    const faults = specs.requestErrors(matched, request);
    if (faults.length) {
      problems.push(`${method}: ${faults.join('; ')}`);
      return { ...error(400, 'VALIDATION_ERROR', `Invalid input: ${faults.join('; ')}`, faults), matched, request };
    }
    if (signing)
      return {
        ...(request.path.endsWith('/revoke') ? oauth.revoke(body as never) : oauth.token(body as never)),
        matched,
        request,
      };
    return { ...route(request), matched, request };
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'OPTIONS') {
      res
        .writeHead(204, {
          'access-control-allow-origin': '*',
          'access-control-allow-headers': '*',
          'access-control-allow-methods': 'GET, POST',
        })
        .end();
      return;
    }
    void handle(req).then((reply) => {
      if (reply.matched) {
        const faults = specs.responseErrors(reply.matched, reply.body, reply.status);
        if (faults.length) problems.push(`response ${reply.status} to ${req.method} ${req.url}: ${faults.join('; ')}`);
      }
      requests.push({
        method: req.method ?? 'GET',
        path: new URL(req.url ?? '/', 'http://mock').pathname,
        body: reply.request?.body,
        status: reply.status,
        operationId: reply.matched?.operation.operationId,
      });
      res
        .writeHead(reply.status, {
          'content-type': 'application/json',
          'access-control-allow-origin': '*',
          ...reply.headers,
        })
        .end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    state,
    oauth,
    requests,
    problems,
    script: (answer) => void scripted.push(answer),
    writes: () =>
      requests.filter((r) => r.method === 'POST' && /batch\/(create|update)|associate|\/groups$/.test(r.path)),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
