import { describe, expect, it } from 'vitest';
import { type FetchLike, fetchPage, sameSiteVariants } from '../../../lib/research/fetch-page';

const html = (body = '<title>x</title>', headers: Record<string, string> = {}, status = 200) =>
  new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });

/** A fake network: answers by address, and records what was asked and how. */
function network(answer: (url: string) => Response | Promise<Response>) {
  const asked: Array<{ url: string; init: RequestInit }> = [];
  const fetch: FetchLike = async (url, init) => {
    asked.push({ url, init });
    return answer(url);
  };
  return { fetch, asked };
}

/** What a browser returns for `redirect: 'manual'`: an opaque redirect whose target cannot be read. */
const opaqueRedirect = () => {
  const r = new Response(null, { status: 200 });
  Object.defineProperty(r, 'type', { value: 'opaqueredirect' });
  Object.defineProperty(r, 'status', { value: 0 });
  return r;
};

describe('fetchPage', () => {
  it('asks without cookies or referrer, never letting the browser follow a redirect', async () => {
    const net = network(() => html('<h1>Hi</h1>'));
    const out = await fetchPage('https://acme.de/about', { site: 'acme.de', fetch: net.fetch });
    expect(out).toMatchObject({ ok: true, html: '<h1>Hi</h1>', truncated: false });
    expect(net.asked[0]?.init).toMatchObject({
      credentials: 'omit',
      redirect: 'manual',
      referrerPolicy: 'no-referrer',
    });
  });

  it('never requests another domain, nor follows a redirect to one', async () => {
    const net = network((url) =>
      url.endsWith('/go') ? html('', { location: 'https://evil.example/x' }, 301) : html('page'),
    );
    expect(await fetchPage('https://other.de/', { site: 'acme.de', fetch: net.fetch })).toMatchObject({
      ok: false,
      reason: 'off-site',
    });
    expect(await fetchPage('https://acme.de/go', { site: 'acme.de', fetch: net.fetch })).toMatchObject({
      ok: false,
      reason: 'off-site',
    });
    expect(net.asked.map((a) => a.url)).toEqual(['https://acme.de/go']);
  });

  it('follows a readable redirect on the same domain, and stops a loop', async () => {
    const net = network((url) => {
      if (url === 'https://acme.de/about') return html('', { location: '/about/' }, 301);
      if (url === 'https://acme.de/loop') return html('', { location: '/loop2' }, 302);
      if (url === 'https://acme.de/loop2') return html('', { location: '/loop' }, 302);
      return html('ok');
    });
    expect(await fetchPage('https://acme.de/about', { site: 'acme.de', fetch: net.fetch })).toMatchObject({
      ok: true,
      url: 'https://acme.de/about/',
    });
    expect(await fetchPage('https://acme.de/loop', { site: 'acme.de', fetch: net.fetch })).toMatchObject({
      ok: false,
      reason: 'too-many-redirects',
    });
  });

  it("asks for the same page's same-site variants when the browser hides a redirect's target", async () => {
    const net = network((url) => (url === 'https://acme.de/about/' ? html('here') : opaqueRedirect()));
    const out = await fetchPage('https://acme.de/about', { site: 'acme.de', fetch: net.fetch });
    expect(out).toMatchObject({ ok: true, url: 'https://acme.de/about/', html: 'here' });
    const loop = network(() => opaqueRedirect());
    expect(await fetchPage('https://acme.de/x', { site: 'acme.de', fetch: loop.fetch })).toMatchObject({
      ok: false,
      reason: 'redirect-unknown',
    });
    // The page, its slash variant and its www variant: all on the domain, none twice.
    expect(loop.asked.map((a) => a.url)).toEqual(['https://acme.de/x', 'https://acme.de/x/', 'https://www.acme.de/x']);
    expect(sameSiteVariants(new URL('https://www.acme.de/a/')).map(String)).toEqual([
      'https://www.acme.de/a',
      'https://acme.de/a/',
    ]);
  });

  it('refuses what is not a web page, and says not found', async () => {
    const pdf = network(() => new Response('%PDF', { headers: { 'content-type': 'application/pdf' } }));
    expect(await fetchPage('https://acme.de/x', { site: 'acme.de', fetch: pdf.fetch })).toMatchObject({
      reason: 'not-html',
    });
    const missing = network(() => html('no', {}, 404));
    expect(await fetchPage('https://acme.de/x', { site: 'acme.de', fetch: missing.fetch })).toMatchObject({
      reason: 'not-found',
      status: 404,
    });
  });

  it('reads a huge page only up to the cap, without downloading the rest', async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode(`<p>${'x'.repeat(64 * 1024 - 7)}</p>`);
    const net = network(
      () =>
        new Response(
          new ReadableStream({
            pull(controller) {
              pulled++;
              controller.enqueue(chunk);
              if (pulled > 800) controller.close(); // 50 MB were it read to the end
            },
          }),
          { headers: { 'content-type': 'text/html' } },
        ),
    );
    const out = await fetchPage('https://acme.de/big', { site: 'acme.de', fetch: net.fetch, maxBytes: 256 * 1024 });
    expect(out).toMatchObject({ ok: true, truncated: true });
    expect(out.ok && out.html.length).toBe(256 * 1024);
    expect(pulled).toBeLessThan(10);
  });

  it('gives up a page that does not answer in time', async () => {
    const net = network(
      () =>
        new Promise<Response>(() => {
          // never answers
        }),
    );
    const hang: FetchLike = (url, init) =>
      new Promise((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        void net.fetch(url, init);
      });
    expect(await fetchPage('https://acme.de/', { site: 'acme.de', fetch: hang, timeoutMs: 30 })).toMatchObject({
      ok: false,
      reason: 'timeout',
    });
    const down: FetchLike = async () => {
      throw new TypeError('fetch failed');
    };
    expect(await fetchPage('https://acme.de/', { site: 'acme.de', fetch: down })).toMatchObject({
      reason: 'unreachable',
    });
  });
});
