// Tells this process's response cache (lib/http/response-cache.mjs) which cache tags were just expired: the
// cache handler (./handler.mjs) announces every revalidateTag here, and with CACHE_HANDLER=redis it also
// relays other instances' expiries, which arrive by Redis pub/sub (decision 064). Plain JavaScript: the
// handler and the server load it outside Next's bundle. The state lives on globalThis because Next loads the
// cache handler on its own, and the server and the handler must share one bus whichever copy they import.
import { EventEmitter } from 'node:events';

const KEY = Symbol.for('img-pathways.tag-expiry');

/**
 * remote: 'none' (one instance: every expiry happens here), 'live' (subscribed to the other instances'
 * expiries) or 'down' (several instances, and this one may be missing some: nothing may be served from a
 * copy that only a message could have expired).
 */
function bus() {
  globalThis[KEY] ??= { emitter: new EventEmitter().setMaxListeners(0), remote: process.env.CACHE_HANDLER === 'redis' ? 'down' : 'none' };
  return globalThis[KEY];
}

/** Tags expired here or on another instance. */
export function announceTagExpiry(tags) {
  if (tags.length) bus().emitter.emit('expire', tags);
}

export function onTagExpiry(listener) {
  bus().emitter.on('expire', listener);
  return () => bus().emitter.off('expire', listener);
}

export function remoteExpiryState() {
  return bus().remote;
}

function setRemoteState(state) {
  const b = bus();
  if (b.remote === state) return;
  b.remote = state;
  b.emitter.emit('remote', state);
}

export function onRemoteExpiryState(listener) {
  bus().emitter.on('remote', listener);
  return () => bus().emitter.off('remote', listener);
}

/** Resolves true once the state is not 'down', or false after `ms`. */
export function whenRemoteExpiryReady(ms) {
  if (remoteExpiryState() !== 'down') return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => (off(), resolve(false)), ms);
    const off = onRemoteExpiryState((state) => {
      if (state === 'down') return;
      clearTimeout(timer);
      off();
      resolve(true);
    });
  });
}

/** Identifies this process's own messages, which it has already announced. */
const ORIGIN = `${process.pid}-${Math.random().toString(36).slice(2)}`;

export function expiryChannel(prefix) {
  return `${prefix}:tags-expired`;
}

/** Sends an expiry to the other instances (the publisher is the handler's ordinary client). */
export async function publishTagExpiry(client, channel, tags) {
  await client.publish(channel, JSON.stringify({ origin: ORIGIN, tags }));
}

/**
 * Listens for the other instances' expiries on a duplicate of the handler's client (a subscribed connection
 * can do nothing else). 'live' only while subscribed: node-redis resubscribes before it reports 'ready'
 * after a reconnect, and whatever was published while it was away is lost, so the response cache empties
 * itself when this turns 'down'.
 */
export function subscribeToTagExpiry(client, channel) {
  const b = bus();
  if (b.subscribed) return;
  b.subscribed = true;
  const subscriber = client.duplicate();
  subscriber.on('error', () => setRemoteState('down'));
  subscriber.on('reconnecting', () => setRemoteState('down'));
  subscriber.on('end', () => setRemoteState('down'));
  let subscribed = false;
  subscriber.on('ready', () => subscribed && setRemoteState('live'));
  const onMessage = (message) => {
    try {
      const { origin, tags } = JSON.parse(message);
      if (origin !== ORIGIN && Array.isArray(tags)) announceTagExpiry(tags.filter((t) => typeof t === 'string'));
    } catch {
      // not ours
    }
  };
  subscriber
    .connect()
    .then(() => subscriber.subscribe(channel, onMessage))
    .then(() => {
      subscribed = true;
      setRemoteState('live');
    })
    .catch((error) => {
      b.subscribed = false; // the next handler construction tries again
      console.error(`[cache] could not subscribe to other instances' tag expiries: ${error.message}; the response cache stays off`);
    });
}
