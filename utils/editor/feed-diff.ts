/**
 * What changed between the published feed and the draft, as a list a webmaster can read before
 * replacing the file on the site: each change with its JSON Pointer (in the draft, or in the
 * published feed for what was removed). Lists whose items all carry an `id` (departments,
 * notices, guide items) are matched by id, so inserting one department is one change, not a
 * change of every department after it.
 */
import { isObject, pointer } from './edit-path';

export interface Change {
  kind: 'added' | 'removed' | 'changed';
  /** JSON Pointer of the place: in the draft (added, changed) or the published feed (removed). */
  path: string;
  before?: unknown;
  after?: unknown;
}

/** At most this many changes are listed (the count beyond is given by `more`). */
export const DIFF_LIMIT = 500;
/** How far ahead an unchanged item of a list without ids is looked for. */
const ALIGN_WINDOW = 64;

const idOf = (v: unknown) => (isObject(v) && typeof v.id === 'string' ? v.id : undefined);

function keyed(list: readonly unknown[]): Map<string, number> | undefined {
  const map = new Map<string, number>();
  for (const [i, v] of list.entries()) {
    const id = idOf(v);
    if (id === undefined || map.has(id)) return undefined;
    map.set(id, i);
  }
  return map;
}

export function feedDiff(before: unknown, after: unknown, limit = DIFF_LIMIT): { changes: Change[]; more: number } {
  const changes: Change[] = [];
  let more = 0;
  const push = (c: Change) => (changes.length < limit ? changes.push(c) : more++);
  const walk = (a: unknown, b: unknown, at: (string | number)[], from: (string | number)[]) => {
    if (a === b) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      const ka = keyed(a);
      const kb = keyed(b);
      if (ka && kb && (a.length || b.length)) {
        for (const [id, i] of kb) {
          const j = ka.get(id);
          if (j === undefined) push({ kind: 'added', path: pointer([...at, i]), after: b[i] });
          else walk(a[j], b[i], [...at, i], [...from, j]);
        }
        for (const [id, j] of ka) if (!kb.has(id)) push({ kind: 'removed', path: pointer([...from, j]), before: a[j] });
        return;
      }
      // Without ids, items are aligned by their content: one session inserted is one change,
      // not a change of every session after it. Items equal in both are matched within a window.
      const ka2 = a.map((x) => JSON.stringify(x));
      const kb2 = b.map((x) => JSON.stringify(x));
      let i = 0;
      let j = 0;
      while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && ka2[i] === kb2[j]) {
          i++;
          j++;
          continue;
        }
        const inB = i < a.length ? kb2.indexOf(ka2[i]!, j) : -1;
        const inA = j < b.length ? ka2.indexOf(kb2[j]!, i) : -1;
        const near = (k: number, from0: number) => k >= 0 && k - from0 <= ALIGN_WINDOW;
        if (j < b.length && near(inB, j) && (!near(inA, i) || inB - j <= inA - i)) {
          // b[j..inB) were inserted before a[i]
          for (; j < inB; j++) push({ kind: 'added', path: pointer([...at, j]), after: b[j] });
        } else if (i < a.length && near(inA, i)) {
          for (; i < inA; i++) push({ kind: 'removed', path: pointer([...from, i]), before: a[i] });
        } else if (i < a.length && j < b.length) {
          walk(a[i], b[j], [...at, j], [...from, i]);
          i++;
          j++;
        } else if (j < b.length) {
          push({ kind: 'added', path: pointer([...at, j]), after: b[j] });
          j++;
        } else {
          push({ kind: 'removed', path: pointer([...from, i]), before: a[i] });
          i++;
        }
      }
      return;
    }
    if (isObject(a) && isObject(b)) {
      for (const k of Object.keys(b)) {
        if (!(k in a)) push({ kind: 'added', path: pointer([...at, k]), after: b[k] });
        else walk(a[k], b[k], [...at, k], [...from, k]);
      }
      for (const k of Object.keys(a))
        if (!(k in b)) push({ kind: 'removed', path: pointer([...from, k]), before: a[k] });
      return;
    }
    if (JSON.stringify(a) !== JSON.stringify(b)) push({ kind: 'changed', path: pointer(at), before: a, after: b });
  };
  walk(before, after, [], []);
  return { changes, more };
}
