/**
 * Undo and redo over whole documents (the edits share structure, so a step costs little).
 * Typing into one field is one step, not one per key: a change to the same field within a
 * second of the last joins it.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The field the last step changed, and when: typing there again joins that step. */
  readonly lastKey?: string | undefined;
  readonly lastAt?: number | undefined;
}

/** How many steps back are kept. */
export const HISTORY_LIMIT = 200;
/** Changes to one field closer together than this are one step. */
export const JOIN_MS = 1000;

export const startHistory = <T>(present: T): History<T> => ({ past: [], present, future: [] });

/** The history after a change; `key` names the field, so keystrokes in it join one step. */
export function record<T>(h: History<T>, next: T, key?: string, now = Date.now()): History<T> {
  if (next === h.present) return h;
  const join = key !== undefined && key === h.lastKey && h.lastAt !== undefined && now - h.lastAt < JOIN_MS;
  return {
    past: join ? h.past : [...h.past, h.present].slice(-HISTORY_LIMIT),
    present: next,
    future: [],
    lastKey: key,
    lastAt: now,
  };
}

export function undo<T>(h: History<T>): History<T> {
  const previous = h.past.at(-1);
  if (h.past.length === 0) return h;
  return { past: h.past.slice(0, -1), present: previous as T, future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  return { past: [...h.past, h.present], present: h.future[0] as T, future: h.future.slice(1) };
}
