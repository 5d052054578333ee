/**
 * What `JSON.parse` accepts without a word: nesting deep enough to overflow any recursive
 * walk of the value (zod's error paths, JSON.stringify, String()), and an object that names
 * a key twice (the last one silently wins). Both are found with explicit stacks, so no
 * depth of input can reach the call stack's limit, in time linear in the input.
 */
import { pointerToken } from './problem-codes';

/**
 * The deepest nesting a feed may have. The format itself needs 7 levels
 * (/guide/items/0/materials/0/name/zh-CN); 64 leaves room for any extra fields a
 * publisher adds while every recursive walk of a value stays far from the stack's limit.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Pointers of the containers nested one level deeper than `maxDepth` (the root is level 1),
 * in document order; their insides are not visited. `shared`: the value may not come from
 * JSON.parse, so an object may be reached twice: it is walked once, and one that contains
 * itself (infinitely deep) is reported where the cycle closes.
 */
export function valueTooDeep(value: unknown, maxDepth = MAX_JSON_DEPTH, shared = false): string[] {
  const out: string[] = [];
  if (value === null || typeof value !== 'object') return out;
  // The containers on the way down, each with its keys (undefined for an array) and the next position.
  const containers: object[] = [value];
  const keys: (string[] | undefined)[] = [Array.isArray(value) ? undefined : Object.keys(value)];
  const next: number[] = [0];
  const seen = shared ? new Set<object>([value]) : undefined;
  const pointer = () => {
    let p = '';
    for (let d = 0; d < containers.length; d++) {
      const at = next[d]! - 1;
      p += `/${pointerToken(keys[d]?.[at] ?? at)}`;
    }
    return p;
  };
  while (containers.length > 0) {
    const top = containers.length - 1;
    const container = containers[top]!;
    const names = keys[top];
    const at = next[top]!;
    if (at >= (names ? names.length : (container as unknown[]).length)) {
      containers.pop();
      keys.pop();
      next.pop();
      continue;
    }
    next[top] = at + 1;
    const item = names ? (container as Record<string, unknown>)[names[at]!] : (container as unknown[])[at];
    if (item === null || typeof item !== 'object') continue;
    if (seen?.has(item)) {
      if (containers.includes(item)) out.push(pointer());
      continue;
    }
    seen?.add(item);
    if (containers.length >= maxDepth) {
      out.push(pointer());
      continue;
    }
    containers.push(item);
    keys.push(Array.isArray(item) ? undefined : Object.keys(item));
    next.push(0);
  }
  return out;
}

export interface DuplicateKeys {
  /** Each repeated key: the pointer of the member (the value JSON.parse kept) and the key. */
  found: { path: string; key: string }[];
  /** Repeats beyond the `max` listed. */
  more: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
/** An object's keys are compared one by one up to this many, then through a Set. */
const LIST_KEYS = 32;

/**
 * The keys that an object of a JSON text names more than once. The text must be one that
 * `JSON.parse` accepted, and no deeper than MAX_JSON_DEPTH (check the parsed value first):
 * the scan never judges syntax. It allocates nothing per key unless keys repeat or an
 * object has very many: keys are compared by a hash of their characters, then as strings.
 */
export function duplicateKeys(text: string, max = Infinity): DuplicateKeys {
  const out: DuplicateKeys = { found: [], more: 0 };
  // Per open container, by depth (1 = the root): object or array, the current element's
  // index (arrays) and the quotes of the current key (objects), for the pointer of a repeat.
  const isObject: boolean[] = [];
  const index: number[] = [];
  const keyOpen: number[] = [];
  const keyClose: number[] = [];
  // The keys of the open objects, innermost last: a hash of each and its quotes; where each
  // object's keys begin; the Set that takes over in an object with very many keys.
  const hashes: number[] = [];
  const opens: number[] = [];
  const closes: number[] = [];
  let count = 0;
  const base: number[] = [];
  const sets: (Set<string> | undefined)[] = [];
  const pointer = (depth: number, key: string) => {
    let p = '';
    for (let d = 1; d < depth; d++)
      p += `/${isObject[d] ? pointerToken(keyText(text, keyOpen[d]!, keyClose[d]!)) : index[d]}`;
    return `${p}/${pointerToken(key)}`;
  };

  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE && !expectKey) i = stringEnd(text, i);
    else if (c === QUOTE) {
      expectKey = false;
      // Read the key here, hashing it; a key with escapes is decoded and hashed as decoded.
      let hash = 0;
      let close = i + 1;
      let escaped = false;
      for (let k = text.charCodeAt(close); k !== QUOTE; k = text.charCodeAt(++close)) {
        if (k === BACKSLASH) {
          escaped = true;
          close = stringEnd(text, i);
          break;
        }
        hash = (Math.imul(hash, 31) + k) | 0;
      }
      let key: string | undefined;
      if (escaped) {
        key = keyText(text, i, close);
        hash = 0;
        for (let q = 0; q < key.length; q++) hash = (Math.imul(hash, 31) + key.charCodeAt(q)) | 0;
      }
      keyOpen[depth] = i;
      keyClose[depth] = close;
      let repeated = false;
      const set = sets[depth];
      if (set) {
        key ??= text.slice(i + 1, close);
        repeated = set.has(key);
        set.add(key);
      } else {
        const first = base[depth]!;
        for (let q = first; q < count; q++) {
          if (hashes[q] !== hash) continue;
          key ??= keyText(text, i, close);
          if (keyText(text, opens[q]!, closes[q]!) === key) {
            repeated = true;
            break;
          }
        }
        if (!repeated && count - first < LIST_KEYS) {
          hashes[count] = hash;
          opens[count] = i;
          closes[count] = close;
          count++;
        } else if (!repeated) {
          const all = new Set<string>();
          for (let q = first; q < count; q++) all.add(keyText(text, opens[q]!, closes[q]!));
          all.add(key ?? keyText(text, i, close));
          sets[depth] = all;
        }
      }
      if (repeated) {
        // Both ways to a repeat have read the key.
        if (out.found.length < max) out.found.push({ path: pointer(depth, key!), key: key! });
        else out.more++;
      }
      i = close;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth++;
      isObject[depth] = c === OPEN_OBJECT;
      index[depth] = 0;
      expectKey = c === OPEN_OBJECT;
      if (expectKey) {
        base[depth] = count;
        sets[depth] = undefined;
      }
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (c === CLOSE_OBJECT) count = base[depth]!;
      depth--;
      expectKey = false;
    } else if (c === COMMA) {
      if (isObject[depth]) expectKey = true;
      else index[depth]!++;
    }
  }
  return out;
}

/** The index of the quote that closes the string opening at `open`. */
function stringEnd(text: string, open: number): number {
  for (let j = text.indexOf('"', open + 1); j >= 0; j = text.indexOf('"', j + 1)) {
    if (text.charCodeAt(j - 1) !== BACKSLASH) return j;
    let k = j - 2;
    while (text.charCodeAt(k) === BACKSLASH) k--;
    // An even run of backslashes escapes itself, not the quote.
    if ((j - 1 - k) % 2 === 0) return j;
  }
  return text.length; // not reached in a text JSON.parse accepted
}

/** The key whose quotes are at `open` and `close`, unescaped. */
function keyText(text: string, open: number, close: number): string {
  const raw = text.slice(open + 1, close);
  return raw.includes('\\') ? (JSON.parse(text.slice(open, close + 1)) as string) : raw;
}
