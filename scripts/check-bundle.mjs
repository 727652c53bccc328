#!/usr/bin/env node
// The content script runs in every page the user reads: keep it small (issue: under 100 KB minified). zod and the
// public suffix list belong to the background; this fails the build check when either leaks into the content script.
import { readFileSync, statSync } from 'node:fs';

const file = '.output/chrome-mv3/content-scripts/content.js';
const LIMIT = 100 * 1024;
const size = statSync(file).size;
const text = readFileSync(file, 'utf8');
const leaks = [
  ['zod', /ZodError|_zod\b/],
  ['tldts (public suffix list)', /\bxn--[a-z0-9]+\b.*\bxn--[a-z0-9]+\b.*\bxn--/s],
].filter(([, pattern]) => pattern.test(text));
console.log(`content script ${(size / 1024).toFixed(1)} KB (limit ${LIMIT / 1024} KB)`);
for (const [name] of leaks) console.error(`content script bundles ${name}`);
if (size > LIMIT || leaks.length) process.exit(1);
