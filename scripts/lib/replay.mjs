// A bare server sending the app's own bytes, for `LIGHTHOUSE_BASELINES=1 npm run lighthouse`: the first request
// for a URL (per RSC and encoding variant) is forwarded to the app and its raw body and headers are kept; every
// later one is answered from memory, with no server work. With { stripScripts: true } HTML pages lose every
// <script> (and script preloads): the same markup and CSS without the JavaScript, the page's cost before
// hydration. Measuring the app beside both says how much of a score is the server, and how much the scripts.
import http from 'node:http';
import zlib from 'node:zlib';
import { freePort } from './serve.mjs';

const KEPT_HEADERS = ['content-type', 'content-encoding', 'cache-control', 'location', 'vary', 'etag'];

function forward(origin, req) {
  return new Promise((resolve, reject) => {
    const upstream = http.request(
      { host: origin.hostname, port: origin.port, path: req.url, method: 'GET', headers: { ...req.headers, host: origin.host } },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          const headers = Object.fromEntries(KEPT_HEADERS.filter((h) => res.headers[h]).map((h) => [h, res.headers[h]]));
          resolve({ status: res.statusCode, headers, body: Buffer.concat(chunks) });
        });
      },
    );
    upstream.on('error', reject);
    upstream.end();
  });
}

function withoutScripts(response) {
  if (!String(response.headers['content-type']).startsWith('text/html')) return response;
  const encoding = response.headers['content-encoding'];
  const decode = { gzip: zlib.gunzipSync, br: zlib.brotliDecompressSync }[encoding] ?? ((b) => b);
  const encode = { gzip: zlib.gzipSync, br: zlib.brotliCompressSync }[encoding] ?? ((b) => b);
  const html = decode(response.body).toString('utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*as="script"[^>]*>/g, '');
  return { ...response, body: encode(Buffer.from(html)) };
}

export async function startReplay(originBase, { stripScripts = false } = {}) {
  const origin = new URL(originBase);
  const kept = new Map();
  const server = http.createServer(async (req, res) => {
    try {
      const key = [req.url, req.headers.rsc, req.headers['next-router-prefetch'], req.headers['accept-encoding']].join('|');
      if (!kept.has(key)) {
        const response = await forward(origin, req);
        kept.set(key, stripScripts ? withoutScripts(response) : response);
      }
      const { status, headers, body } = kept.get(key);
      res.writeHead(status, { ...headers, 'content-length': body.length });
      res.end(body);
    } catch (error) {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${port}`, stop: () => server.close() };
}
