import { browser } from 'wxt/browser';

const PAGES = [
  { path: '/leads.html', label: 'Leads' },
  { path: '/options.html', label: 'Settings' },
] as const;

/** The leads list and settings open in a tab of their own: they need more room than the panel has. */
export function HeaderLinks() {
  const open = (path: (typeof PAGES)[number]['path']) =>
    void browser.tabs.create({ url: browser.runtime.getURL(path) });
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
