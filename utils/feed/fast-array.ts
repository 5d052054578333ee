/**
 * The walk the feed's fast paths share: an array of plain objects, each turned into its
 * checked output by `item`, which returns undefined to decline. The whole answer is then
 * undefined ("don't know"), and zod judges the array and reports exactly.
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
