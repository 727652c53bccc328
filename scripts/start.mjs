#!/usr/bin/env node
// `npm start`: after `wxt build`, serves the bundled demo company page and opens Chromium with ICP Lens loaded on it,
// the side panel showing its score. Without a display it explains how to load the build by hand.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';

const extensionDir = resolve('.output/chrome-mv3');
const chromium =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
  console.error('No build in .output/chrome-mv3: run `npm run build` first (npm start does it for you).');
  process.exit(1);
}

const demo = readFileSync(resolve('demo/index.html'));
const server = createServer((_req, res) =>
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(demo),
);
await new Promise((ok) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', ok));
const demoUrl = `http://127.0.0.1:${server.address().port}/`;

const hasDisplay = process.platform !== 'linux' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay || !chromium) {
  console.log(`ICP Lens is built. ${!chromium ? 'No Chromium found (set CHROMIUM_PATH).' : 'No display to open a browser on.'}

Load it by hand:
  Chrome/Chromium: open chrome://extensions, turn on "Developer mode", click "Load unpacked" and pick
                   ${extensionDir}
  Firefox:         run \`npm run build:firefox\`, open about:debugging#/runtime/this-firefox, click
                   "Load Temporary Add-on" and pick ${resolve('.output/firefox-mv2/manifest.json')}

The demo company page is served at ${demoUrl} while this command runs (Ctrl+C to stop).
Open it, then click the ICP Lens toolbar button to see its score in the side panel.`);
  process.on('SIGINT', () => server.close(() => process.exit(0)));
} else {
  const { chromium: playwright } = await import('@playwright/test');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const profile = mkdtempSync(resolve(tmpdir(), 'icp-lens-start-'));
  const context = await playwright.launchPersistentContext(profile, {
    executablePath: chromium,
    headless: false,
    viewport: null,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(demoUrl);
  // Opening the side panel needs a user gesture: a click in an extension page gives one.
  const welcome = await context.newPage();
  await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
  await welcome.getByTestId('open-panel').click();
  await welcome.close();
  await page.bringToFront();
  console.log(
    `Chromium is open on the demo page ${demoUrl} with ICP Lens in the side panel. Close the browser to stop.`,
  );
  context.on('close', () => server.close(() => process.exit(0)));
}
