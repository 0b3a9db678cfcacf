// Stamps every incoming HTTP request with the address of the socket it arrived on, in a header only this
// process can set: any copy the client sent is removed first. Route handlers and server actions cannot see the
// socket, so lib/auth/client-info.ts reads the address from here (and only when this stamp is installed).
// Installed once per process from instrumentation.ts, before the server answers its first request.
import http from 'node:http';

export const PEER_HEADER = 'x-img-peer-address';
const INSTALLED = Symbol.for('img-pathways.peer-stamp');

type Marked = typeof globalThis & { [INSTALLED]?: boolean };

export function isPeerStampInstalled(): boolean {
  return (globalThis as Marked)[INSTALLED] === true;
}

export function stampPeer(request: http.IncomingMessage): void {
  delete request.headers[PEER_HEADER];
  const address = request.socket?.remoteAddress;
  if (address) request.headers[PEER_HEADER] = address;
}

export function installPeerStamp(): void {
  if (isPeerStampInstalled()) return;
  const emit = http.Server.prototype.emit;
  // Every Node HTTP server delivers requests through emit('request', req, res); stamping there comes before
  // Next (and its proxy) read a header.
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request' && args[0] instanceof http.IncomingMessage) stampPeer(args[0]);
    return (emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean).call(this, event, ...args);
  } as typeof emit;
  (globalThis as Marked)[INSTALLED] = true;
}
