import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import addFormats from 'ajv-formats';
import OpenAPIBackendModule, { type Operation } from 'openapi-backend';

/**
 * HubSpot's published OpenAPI documents (../shared/specs/hubspot, used as they are), loaded with openapi-backend:
 * routing, request validation and response validation for the mock server (./hubspot-server.ts).
 */
export const SPEC_DIR = resolve(process.env.HUBSPOT_SPECS ?? '../shared/specs/hubspot');
const FILES = [
  'crm-companies-v3.json',
  'crm-contacts-v3.json',
  'crm-properties-2026-09.json',
  'crm-associations-v4.json',
  'auth-oauth-v3.json',
];

// The package is CommonJS with a default export: Vite and Node's ESM loader hand it over differently.
const OpenAPIBackend = ((OpenAPIBackendModule as unknown as { default?: unknown }).default ??
  OpenAPIBackendModule) as typeof OpenAPIBackendModule;
type Api = InstanceType<typeof OpenAPIBackend>;

export interface SpecRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: unknown;
}

export interface Matched {
  api: Api;
  operation: Operation;
}

export class HubSpotSpecs {
  private constructor(private readonly apis: Api[]) {}

  private static loaded?: Promise<HubSpotSpecs>;

  /** Loaded once per process: compiling five documents' schemas is the slow part of starting a mock. */
  static load(): Promise<HubSpotSpecs> {
    HubSpotSpecs.loaded ??= HubSpotSpecs.read();
    return HubSpotSpecs.loaded;
  }

  private static async read(): Promise<HubSpotSpecs> {
    const apis: Api[] = [];
    for (const file of FILES) {
      const definition = JSON.parse(readFileSync(resolve(SPEC_DIR, file), 'utf8'));
      // Quick mode: HubSpot's documents put a description beside `$ref` in responses, which a strict OpenAPI 3.0
      // check refuses; the schemas themselves are used as they are.
      const api = new OpenAPIBackend({
        definition,
        quick: true,
        validate: true,
        customizeAjv: (ajv) => {
          addFormats(ajv);
          return ajv;
        },
      });
      await api.init();
      apis.push(api);
    }
    return new HubSpotSpecs(apis);
  }

  match(request: SpecRequest): Matched | undefined {
    for (const api of this.apis) {
      const operation = api.matchOperation({ ...request, method: request.method.toLowerCase() });
      if (operation) return { api, operation };
    }
    return undefined;
  }

  /** The request's faults against its operation's parameters and body schema, in words; empty when valid. */
  requestErrors(matched: Matched, request: SpecRequest): string[] {
    const result = matched.api.validateRequest({ ...request, method: request.method.toLowerCase() }, matched.operation);
    return (result.errors ?? []).map((e) => `${e.instancePath || 'request'} ${e.message}`);
  }

  responseErrors(matched: Matched, body: unknown, status: number): string[] {
    const result = matched.api.validateResponse(body, matched.operation, status);
    return (result.errors ?? []).map((e) => `${e.instancePath || 'response'} ${e.message}`);
  }
}
