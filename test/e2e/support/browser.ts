import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/**
 * The tests load the development build: the fixture sites are on 127.0.0.1, which only it may read (wxt.config.ts).
 * A store build there would fail every test for no visible reason, so say what to run instead.
 */
function assertDevelopmentBuild(): void {
  const file = join(EXTENSION_DIR, 'manifest.json');
  const manifest = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (!manifest.includes('http://127.0.0.1/*')) {
    throw new Error(`${EXTENSION_DIR} holds no development build (local hosts): run \`npm run build\` first`);
  }
}

/** Real Chromium with the built extension, in a fresh profile. The flags keep it off this machine's closed network. */
export async function launchWithExtension(
  options: { headless?: boolean; userDataDir?: string; args?: string[]; keepWelcome?: boolean } = {},
) {
  assertDevelopmentBuild();
  const fresh = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'icp-lens-profile-'));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...CHROMIUM_ARGS,
      ...(options.args ?? []),
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  // Installing opens the welcome page (first run): a tab the other tests do not expect, closed unless wanted.
  const welcome = fresh ? await welcomePage(context) : undefined;
  if (welcome && !options.keepWelcome) await welcome.close();
  return { context, worker, extensionId, userDataDir, welcome: options.keepWelcome ? welcome : undefined };
}

/** The tab the install opened on the welcome page; every fresh profile gets one, so waiting for it is safe. */
export async function welcomePage(context: BrowserContext): Promise<Page> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const page = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (page) return page;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error('installing the extension opened no welcome page');
}
