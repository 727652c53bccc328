import { browser } from 'wxt/browser';

const PAGES = [
  { path: '/leads.html', label: 'Leads' },
  { path: '/options.html', label: 'Settings' },
] as const;

/** The leads list and settings open in a tab of their own: they need more room than the panel has. */
export function HeaderLinks() {
  // Typed as a plain string: the leads and settings entrypoints come from other branches, so WXT's generated path
  // union may not list them yet.
  const urlOf = browser.runtime.getURL as (path: string) => string;
  const open = (path: string) => void browser.tabs.create({ url: urlOf(path) });
  return (
    <nav class="header-links" aria-label="ICP Lens pages">
      {PAGES.map((p) => (
        <button key={p.path} type="button" class="link" onClick={() => open(p.path)}>
          {p.label}
        </button>
      ))}
    </nav>
  );
}
