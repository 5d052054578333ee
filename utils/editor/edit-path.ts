/**
 * Edits of a feed as plain JSON, by path: every edit returns a new document that shares all it
 * did not touch, so the editor's undo history is cheap and a field the editor does not know
 * (a newer version's, a hospital's own) is never dropped on the way through.
 */
export type Path = readonly (string | number)[];
export type Json = unknown;

/** A JSON object (not an array, not null): the editor's one test of "a place holding fields". */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a path, or undefined where the path leads nowhere. */
export function getAt(doc: Json, path: Path): unknown {
  let here: unknown = doc;
  for (const key of path) {
    if (Array.isArray(here) && typeof key === 'number') here = here[key];
    else if (isObject(here) && typeof key === 'string') here = here[key];
    else return undefined;
  }
  return here;
}

/** The array at a path, or an empty one where there is none (a list not started yet). */
export function listAt(doc: Json, path: Path): unknown[] {
  const v = getAt(doc, path);
  return Array.isArray(v) ? v : [];
}

/**
 * The document with `value` at `path`: containers missing on the way are made (an array where
 * the next key is a number); `undefined` removes the key (an empty text field is no field, so
 * an optional field left blank is absent, never `""`). Keys keep their order; a new key goes last.
 */
export function setAt<T extends Json>(doc: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const inner =
    rest.length === 0 ? value : setAt(getAt(doc, [key]) ?? (typeof rest[0] === 'number' ? [] : {}), rest, value);
  if (typeof key === 'number') {
    const list = Array.isArray(doc) ? [...doc] : [];
    if (inner === undefined) list.splice(key, 1);
    else list[key] = inner;
    return list as T;
  }
  const object: Record<string, unknown> = isObject(doc) ? { ...doc } : {};
  if (inner === undefined) delete object[key];
  else object[key] = inner;
  return object as T;
}

/** The document with `value` inserted into the array at `path`, at `index` (default: the end). */
export function insertAt<T extends Json>(doc: T, path: Path, value: unknown, index?: number): T {
  const list = getAt(doc, path);
  const next = Array.isArray(list) ? [...list] : [];
  next.splice(index ?? next.length, 0, value);
  return setAt(doc, path, next);
}

/** The document without the array element at `path` + `index`; an emptied optional list stays `[]`. */
export function removeAt<T extends Json>(doc: T, path: Path, index: number): T {
  const list = getAt(doc, path);
  if (!Array.isArray(list) || index < 0 || index >= list.length) return doc;
  return setAt(doc, path, [...list.slice(0, index), ...list.slice(index + 1)]);
}

/** The document with the array element at `index` moved by `by` places (clamped). */
export function moveAt<T extends Json>(doc: T, path: Path, index: number, by: number): T {
  const list = getAt(doc, path);
  if (!Array.isArray(list)) return doc;
  const to = Math.max(0, Math.min(list.length - 1, index + by));
  if (to === index) return doc;
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item);
  return setAt(doc, path, next);
}

/** A path as a JSON Pointer (RFC 6901), as the checker names places. */
export function pointer(path: Path): string {
  return path.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
