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

const demo = readFileSync(resolve('public/demo.html'));
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
  // The welcome page opens on install (lib/background/start.ts); its demo button opens the bundled demo company with
  // the side panel beside it, the click giving the user gesture the panel needs.
  const welcome = await waitForWelcome(context);
  for (const page of context.pages()) if (page !== welcome && page.url() === 'about:blank') await page.close();
  await welcome.getByTestId('open-demo').click();
  console.log(
    `Chromium is open on the demo company with ICP Lens in the side panel. The same page is served at ${demoUrl}
for reading it as any website (click the toolbar button there). Close the browser to stop.`,
  );
  context.on('close', () => server.close(() => process.exit(0)));
}

/** The welcome tab the install opened, once it has loaded. */
async function waitForWelcome(context) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const page = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (page) {
      await page.getByTestId('open-demo').waitFor();
      return page;
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error('the welcome page did not open on install');
}
