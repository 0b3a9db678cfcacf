// Back-pressure for writers that feed a Node Writable: wait until it asks for more, and fail (instead of
// waiting forever) when the reader goes away first, e.g. a download cancelled halfway.
import type { Writable } from 'node:stream';

export function whenDrained(stream: Writable): Promise<void> {
  if (stream.destroyed) return Promise.reject(new Error('The output closed before the file was complete'));
  if (!stream.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      stream.off('drain', onDrain);
      stream.off('close', onClose);
      stream.off('error', onError);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onClose = () => settle(new Error('The output closed before the file was complete'));
    const onError = (error: Error) => settle(error);
    stream.on('drain', onDrain);
    stream.on('close', onClose);
    stream.on('error', onError);
  });
}
