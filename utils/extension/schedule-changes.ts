/**
 * What changed in a saved hospital's next 14 days between two versions of its feed
 * (extension.md, Background: notify when a notice is new or changed, or a weekend or
 * holiday session is added or removed). One list per hospital, for one notification.
 */
import { formatDate, type DayNumber } from '../date/civil';
import type { Feed } from '../feed/schema';
import type { LocalText } from '../i18n/local-text';
import { ScheduleEngine } from '../schedule/engine';

export type ScheduleChange =
  | { kind: 'notice-added' | 'notice-changed'; noticeId: string; title: LocalText }
  | { kind: 'session-added' | 'session-removed'; date: string; department: string; start: string; end: string };

const key = (s: { date: string; department: string; start: string; end: string; clinicType: string }) => `${s.date} ${s.department} ${s.start}-${s.end} ${s.clinicType}`;

/** Changes within [from, from + days) that a patient would want to hear about. */
export function scheduleChanges(before: Feed, after: Feed, from: DayNumber, days = 14): ScheduleChange[] {
  const changes: ScheduleChange[] = [];
  const last = from + days - 1;
  const inWindow = (date: string) => date >= formatDate(from) && date <= formatDate(last);
  const oldNotices = new Map((before.schedule.notices ?? []).map((n) => [n.id, JSON.stringify(n)]));
  for (const n of after.schedule.notices ?? []) {
    if (!n.entries.some((e) => inWindow(e.date))) continue;
    const old = oldNotices.get(n.id);
    if (old === undefined) changes.push({ kind: 'notice-added', noticeId: n.id, title: n.title });
    else if (old !== JSON.stringify(n)) changes.push({ kind: 'notice-changed', noticeId: n.id, title: n.title });
  }
  const a = new ScheduleEngine(before);
  const b = new ScheduleEngine(after);
  const sessions = (engine: ScheduleEngine) => {
    const map = new Map<string, { date: string; department: string; start: string; end: string }>();
    for (let day = from; day <= last; day++) {
      const info = engine.dayInfo(day);
      if (info.dayType !== 'weekend' && info.dayType !== 'holiday') continue;
      for (const s of engine.resolveDay(day, { includeAlwaysOpen: false })) map.set(key(s), { date: s.date, department: s.department, start: s.start, end: s.end });
    }
    return map;
  };
  const was = sessions(a);
  const now = sessions(b);
  for (const [k, s] of now) if (!was.has(k)) changes.push({ kind: 'session-added', ...s });
  for (const [k, s] of was) if (!now.has(k)) changes.push({ kind: 'session-removed', ...s });
  return changes;
}
