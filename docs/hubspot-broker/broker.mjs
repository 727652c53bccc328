// ICP Lens's HubSpot token broker: holds the team's public-app secret so the extension never does. No dependencies
// (Node 20+). It stores nothing and logs no token. See README, "Sign in with your team's HubSpot app".
import { readFileSync } from 'node:fs';
import { createServer as createHttp } from 'node:http';
import { createServer as createHttps } from 'node:https';

const { CLIENT_ID, CLIENT_SECRET, ALLOWED_ORIGIN, PORT = '8787', TLS_CERT, TLS_KEY } = process.env;
// Tests point it at a local HubSpot; in use it is always HubSpot's own API.
const HUBSPOT_API = process.env.HUBSPOT_API ?? 'https://api.hubapi.com';
if (!CLIENT_ID || !CLIENT_SECRET || !/^(chrome|moz)-extension:\/\/[\w-]+$/.test(ALLOWED_ORIGIN ?? '')) {
  console.error('Set CLIENT_ID, CLIENT_SECRET and ALLOWED_ORIGIN (chrome-extension://<extension id>)');
  process.exit(1);
}

// What the extension may send for each call; the broker adds the app's id and secret.
const FIELDS = {
  token: { authorization_code: ['code', 'redirect_uri'], refresh_token: ['refresh_token'] },
  revoke: ['token'],
};

function reply(res, status, body, origin) {
  const cors =
    origin === ALLOWED_ORIGIN
      ? { 'access-control-allow-origin': origin, 'access-control-allow-methods': 'GET, POST', vary: 'Origin' }
      : {};
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...cors });
  res.end(body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body));
}

async function readForm(req) {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 8_192) throw new Error('too large');
  }
  return new URLSearchParams(text);
}

async function forward(path, form) {
  const body = new URLSearchParams({ ...form, client_id: CLIENT_ID, client_secret: CLIENT_SECRET });
  const answer = await fetch(`${HUBSPOT_API}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body,
  });
  return { status: answer.status, body: await answer.text() };
}

async function handle(req, res) {
  const origin = req.headers.origin;
  const path = new URL(req.url, 'http://broker').pathname.replace(/\/+$/, '');
  if (origin && origin !== ALLOWED_ORIGIN) return reply(res, 403, { message: 'This broker serves one extension' });
  if (req.method === 'OPTIONS') return reply(res, 204, undefined, origin);
  if (req.method === 'GET') return reply(res, 200, { broker: 'icp-lens-hubspot', revoke: true }, origin);
  if (req.method !== 'POST') return reply(res, 405, { message: 'POST /token or /revoke' }, origin);
  const form = await readForm(req);
  const pick = (names) => Object.fromEntries(names.map((n) => [n, form.get(n) ?? '']));
  let answer;
  if (path.endsWith('/token') && FIELDS.token[form.get('grant_type')]) {
    const grant = form.get('grant_type');
    answer = await forward('/oauth/v3/token', { grant_type: grant, ...pick(FIELDS.token[grant]) });
  } else if (path.endsWith('/revoke')) {
    answer = await forward('/oauth/v3/token/revoke', { ...pick(FIELDS.revoke), token_type_hint: 'refresh_token' });
  } else return reply(res, 400, { message: 'unsupported request' }, origin);
  // HubSpot's answer, unchanged: the extension reads HubSpot's tokens or HubSpot's refusal.
  reply(res, answer.status, answer.body || undefined, origin);
}

const server =
  TLS_CERT && TLS_KEY
    ? createHttps({ cert: readFileSync(TLS_CERT), key: readFileSync(TLS_KEY) }, (q, s) => void run(q, s))
    : createHttp((q, s) => void run(q, s));
const run = (req, res) =>
  handle(req, res).catch(() => reply(res, 502, { message: 'The broker could not reach HubSpot' }, req.headers.origin));
server.listen(Number(PORT), () => console.log(`HubSpot broker on port ${server.address().port}`));
