// The property every directory's URL contract must hold, written once: any filter, written as a query string and
// read back, is the same filter, with no parameter reported as ignored.
import fc from 'fast-check';
import { expect, it } from 'vitest';

export const subset = <T,>(values: readonly T[]) => fc.subarray([...values]);

export function itRoundTrips<F>(filterArb: fc.Arbitrary<F>, parse: (params: URLSearchParams) => { filter: F; ignored: readonly unknown[] }, serialize: (filter: F) => string) {
  it('round-trips: parse(serialize(f)) = f with nothing ignored', () => {
    fc.assert(
      fc.property(filterArb, (filter) => {
        const parsed = parse(new URLSearchParams(serialize(filter)));
        expect(parsed.ignored).toEqual([]);
        expect(parsed.filter).toEqual(filter);
      }),
    );
  });
}
