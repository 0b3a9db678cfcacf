// The production server (`npm start`, `npm run serve`): Next's request handler behind the in-process response
// cache (lib/http/response-cache.mjs, decision 063), which answers repeated public reads without running the
// proxy or the renderer and gives every public page an ETag. `next start` serves the same build and the same
// pages, only without that cache.
//   PORT (default 3000)   RESPONSE_CACHE=off disables the cache
//   RESPONSE_CACHE_MAX_MB (default 32)   RESPONSE_CACHE_TTL_SECONDS (default 300: the longest a copy is kept
//   when nothing expires its tags — for writes that bypass the admin)
import http from 'node:http';
import path from 'node:path';

process.env.NODE_ENV ||= 'production';
// First: a stop while Next is still preparing must stop the process too (Next's own listeners do not exit).
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
const { default: next } = await import('next');
const { createCachingHandler, ResponseCache } = await import('./lib/http/response-cache.mjs');
const { openStore } = await import('./lib/cache/handler.mjs');
const { whenRemoteExpiryReady } = await import('./lib/cache/tag-expiry.mjs');

const port = Number(process.env.PORT || 3000);
// hostname "localhost", as `next start` without -H: with an IP, Next 16.4 forwards the proxy's rewrites as a
// second HTTP request to itself (scripts/lib/serve.mjs).
const app = next({ dev: false, dir: import.meta.dirname, port, hostname: 'localhost' });
await app.prepare();
const handle = app.getRequestHandler();

const enabled = process.env.RESPONSE_CACHE !== 'off';
const cache = new ResponseCache({
  maxBytes: Number(process.env.RESPONSE_CACHE_MAX_MB || 32) * 1024 * 1024,
  maxTtlSeconds: Number(process.env.RESPONSE_CACHE_TTL_SECONDS || 300),
});
const listener = enabled ? createCachingHandler(handle, { cache }) : handle;
if (enabled && process.env.CACHE_HANDLER === 'redis') {
  // The same store Next opens (one module instance: both import this file), scoped by the same build id.
  openStore({ serverDistDir: path.join(import.meta.dirname, '.next', 'server') });
  if (!(await whenRemoteExpiryReady(10_000))) console.error('[server] not yet subscribed to the other instances\' tag expiries: the response cache stays off until then');
}
const server = http.createServer((req, res) => {
  Promise.resolve(listener(req, res)).catch((error) => {
    console.error(`[server] ${req.method} ${req.url}: ${error.stack ?? error}`);
    if (!res.headersSent) res.writeHead(500, { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Internal Server Error');
  });
});
// Longer than a load balancer's idle timeout, as `next start` does with --keepAliveTimeout.
server.keepAliveTimeout = 65_000;
server.listen(port, () => console.log(`▸ Ready on http://localhost:${port}${enabled ? '' : ' (response cache off)'}`));
