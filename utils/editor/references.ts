/**
 * Renaming a department's id where the feed refers to it (the roster, always-open services,
 * notices, waits, slots), so changing an id in the editor never leaves a session pointing at a
 * department that no longer exists. Nothing is renamed onto an id another department has.
 */
import { isObject } from './edit-path';

function mapList(list: unknown, fn: (item: Record<string, unknown>) => Record<string, unknown>): unknown {
  if (!Array.isArray(list)) return list;
  let changed = false;
  const out = list.map((item) => {
    if (!isObject(item)) return item;
    const next = fn(item);
    if (next !== item) changed = true;
    return next;
  });
  return changed ? out : list;
}

const withDepartment = (from: string, to: string) => (item: Record<string, unknown>) =>
  item.department === from ? { ...item, department: to } : item;

/** The feed with every reference to department `from` made to `to`; unchanged when `to` is taken. */
export function renameDepartment<T>(feed: T, from: string, to: string): T {
  if (!isObject(feed) || from === to) return feed;
  const departments = Array.isArray(feed.departments) ? feed.departments : [];
  if (departments.some((d) => isObject(d) && d.id === to)) return feed;
  const next: Record<string, unknown> = { ...feed };
  next.departments = mapList(departments, (d) => (d.id === from ? { ...d, id: to } : d));
  if (isObject(feed.schedule)) {
    const s: Record<string, unknown> = { ...feed.schedule };
    s.regular = mapList(s.regular, withDepartment(from, to));
    s.alwaysOpen = mapList(s.alwaysOpen, withDepartment(from, to));
    s.notices = mapList(s.notices, (n) => {
      const entries = mapList(n.entries, (e) => {
        let out = e;
        if (Array.isArray(e.departments) && e.departments.includes(from))
          out = { ...out, departments: e.departments.map((d) => (d === from ? to : d)) };
        if (isObject(e.referTo) && e.referTo.department === from)
          out = { ...out, referTo: { ...e.referTo, department: to } };
        return out;
      });
      return entries === n.entries ? n : { ...n, entries };
    });
    for (const k of ['regular', 'alwaysOpen', 'notices'] as const) if (feed.schedule[k] === undefined) delete s[k];
    next.schedule = s;
  }
  for (const k of ['waitTimes', 'slots'] as const)
    if (feed[k] !== undefined) next[k] = mapList(feed[k], withDepartment(from, to));
  return next as T;
}

/** How many places refer to each department, in one pass over the feed (the roster, always-open services, waits, slots, notice entries). */
export function departmentUseCounts(feed: unknown): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (id: unknown) => {
    if (typeof id === 'string') counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  if (!isObject(feed)) return counts;
  const each = (list: unknown) => {
    if (Array.isArray(list)) for (const x of list) if (isObject(x)) add(x.department);
  };
  const s = isObject(feed.schedule) ? feed.schedule : {};
  each(s.regular);
  each(s.alwaysOpen);
  each(feed.waitTimes);
  each(feed.slots);
  if (Array.isArray(s.notices))
    for (const notice of s.notices)
      if (isObject(notice) && Array.isArray(notice.entries))
        for (const e of notice.entries)
          if (isObject(e) && Array.isArray(e.departments)) new Set(e.departments).forEach(add);
  return counts;
}

/** How many places refer to department `id` (so removing it can say what would be left dangling). */
export const departmentUses = (feed: unknown, id: string): number => departmentUseCounts(feed).get(id) ?? 0;
