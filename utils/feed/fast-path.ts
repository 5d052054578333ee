/** What the feed checker's fast paths (fast-slots, fast-sessions, fast-wait-times) share. */
import { ID_PATTERN } from './schema';

/** A clinic type as the schema takes it: an id (whether it names a type is checked across fields). */
export const isClinicTypeId = (v: unknown): v is string => typeof v === 'string' && ID_PATTERN.test(v);

/** zod's z.int() with a minimum (and maximum): a safe integer in range. */
export const isSafeInt = (v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;

/**
 * The walk: an array of plain objects, each turned into its checked output by `item`, which
 * returns undefined to decline. The whole answer is then undefined ("don't know"), and zod
 * judges the array and reports exactly.
 */
export function fastArray<T>(input: unknown, item: (value: Record<string, unknown>) => T | undefined): T[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const out: T[] = new Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const value = input[i] as Record<string, unknown> | null;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const checked = item(value);
    if (checked === undefined) return undefined;
    out[i] = checked;
  }
  return out;
}
