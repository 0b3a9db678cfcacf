// The limit row of `npm run bench`: a bare Node HTTP server that answers each measured path with the exact
// bytes (and content type) the app sent for it, doing nothing else. Run as its own process (so it does not
// share autocannon's event loop): node scripts/lib/bare-server.mjs <pages.json> — prints its port.
// pages.json: { "<path with query>": { "type": "<content-type>", "body": "<base64>" } }
import http from 'node:http';
import { readFileSync } from 'node:fs';

const pages = new Map(
  Object.entries(JSON.parse(readFileSync(process.argv[2], 'utf8'))).map(([p, { type, body }]) => {
    const bytes = Buffer.from(body, 'base64');
    return [p, { bytes, headers: { 'Content-Type': type, 'Content-Length': String(bytes.length) } }];
  }),
);

const server = http.createServer((req, res) => {
  const page = pages.get(req.url);
  if (!page) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, page.headers).end(page.bytes);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
