import fc from 'fast-check';
import { expect } from 'vitest';

interface Schema {
  safeParse(value: unknown): { success: boolean; data?: unknown };
}

/** Mostly `good` values, sometimes `bad`: whole items then pass often enough for comparisons to bite. */
export const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: bad, weight: 1 });

/**
 * The property every fast path of the feed checker keeps: whenever it accepts an array, zod
 * accepts every item, with exactly the same output (keys, values, no extra undefined keys).
 */
export function expectAgreesWithZod(
  fast: (input: unknown) => unknown[] | undefined,
  schema: Schema,
  item: fc.Arbitrary<unknown>,
) {
  fc.assert(
    fc.property(fc.array(mostly(item, fc.anything()), { maxLength: 3 }), (items) => {
      const accepted = fast(items);
      if (accepted === undefined) return;
      const zod = items.map((value) => schema.safeParse(value));
      expect(zod.every((r) => r.success)).toBe(true);
      expect(accepted).toStrictEqual(zod.map((r) => r.data));
    }),
    { numRuns: 3000 },
  );
}
