#!/usr/bin/env node
// The store build (`npm run zip`, `npm run build:store`) must not ask for access to pages on the user's own machine:
// local hosts exist for the demo and the tests only (wxt.config.ts). Fails when any host pattern of a store manifest
// names localhost or 127.0.0.1, and lists the packages built.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const DIR = '.output/store';
const LOCAL = /\b(localhost|127\.0\.0\.1)\b/;
let failed = false;
for (const target of ['chrome-mv3', 'firefox-mv2']) {
  const file = `${DIR}/${target}/manifest.json`;
  if (!existsSync(file)) {
    console.error(`${file} is missing: build it with npm run build:store or npm run zip`);
    failed = true;
    continue;
  }
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const patterns = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []),
    ...(manifest.web_accessible_resources ?? []).flatMap((r) => (typeof r === 'string' ? [] : (r.matches ?? []))),
  ];
  const local = patterns.filter((p) => LOCAL.test(p));
  if (local.length) {
    console.error(`${file} grants local hosts: ${local.join(', ')}`);
    failed = true;
  } else {
    console.log(`${file}: no local host among ${patterns.length} permissions and matches`);
  }
}
const zips = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.zip')) : [];
if (zips.length) console.log(`packages in ${DIR}: ${zips.join(', ')}`);
if (failed) process.exit(1);
