import { defineConfig } from 'wxt';
import { buildManifest } from './lib/manifest';
import { preactTextOnly } from './scripts/vite-text-only';

/**
 * Two builds from one source. `ICP_LENS_LOCAL_HOSTS=1` (`npm run build`, `npm start`, the e2e tests) adds host access
 * to 127.0.0.1 and localhost, where the demo page and the test sites are served, and builds into `.output/`. Without it
 * (`npm run zip`, `npm run build:store`, or `wxt` run by hand) the build is the one the stores get: no local hosts,
 * into `.output/store/`, so a store build never replaces the one the tests load.
 */
const localHosts = process.env.ICP_LENS_LOCAL_HOSTS === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: lib/ code stays plain TypeScript that tests and Node scripts can import.
  imports: false,
  outDir: localHosts ? '.output' : '.output/store',
  // lib/platform/hosts.ts reads it: the background and the content script's matches agree with the manifest.
  vite: () => ({
    define: { __ICP_LENS_LOCAL_HOSTS__: JSON.stringify(localHosts) },
    plugins: [preactTextOnly()],
  }),
  hooks: {
    // The content script runs in every page the user reads: terser packs it about 4% smaller than esbuild does. Only
    // there: on the other bundles it rewrites `new Function` checks into calls the store linter flags.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      config.build = { ...config.build, minify: 'terser' };
      // The content script calls two APIs, `runtime.sendMessage` and `runtime.onMessage` with `sendResponse`, which
      // Chrome and Firefox give alike: it takes the browser's own `browser`/`chrome` (wxt/browser unaliased) instead of
      // the polyfill, a tenth of its 100 KB budget. The pages and the background keep the polyfill.
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) delete (alias as Record<string, string>)['wxt/browser'];
    },
  },
  // The sources archive Firefox Add-ons asks for: the repository, not local test output.
  zip: { excludeSources: ['test-results/**', 'playwright-report/**', 'artifacts/**'] },
  // See lib/manifest.ts for the permissions and why each is needed.
  manifest: ({ browser }) => buildManifest(browser, localHosts),
});
