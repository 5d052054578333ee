/**
 * Compact JSON text of a document that is changed by copying the path to each change (as the
 * editor's edits are): the text of every object and array is kept beside it, so writing the
 * document again after one edit costs the path's length, not the document's. On the largest
 * sample (545 kB of JSON) that turns a 25–35 ms task after each pause in typing into well under
 * a millisecond (docs/benchmarks.md). The text is exactly `JSON.stringify(value)`'s; a value with
 * `toJSON` (not found in parsed JSON) is left to `JSON.stringify`.
 */
const known = new WeakMap<object, string>();

export function compactJson(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const kept = known.get(value);
  if (kept !== undefined) return kept;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value);
  let out: string;
  if (Array.isArray(value)) {
    out = `[${value.map((v) => compactJson(v) ?? 'null').join(',')}]`;
  } else {
    const parts: string[] = [];
    for (const key of Object.keys(value)) {
      const text = compactJson((value as Record<string, unknown>)[key]);
      if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
    }
    out = `{${parts.join(',')}}`;
  }
  known.set(value, out);
  return out;
}
