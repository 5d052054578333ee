/**
 * Renaming a department's id where the feed refers to it (the roster, always-open services,
 * notices, waits, slots), so changing an id in the editor never leaves a session pointing at a
 * department that no longer exists. Nothing is renamed onto an id another department has.
 */
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

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

/** How many places refer to department `id` (so removing it can say what would be left dangling). */
export function departmentUses(feed: unknown, id: string): number {
  if (!isObject(feed)) return 0;
  let n = 0;
  const count = (list: unknown) => {
    if (Array.isArray(list)) for (const x of list) if (isObject(x) && x.department === id) n++;
  };
  const s = isObject(feed.schedule) ? feed.schedule : {};
  count(s.regular);
  count(s.alwaysOpen);
  count(feed.waitTimes);
  count(feed.slots);
  if (Array.isArray(s.notices))
    for (const notice of s.notices)
      if (isObject(notice) && Array.isArray(notice.entries))
        for (const e of notice.entries)
          if (isObject(e) && Array.isArray(e.departments) && e.departments.includes(id)) n++;
  return n;
}
