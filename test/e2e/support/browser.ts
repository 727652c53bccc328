import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
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
export async function launchWithExtension(options: { headless?: boolean; userDataDir?: string; args?: string[] } = {}) {
  assertDevelopmentBuild();
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
  return { context, worker, extensionId, userDataDir };
}
