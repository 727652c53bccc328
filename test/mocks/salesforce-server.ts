import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { z } from 'zod';
import { collectionsPath, createRequest, saveResults, updateRequest } from '../contracts/salesforce/collections';
import { describePath, describeResponse } from '../contracts/salesforce/describe';
import { ERROR_STATUS, errorBody } from '../contracts/salesforce/errors';
import { nextPagePath, queryParams, queryPath, queryResponse } from '../contracts/salesforce/query';
import {
  authorizeParams,
  authorizePath,
  tokenError,
  tokenPath,
  tokenRequest,
  tokenResponse,
} from '../contracts/salesforce/token';
import { type RecordError, SalesforceOrg, type StoredRecord, type Value } from './salesforce-org';
import { likeMatches, parseSoql } from './salesforce-soql';
import { type Scripted as BaseScripted, retryAfterHeader, takeScripted } from './scripted';

type SObject = 'Account' | 'Contact';
type Reply = { status: number; body?: unknown; headers?: Record<string, string>; contract?: z.ZodType };

export interface Recorded {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  status: number;
}

/** A scripted failure; `match` like `POST /services/data/v63.0/composite/sobjects`. */
export type Scripted = BaseScripted<429 | 503 | 403>;

export interface SalesforceMock {
  origin: string;
  org: SalesforceOrg;
  requests: Recorded[];
  /** Requests or replies that broke the contract shapes: a test expects none unless it sent one on purpose. */
  problems: string[];
  /** Answers the next matching requests with 429, 503 or 403 REQUEST_LIMIT_EXCEEDED instead. */
  script(answer: Scripted): void;
  /** The token the org accepts from now on (the old one gets 401 INVALID_SESSION_ID); for the refresh flow. */
  rotateToken(): string;
  /** Records per query page (Salesforce's default is 2,000). */
  pageSize: number;
  writes(): Recorded[];
  close(): Promise<void>;
}

const errors = (status: number, errorCode: string, message: string, fields?: string[]): Reply => ({
  status,
  body: [{ message, errorCode, ...(fields && { fields }) }],
  contract: errorBody,
});

/**
 * A local Salesforce that checks every request against the shapes in test/contracts/salesforce (400 when one breaks
 * them), checks every reply it gives too (a mismatch is a test failure), answers 401 INVALID_SESSION_ID to a wrong
 * token, keeps an org's records (./salesforce-org.ts), runs the SOQL subset the client sends, signs in with the web
 * server flow and PKCE, and can be told to answer 429, 503 or REQUEST_LIMIT_EXCEEDED.
 */
export async function startSalesforceMock(
  token: string,
  options: { withCustom?: (name: string) => boolean; clientId?: string } = {},
): Promise<SalesforceMock> {
  const org = new SalesforceOrg(options.withCustom);
  const requests: Recorded[] = [];
  const problems: string[] = [];
  const scripted: Scripted[] = [];
  const pages = new Map<string, Record<string, unknown>[]>();
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  let accepted = token;
  const refreshToken = `5Aep${randomUUID().replace(/-/g, '')}`;
  let origin = '';
  const mock = { pageSize: 2000 } as { pageSize: number };

  const view = (record: StoredRecord, fields: readonly string[]) => {
    const out: Record<string, Value | { type: string; url: string }> = {
      attributes: { type: record.type, url: `/services/data/v63.0/sobjects/${record.type}/${record.id}` },
      Id: record.id,
    };
    for (const f of fields)
      if (f !== 'Id')
        out[org.field(record.type, f)?.name ?? f] = record.values[org.field(record.type, f)?.name ?? f] ?? null;
    return out;
  };

  const page = (rows: Record<string, unknown>[], totalSize: number): Reply => {
    const first = rows.slice(0, mock.pageSize);
    const rest = rows.slice(mock.pageSize);
    let nextRecordsUrl: string | undefined;
    if (rest.length) {
      const locator = `01g${randomUUID().replace(/-/g, '').slice(0, 12)}-${totalSize - rest.length}`;
      pages.set(locator, rest);
      nextRecordsUrl = `/services/data/v63.0/query/${locator}`;
    }
    return {
      status: 200,
      body: { totalSize, done: !nextRecordsUrl, ...(nextRecordsUrl && { nextRecordsUrl }), records: first },
      contract: queryResponse,
    };
  };

  const runQuery = (q: string): Reply => {
    let parsed: ReturnType<typeof parseSoql>;
    try {
      parsed = parseSoql(q);
    } catch (e) {
      return errors(400, 'MALFORMED_QUERY', `unexpected token: ${(e as Error).message}`);
    }
    const type = parsed.from as SObject;
    if (type !== 'Account' && type !== 'Contact')
      return errors(400, 'INVALID_TYPE', `sObject type '${parsed.from}' is not supported.`);
    for (const f of [
      ...parsed.fields,
      ...parsed.where.map((w) => w.field),
      ...(parsed.orderBy ? [parsed.orderBy.field] : []),
    ]) {
      const known = org.field(type, f);
      if (!known) return errors(400, 'INVALID_FIELD', `No such column '${f}' on entity '${type}'.`);
      if (parsed.where.some((w) => w.field === f) && !known.filterable)
        return errors(400, 'INVALID_FIELD', `field '${f}' can not be filtered in a query call`);
    }
    let hits = org.all(type).filter((r) =>
      parsed.where.some((w) => {
        const value = r.values[org.field(type, w.field)?.name as string];
        if (value === undefined || value === null) return false;
        const text = String(value);
        return w.op === 'IN'
          ? w.values.some((v) => v.toLowerCase() === text.toLowerCase())
          : likeMatches(w.values[0] as string, text);
      }),
    );
    if (parsed.orderBy) {
      const key = org.field(type, parsed.orderBy.field)?.name as string;
      const dir = parsed.orderBy.desc ? -1 : 1;
      hits = [...hits].sort((a, b) =>
        String(a.values[key]) < String(b.values[key]) ? -dir : String(a.values[key]) > String(b.values[key]) ? dir : 0,
      );
    }
    return page(
      hits.map((r) => view(r, parsed.fields)),
      hits.length,
    );
  };

  const save = (records: Record<string, unknown>[], update: boolean): Reply => {
    const results = records.map((raw) => {
      const { attributes, id, ...values } = raw as { attributes: { type: SObject }; id?: string } & Record<
        string,
        Value
      >;
      const current = update ? org.records.get(id as string) : undefined;
      let error: RecordError | undefined;
      if (update && (!current || current.type !== attributes.type))
        error = { statusCode: 'ENTITY_IS_DELETED', message: 'entity is deleted', fields: [] };
      error ??= org.invalid(attributes.type, values, current?.values);
      if (error) return { id: update ? id : null, success: false, errors: [error] };
      const record = update ? (org.update(id as string, values) as StoredRecord) : org.create(attributes.type, values);
      return { id: record.id, success: true, errors: [] };
    });
    return { status: 200, body: results, contract: saveResults };
  };

  const oauth = (method: string, path: string, query: Record<string, string>, form: Record<string, string>): Reply => {
    if (path === authorizePath && method === 'GET') {
      const p = authorizeParams.safeParse(query);
      if (!p.success) {
        problems.push(`GET ${path}: ${p.error.message}`);
        return {
          status: 400,
          body: { error: 'invalid_request', error_description: 'bad authorize request' },
          contract: tokenError,
        };
      }
      if (options.clientId && p.data.client_id !== options.clientId)
        return {
          status: 400,
          body: { error: 'invalid_client_id', error_description: 'client identifier invalid' },
          contract: tokenError,
        };
      const code = `aPrx${randomUUID().replace(/-/g, '')}`;
      codes.set(code, { challenge: p.data.code_challenge, redirectUri: p.data.redirect_uri });
      const back = new URL(p.data.redirect_uri);
      back.searchParams.set('code', code);
      if (p.data.state) back.searchParams.set('state', p.data.state);
      return { status: 302, headers: { location: back.toString() } };
    }
    const refused = (error: string, error_description: string): Reply => ({
      status: 400,
      body: { error, error_description },
      contract: tokenError,
    });
    const p = tokenRequest.safeParse(form);
    if (!p.success) {
      problems.push(`POST ${path}: ${p.error.message}`);
      return refused('invalid_request', 'bad token request');
    }
    if (p.data.grant_type === 'authorization_code') {
      const issued = codes.get(p.data.code);
      codes.delete(p.data.code);
      if (!issued || issued.redirectUri !== p.data.redirect_uri)
        return refused('invalid_grant', 'invalid authorization code');
      const hashed = createHash('sha256').update(p.data.code_verifier).digest('base64url');
      if (hashed !== issued.challenge) return refused('invalid_grant', 'invalid code verifier');
    } else if (p.data.refresh_token !== refreshToken) return refused('invalid_grant', 'expired access/refresh token');
    return {
      status: 200,
      body: {
        access_token: accepted,
        ...(p.data.grant_type === 'authorization_code' && { refresh_token: refreshToken }),
        signature: createHash('sha256').update(accepted).digest('base64'),
        scope: 'refresh_token api',
        instance_url: origin,
        id: `${origin}/id/00D000000000001AAA/005000000000001AAA`,
        token_type: 'Bearer',
        issued_at: String(Date.now()),
      },
      contract: tokenResponse,
    };
  };

  const handle = async (req: IncomingMessage): Promise<Reply & { record: Omit<Recorded, 'status'> }> => {
    const url = new URL(req.url ?? '/', 'http://mock');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    const path = url.pathname;
    const query = Object.fromEntries(url.searchParams);
    const record = { method, path, query, body: undefined as unknown };
    if (path === authorizePath || path === tokenPath) {
      const form = Object.fromEntries(new URLSearchParams(text));
      record.body = form;
      return { ...oauth(method, path, query, form), record };
    }
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return { ...errors(400, 'JSON_PARSER_ERROR', 'The request body is not JSON'), record };
    }
    record.body = body;
    const line = `${method} ${path}`;
    const script = takeScripted(scripted, line);
    if (script) {
      const reply =
        script.status === 403
          ? errors(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.')
          : script.status === 429
            ? errors(429, 'REQUEST_LIMIT_EXCEEDED', 'Too many requests: retry later.')
            : errors(503, 'SERVER_UNAVAILABLE', 'Server unavailable: retry later.');
      return { ...reply, headers: retryAfterHeader(script), record };
    }
    if (req.headers.authorization !== `Bearer ${accepted}`)
      return { ...errors(ERROR_STATUS.INVALID_SESSION_ID, 'INVALID_SESSION_ID', 'Session expired or invalid'), record };
    const check = (schema: z.ZodType, value: unknown): Reply | undefined => {
      const parsed = schema.safeParse(value);
      if (parsed.success) return undefined;
      const said = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      problems.push(`${line}: ${said}`);
      return errors(400, 'JSON_PARSER_ERROR', `The request does not match the documented shape: ${said}`);
    };
    if (method === 'GET' && describePath.test(path)) {
      const type = (describePath.exec(path) as RegExpExecArray)[1] as SObject;
      return {
        status: 200,
        body: {
          name: type,
          label: type,
          custom: false,
          createable: true,
          updateable: true,
          queryable: true,
          keyPrefix: type === 'Account' ? '001' : '003',
          fields: org.fields[type],
          urls: { sobject: `/services/data/v63.0/sobjects/${type}` },
        },
        contract: describeResponse,
        record,
      };
    }
    if (method === 'GET' && queryPath.test(path))
      return { ...(check(queryParams, query) ?? runQuery(query.q as string)), record };
    if (method === 'GET' && nextPagePath.test(path)) {
      const locator = path.split('/').at(-1) as string;
      const rest = pages.get(locator);
      if (!rest) return { ...errors(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator'), record };
      pages.delete(locator);
      return { ...page(rest, Number(locator.split('-')[1]) + rest.length), record };
    }
    if (collectionsPath.test(path) && (method === 'POST' || method === 'PATCH')) {
      const update = method === 'PATCH';
      const bad = check(update ? updateRequest : createRequest, body);
      if (bad) return { ...bad, record };
      return { ...save((body as { records: Record<string, unknown>[] }).records, update), record };
    }
    problems.push(`${line}: no documented resource matches`);
    return { ...errors(404, 'NOT_FOUND', 'The requested resource does not exist'), record };
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': '*',
      'access-control-allow-methods': 'GET, POST, PATCH',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    void handle(req).then((reply) => {
      if (reply.contract) {
        const parsed = reply.contract.safeParse(reply.body);
        if (!parsed.success)
          problems.push(`reply ${reply.status} to ${req.method} ${req.url}: ${parsed.error.message}`);
      }
      requests.push({ ...reply.record, status: reply.status });
      res
        .writeHead(reply.status, { 'content-type': 'application/json', ...cors, ...reply.headers })
        .end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(mock, {
    origin,
    org,
    requests,
    problems,
    script: (answer: Scripted) => void scripted.push(answer),
    rotateToken: () => {
      accepted = `00D000000000001!${randomUUID().replace(/-/g, '')}`;
      return accepted;
    },
    writes: () => requests.filter((r) => collectionsPath.test(r.path) && r.method !== 'GET'),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  });
}
