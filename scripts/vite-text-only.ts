import type { Plugin } from 'vite';

/**
 * ICP Lens never renders HTML it did not write (README "Hostile pages"), so Preact's one path that does,
 * `dangerouslySetInnerHTML`, is turned into text in the bundle: even a future misuse shows the markup as characters.
 * It also leaves the store packages without a dynamic `innerHTML` assignment for `web-ext lint` to flag.
 */
const ASSIGN_HTML = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;

export function preactTextOnly(): Plugin {
  return {
    name: 'icp-lens:preact-text-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.module\.js$/.test(id)) return null;
      const out = code.replace(ASSIGN_HTML, '($1.textContent=$2.__html)');
      if (out === code) this.error('Preact changed: its dangerouslySetInnerHTML assignment was not found');
      return { code: out, map: null };
    },
  };
}
