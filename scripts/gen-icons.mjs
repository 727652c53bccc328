#!/usr/bin/env node
// `npm run icons`: renders public/icon.svg to the PNG sizes the browsers and stores ask for (public/icon/<size>.png,
// which WXT puts in the manifest). The PNGs are committed; run this again after changing the SVG.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync('public/icon.svg');
mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(`public/icon/${size}.png`, png);
  console.log(`public/icon/${size}.png ${png.length} bytes`);
}
