// Research benchmark: `npm run bench:research -- <dir>` over a folder of whole sites (`<dir>/sites/<host>/...`). In
// real Chromium, per page, the background's reading of a fetched page (DOMParser parse, collectPage on the parsed
// document, the message schema, interpretPage, normalizePage, and the merge into the account's facts) against a bare
// DOMParser parse of the same HTML, in the same run. Not a timed test: it prints ratios; the last line is
// `research ratio <x>`, the reading's total time over the parse's, each page timed by its fastest of nine runs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { median, p95 } from './bench-support';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const SAMPLES = 9;

async function bundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: [
        "export { collectParsed, signalsOf } from './lib/research/read-page';",
        "export { mergeResearched } from './lib/research/merge';",
        "export { kindOfPath } from './lib/research/kinds';",
      ].join('\n'),
      resolveDir: resolve('.'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: '__icpResearch',
    platform: 'browser',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return `${out.outputFiles[0]?.text ?? ''}\nwindow.__icpResearch = __icpResearch; 0;`;
}

/** Every HTML file of every site, with the address a static host serves it at. */
function sitePages(sitesDir: string): Array<{ url: string; html: string }> {
  const pages: Array<{ url: string; html: string }> = [];
  const walk = (host: string, dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(host, file);
      else if (name.endsWith('.html')) {
        const path = `/${relative(join(sitesDir, host), file)}`.replace(/index\.html$/, '').replace(/\.html$/, '');
        pages.push({ url: `https://${host}${path}`, html: readFileSync(file, 'utf8') });
      }
    }
  };
  for (const host of readdirSync(sitesDir).sort())
    if (statSync(join(sitesDir, host)).isDirectory()) walk(host, join(sitesDir, host));
  return pages;
}

/** Runs in the page: one timing of the reading or of the bare parse, on a fresh parse each time. */
function measure(args: { html: string; url: string; read: boolean }): number {
  type R = {
    collectParsed: (d: Document, u: string, n: number) => unknown;
    signalsOf: (s: unknown) => { company?: object } | null;
    mergeResearched: (c: object, i: object, k: string, s: string) => object;
    kindOfPath: (u: URL) => string | undefined;
  };
  const r = (window as unknown as { __icpResearch: R }).__icpResearch;
  const parser = new DOMParser();
  const t = performance.now();
  const doc = parser.parseFromString(args.html, 'text/html');
  if (args.read) {
    const signals = r.signalsOf(r.collectParsed(doc, args.url, 0));
    const host = new URL(args.url).hostname.replace(/^www\./, '');
    r.mergeResearched({}, signals?.company ?? {}, r.kindOfPath(new URL(args.url)) ?? 'about', host);
  } else void doc.body?.childNodes.length;
  return performance.now() - t;
}

async function main(): Promise<number> {
  const dir = process.argv.slice(2).find((a) => a !== '--' && !a.startsWith('--'));
  if (!dir || !existsSync(join(dir, 'sites'))) {
    console.error('usage: npm run bench:research -- <dir with sites/>');
    return 2;
  }
  const pages = sitePages(resolve(dir, 'sites'));
  const code = await bundle();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  // A blank page, cross-origin isolated: performance.now() then has 5 us resolution instead of 100 us.
  const server = createServer((_req, res) =>
    res
      .writeHead(200, {
        'content-type': 'text/html',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      })
      .end('<!doctype html><title>bench</title>'),
  );
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await page.evaluate(code);
  const rows: Array<{ url: string; read: number; parse: number }> = [];
  for (const { url, html } of pages) {
    // Warm the code on this page once: the service worker's code is warm after its first page.
    await page.evaluate(measure, { html, url, read: true });
    const times = { read: [] as number[], parse: [] as number[] };
    for (let s = 0; s < SAMPLES; s++) {
      for (const read of [false, true])
        times[read ? 'read' : 'parse'].push(await page.evaluate(measure, { html, url, read }));
    }
    const row = { url, read: Math.min(...times.read), parse: Math.min(...times.parse) };
    rows.push(row);
    console.log(
      `${url.padEnd(64)} reading ${row.read.toFixed(3)} ms  parse ${row.parse.toFixed(3)} ms  ratio ${(row.read / Math.max(row.parse, 1e-3)).toFixed(2)}`,
    );
  }
  await browser.close();
  server.close();
  const ratios = rows.map((r) => r.read / Math.max(r.parse, 1e-3));
  const read = rows.reduce((s, r) => s + r.read, 0);
  const parse = rows.reduce((s, r) => s + r.parse, 0);
  console.log(
    `per-page ratio: median ${median(ratios).toFixed(2)}, p95 ${p95(ratios).toFixed(2)} (pages ${rows.length})`,
  );
  console.log(
    `research ratio ${(parse > 0 ? read / parse : 0).toFixed(2)} (reading ${read.toFixed(2)} ms, parse ${parse.toFixed(2)} ms, pages ${rows.length})`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
