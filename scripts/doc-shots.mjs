// `npm run shots`: copies the screenshots the e2e run saved (test-results/) to where the README and the store listing
// show them, so the pictures are always of the real, built extension. Run it after `npm run test:e2e`.
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Screenshot saved by an e2e test (its file name) -> where the documentation shows it. */
const SHOTS = {
  'side-panel.png': 'docs/side-panel.png',
  'welcome.png': ['docs/readme/welcome.png', 'docs/store/welcome-1280x800.png'],
  'panel-not-enough-data.png': 'docs/readme/panel-not-enough-data.png',
  'panel-facts.png': 'docs/readme/panel-facts.png',
  'panel-person.png': 'docs/readme/panel-person.png',
  'panel-320-light.png': 'docs/readme/panel-320-light.png',
  'icp-editor-unsaved.png': 'docs/readme/icp-editor.png',
  'leads-page.png': 'docs/readme/leads-page.png',
  'leads-detail.png': 'docs/readme/leads-detail.png',
  'people-card.png': 'docs/readme/people-card.png',
};

/** The newest file of each name under test-results/ (a retried test leaves more than one). */
function newestByName(root) {
  const found = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name in SHOTS) {
        const time = statSync(path).mtimeMs;
        if (!found.has(entry.name) || found.get(entry.name).time < time) found.set(entry.name, { path, time });
      }
    }
  };
  walk(root);
  return found;
}

let found;
try {
  found = newestByName('test-results');
} catch {
  console.error('No test-results folder: run `npm run test:e2e` first.');
  process.exit(1);
}
const missing = Object.keys(SHOTS).filter((name) => !found.has(name));
for (const [name, { path }] of found) {
  for (const target of [SHOTS[name]].flat()) {
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(path, target);
    console.log(`${target} <- ${path}`);
  }
}
if (missing.length > 0) {
  console.error(`Not saved by the last e2e run (a test failed or was skipped): ${missing.join(', ')}`);
  process.exit(1);
}
