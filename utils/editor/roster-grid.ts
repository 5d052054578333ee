/**
 * The weekly roster (`schedule.regular`) as the office thinks of it: a grid of departments ×
 * weekdays with sessions in the cells. A session of the feed may run on several days; editing
 * it in one cell splits that day off into a session of its own, so the other days keep what
 * they had. Sessions are plain JSON here (the draft may not be a valid feed yet), and every
 * field the grid does not show (doctor, capacity, seasons, a hospital's own) rides along.
 */
import { WEEKDAYS, type Weekday } from '../date/civil';

type Session = Record<string, unknown>;

/** One session as shown in one cell: the feed's index of it and how many days it spans. */
export interface CellSession {
  index: number;
  start: string;
  end: string;
  clinicType: string | undefined;
  /** Other days the same feed session also runs on (editing here splits this day off). */
  alsoOn: Weekday[];
  /** A seasonal session (validFrom / validThrough): shown, marked. */
  seasonal: boolean;
}

const daysOf = (s: Session): Weekday[] =>
  Array.isArray(s.days) ? (s.days.filter((d) => (WEEKDAYS as readonly unknown[]).includes(d)) as Weekday[]) : [];
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const sortDays = (days: Iterable<Weekday>) => WEEKDAYS.filter((d) => new Set(days).has(d));

/** The sessions of one department on one weekday, earliest first (one cell of rosterCells). */
export function cellSessions(regular: readonly Session[], department: string, day: Weekday): CellSession[] {
  return rosterCells(regular).get(department)?.[day] ?? [];
}

/** The department ids the roster names that the list of departments does not (shown as rows too). */
export function strayDepartments(regular: readonly Session[], known: readonly string[]): string[] {
  const seen = new Set(known);
  const out: string[] = [];
  for (const s of regular) {
    const id = str(s.department);
    if (!seen.has(id)) {
      seen.add(id);
      out.push(id);
    }
  }
  return out;
}

/**
 * The roster with the session at `index` changed on `day` only: a one-day session is changed
 * in place; a session of several days loses `day`, and a copy on `day` alone with the change
 * follows it.
 */
export function changeCellSession(
  regular: readonly Session[],
  index: number,
  day: Weekday,
  patch: Readonly<Record<string, unknown>>,
): Session[] {
  const s = regular[index];
  if (!s) return [...regular];
  const apply = (base: Session) => {
    const next: Session = { ...base };
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '') delete next[k];
      else next[k] = v;
    }
    return next;
  };
  const days = daysOf(s);
  if (days.length <= 1) return regular.map((x, i) => (i === index ? apply(x) : x));
  const rest = { ...s, days: days.filter((d) => d !== day) };
  const own = apply({ ...s, days: [day] });
  return [...regular.slice(0, index), rest, own, ...regular.slice(index + 1)];
}

/** The roster with a new session for `department` on `day`. */
export function addCellSession(
  regular: readonly Session[],
  department: string,
  day: Weekday,
  session: { start: string; end: string; clinicType?: string },
): Session[] {
  const added: Session = { department, days: [day], start: session.start, end: session.end };
  if (session.clinicType && session.clinicType !== 'general') added.clinicType = session.clinicType;
  return [...regular, added];
}

/** The roster without the session at `index` on `day` (the session's other days keep it). */
export function removeCellSession(regular: readonly Session[], index: number, day: Weekday): Session[] {
  const s = regular[index];
  if (!s) return [...regular];
  const days = daysOf(s).filter((d) => d !== day);
  if (days.length === 0) return regular.filter((_, i) => i !== index);
  return regular.map((x, i) => (i === index ? { ...x, days } : x));
}

/** The roster with `to`'s week made the same as `from`'s (its own sessions replaced). */
export function copyRow(regular: readonly Session[], from: string, to: string): Session[] {
  if (from === to) return [...regular];
  const kept = regular.filter((s) => s.department !== to);
  const copies = regular.filter((s) => s.department === from).map((s) => ({ ...s, department: to }));
  return [...kept, ...copies];
}

/**
 * The roster with weekday `to` made the same as `from` for the listed departments (all when
 * none are listed): `to` leaves every session it was in, then joins every session `from` is in.
 */
export function copyDay(
  regular: readonly Session[],
  from: Weekday,
  to: Weekday,
  departments?: readonly string[],
): Session[] {
  if (from === to) return [...regular];
  const inScope = (s: Session) => !departments || departments.includes(str(s.department));
  const out: Session[] = [];
  for (const s of regular) {
    if (!inScope(s)) {
      out.push(s);
      continue;
    }
    const days = daysOf(s);
    const has = (d: Weekday) => days.includes(d);
    if (has(from)) out.push({ ...s, days: sortDays([...days, to]) });
    else if (has(to)) {
      const left = days.filter((d) => d !== to);
      if (left.length) out.push({ ...s, days: left });
    } else out.push(s);
  }
  return out;
}

/** Every cell at once (one pass over the roster): department → weekday → its sessions, earliest first. */
export function rosterCells(regular: readonly Session[]): Map<string, Record<Weekday, CellSession[]>> {
  const out = new Map<string, Record<Weekday, CellSession[]>>();
  const row = (department: string) => {
    let r = out.get(department);
    if (!r) {
      r = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
      out.set(department, r);
    }
    return r;
  };
  regular.forEach((s, index) => {
    const days = daysOf(s);
    for (const day of days)
      row(str(s.department))[day].push({
        index,
        start: str(s.start),
        end: str(s.end),
        clinicType: typeof s.clinicType === 'string' ? s.clinicType : undefined,
        alsoOn: days.filter((d) => d !== day),
        seasonal: s.validFrom !== undefined || s.validThrough !== undefined,
      });
  });
  for (const r of out.values())
    for (const day of WEEKDAYS) r[day].sort((a, b) => a.start.localeCompare(b.start) || a.index - b.index);
  return out;
}
