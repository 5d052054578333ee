/**
 * What `JSON.parse` accepts without a word: nesting deep enough to overflow any recursive
 * walk of the value (zod's error paths, JSON.stringify, String()). Found with an explicit
 * stack, so no depth of input can reach the call stack's limit, in time linear in the input.
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
