/**
 * Where Twenty workspaces are reached. Kept apart from connection.ts so the manifest (built in Node) imports no browser
 * code. Twenty's cloud answers at api.twenty.com; a self-hosted workspace at its own https address, which the
 * optional "all sites" host permission covers, so connecting asks for that one origin only.
 */
export const TWENTY_API = 'https://api.twenty.com';
export const TWENTY_API_MATCH = `${TWENTY_API}/*`;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A workspace's API origin from what the user typed ("crm.acme.com", "https://crm.acme.com/settings"), or undefined.
 * Plain http only for a loopback address, and only when `allowLoopback` (the development build's local Twenty).
 */
export function apiOrigin(text: string, allowLoopback = false): string | undefined {
  const trimmed = text.trim() || TWENTY_API;
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return undefined;
  }
  if (url.username || url.password || (!url.hostname.includes('.') && !LOOPBACK.has(url.hostname))) return undefined;
  if (url.protocol === 'https:' && !LOOPBACK.has(url.hostname)) return url.origin;
  if (allowLoopback && url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return url.origin;
  return undefined;
}

/** The host permission for one workspace, asked for when the user connects. */
export const originPattern = (origin: string) => `${new URL(origin).origin}/*`;
