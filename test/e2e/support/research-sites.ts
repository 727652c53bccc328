import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { staticFile } from '../../../lib/research/folder-site';

export interface Served {
  host: string;
  path: string;
  cookie?: string;
  /** `sec-fetch-mode`: `navigate` for the user's page loads, `cors` for the extension's fetches. */
  mode?: string;
}

export interface ResearchSites {
  port: number;
  requests: Served[];
  /** Chromium's flag sending these host names to this server, whatever their DNS says. */
  resolverRule(hosts: string[]): string;
  close(): Promise<void>;
}

type Special = (req: IncomingMessage, res: ServerResponse, host: string, path: string) => boolean;

/**
 * Whole synthetic sites (`test/fixtures/research/sites/<host>/`) served by host name the way a static host serves
 * them, on one local port that Chromium reaches for every listed host through `--host-resolver-rules`. Every request
 * is recorded with its host, path and cookies. A page load sets a cookie, so a request that carried cookies shows.
 */
export async function startResearchSites(special?: Special): Promise<ResearchSites> {
  const root = resolve('test/fixtures/research/sites');
  const requests: Served[] = [];
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({
      host,
      path,
      cookie: req.headers.cookie,
      mode: req.headers['sec-fetch-mode'] as string | undefined,
    });
    if (special?.(req, res, host, path)) return;
    const file = staticFile(root, host, path);
    if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'set-cookie': 'visitor=seen; Path=/; Max-Age=3600',
      })
      .end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    resolverRule: (hosts) => `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
