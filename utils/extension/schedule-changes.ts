/**
 * What changed in a saved hospital's next 14 days between two versions of its feed
 * (extension.md, Background: notify when a notice is new or changed, or a weekend or
 * holiday session is added or removed). One list per hospital, for one notification.
 */
import { type DayNumber, formatDate } from '../date/civil';
import type { Feed } from '../feed/schema';
import type { LocalText } from '../i18n/local-text';
import { ScheduleEngine } from '../schedule/engine';
import type { SavedHospital } from './saved-hospitals';

export type ScheduleChange =
  | { kind: 'notice-added' | 'notice-changed'; noticeId: string; title: LocalText }
  | { kind: 'session-added' | 'session-removed'; date: string; department: string; start: string; end: string }
  /** A day the hospital has not (or no longer) announced for a department: "10月10日 未公布" is news too. */
  | { kind: 'unknown-added' | 'unknown-removed'; date: string; department: string; start: string; end: string };

const key = (s: { date: string; department: string; start: string; end: string; clinicType: string }) =>
  `${s.date} ${s.department} ${s.start}-${s.end} ${s.clinicType}`;

/** Changes within [from, from + days) that a patient would want to hear about. */
export function scheduleChanges(before: Feed, after: Feed, from: DayNumber, days = 14): ScheduleChange[] {
  const changes: ScheduleChange[] = [];
  const last = from + days - 1;
  const inWindow = (date: string) => date >= formatDate(from) && date <= formatDate(last);
  const oldNotices = new Map((before.schedule.notices ?? []).map((n) => [n.id, JSON.stringify(n)]));
  for (const n of after.schedule.notices ?? []) {
    if (
      !n.entries.some(
        (e) =>
          inWindow(e.date) || (e.through !== undefined && e.date <= formatDate(last) && e.through >= formatDate(from)),
      )
    )
      continue;
    const old = oldNotices.get(n.id);
    if (old === undefined) changes.push({ kind: 'notice-added', noticeId: n.id, title: n.title });
    else if (old !== JSON.stringify(n)) changes.push({ kind: 'notice-changed', noticeId: n.id, title: n.title });
  }
  const a = new ScheduleEngine(before);
  const b = new ScheduleEngine(after);
  type Span = { date: string; department: string; start: string; end: string };
  const lines = (engine: ScheduleEngine) => {
    const open = new Map<string, Span>();
    const unknown = new Map<string, Span>();
    for (let day = from; day <= last; day++) {
      const info = engine.dayInfo(day);
      if (info.dayType === 'workday') continue;
      for (const s of engine.resolveLines(day, { includeAlwaysOpen: false })) {
        const span = { date: s.date, department: s.department, start: s.start, end: s.end };
        if (s.status === 'open') open.set(key(s), span);
        else if (s.status === 'unknown') unknown.set(`${s.date} ${s.department} ${s.start}-${s.end}`, span);
      }
    }
    return { open, unknown };
  };
  const was = lines(a);
  const now = lines(b);
  for (const [k, s] of now.open) if (!was.open.has(k)) changes.push({ kind: 'session-added', ...s });
  for (const [k, s] of was.open) if (!now.open.has(k)) changes.push({ kind: 'session-removed', ...s });
  for (const [k, s] of now.unknown) if (!was.unknown.has(k)) changes.push({ kind: 'unknown-added', ...s });
  for (const [k, s] of was.unknown) if (!now.unknown.has(k)) changes.push({ kind: 'unknown-removed', ...s });
  return changes;
}

/** What one refresh of a saved hospital came to (utils/extension/adapters/refresh.ts does it). */
export interface RefreshResult {
  hospital: SavedHospital;
  /** `updated`: a new good copy is stored; `unchanged`: the publisher confirmed ours; `failed`: ours stays. */
  outcome: 'updated' | 'unchanged' | 'failed';
  /** The failure's code (`network`, `http`, a feed problem code) when it failed. */
  code?: string;
  /** The feed now held (new or kept), when there is one. */
  feed?: Feed;
  /** Changes in the next 14 days, against the copy held before; empty on a first fetch. */
  changes: ScheduleChange[];
}
