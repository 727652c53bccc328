import { resolve } from 'node:path';
import { type BrowserContext, test as base, type Worker } from '@playwright/test';
import { launchWithExtension } from './browser';
import { type StaticServer, startStaticServer } from './static-server';

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
}
interface WorkerFixtures {
  sites: StaticServer;
}

/** A fresh profile with the built extension per test; one fixture-site server per worker. */
export const test = base.extend<Fixtures, WorkerFixtures>({
  sites: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature.
    async ({}, use) => {
      const server = await startStaticServer(resolve('test/fixtures/sites'));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature.
  context: async ({}, use) => {
    const launched = await launchWithExtension();
    await use(launched.context);
    await launched.context.close();
  },
  worker: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
});
export const expect = test.expect;
