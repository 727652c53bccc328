import { defineConfig } from 'wxt';
import { buildManifest } from './lib/manifest';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: lib/ code stays plain TypeScript that tests and Node scripts can import.
  imports: false,
  // See lib/manifest.ts for the permissions and why each is needed.
  manifest: ({ browser }) => buildManifest(browser),
});
