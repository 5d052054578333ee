/**
 * One day's departments as the hours view lists them, each one element (part="department",
 * data-department-id, data-status: open, emergency-only, unknown, closed): always-open
 * services first, then open departments with their sessions, basis and notice link, then those
 * with emergencies only, not announced, and closed. Nothing that is not open reads like a
 * session: it says 未公布 / 仅急诊 / 停诊 in words. The hours view shows the chosen day; the
 * pre-rendered page without scripts shows each of its fifteen days (StaticHours).
 */
import type { DayNumber } from '../utils/date/civil';
import { searchDepartments } from '../utils/feed/department-search';
import type { Department, Feed, Notice } from '../utils/feed/schema';
import { type Lang, textIn } from '../utils/i18n/local-text';
import { t } from '../utils/i18n/strings';
import type { LineStatus, ResolvedLine } from '../utils/schedule/engine';
import { keyed } from './keyed';
import { lineKey, SessionLine } from './SessionLine';
import type { WidgetModel } from './Widget';

export interface DayList {
  always: Department[];
  groups: { status: LineStatus; departments: Department[] }[];
  byDepartment: Map<string, ResolvedLine[]>;
  /** How many departments are listed. */
  found: number;
}

/** The day's departments (those of `model.departments`, matching `query`), grouped by status. */
export function dayDepartments(model: WidgetModel, day: DayNumber, query: string): DayList {
  const feed = model.data!.feed;
  const engine = model.engine!;
  const wanted = model.departments;
  const byDepartment = new Map<string, ResolvedLine[]>();
  for (const l of engine.resolveLines(day, wanted ? { departments: wanted } : undefined))
    byDepartment.set(l.department, [...(byDepartment.get(l.department) ?? []), l]);
  const covered = feed.departments.filter((d) => !wanted || wanted.includes(d.id));
  const shown = searchDepartments(covered, query, feed.hospital.campuses);
  const always = shown.filter((d) => engine.isAlwaysOpenOn(d.id, day));
  const rest = shown.filter(
    (d) => !engine.isAlwaysOpenOn(d.id, day) && (byDepartment.has(d.id) || engine.isOutpatientOn(d.id, day)),
  );
  const statusOf = (id: string) => departmentStatus(byDepartment.get(id) ?? []);
  const groups = (['open', 'emergency-only', 'unknown', 'closed'] as const).map((status) => ({
    status,
    departments: rest.filter((d) => statusOf(d.id) === status),
  }));
  return { always, groups, byDepartment, found: always.length + rest.length };
}

export function DayDepartmentList({
  list,
  lang,
  feed,
  notices,
  query = '',
}: {
  list: DayList;
  lang: Lang;
  feed: Feed;
  notices: ReadonlyMap<string, Notice>;
  query?: string;
}) {
  const nameOf = (id: string) => {
    const d = feed.departments.find((x) => x.id === id);
    return d && textIn(d.name, lang);
  };
  return (
    <>
      <ul class="cc-depts" part="departments">
        {list.always.map((d) => (
          <li
            key={d.id}
            class="cc-dept cc-always"
            part="department"
            data-department={d.id}
            data-department-id={d.id}
            data-status="open"
          >
            <span class="cc-dept-name">{textIn(d.name, lang)}</span>
            <span class="cc-session">{t(lang, 'alwaysOpen')}</span>
          </li>
        ))}
        {list.groups.flatMap(({ status, departments }) =>
          departments.map((d) => {
            const own = list.byDepartment.get(d.id) ?? [];
            return (
              <li
                key={d.id}
                class={`cc-dept cc-dept-${status}`}
                part="department"
                data-department={d.id}
                data-department-id={d.id}
                data-status={status}
              >
                <span class="cc-dept-name">{textIn(d.name, lang)}</span>
                {status !== 'open' && (
                  <strong class={`cc-dept-status cc-status-${status}`}>{statusWord(status, lang)}</strong>
                )}
                {d.location && <span class="cc-loc">{textIn(d.location, lang)}</span>}
                {own.length > 0 && (
                  <ul class="cc-sessions">
                    {keyed(own, lineKey).map(([key, s]) => (
                      <SessionLine
                        key={key}
                        session={s}
                        lang={lang}
                        notices={notices}
                        clinicTypes={feed.schedule.clinicTypes}
                        departmentName={nameOf}
                      />
                    ))}
                  </ul>
                )}
              </li>
            );
          }),
        )}
      </ul>
      {/* "No clinics this day" only when that is what was published: never over a day left unannounced. */}
      {query.trim() === '' && list.groups[0]!.departments.length === 0 && list.groups[2]!.departments.length === 0 && (
        <p class="cc-muted">{t(lang, 'noSessions')}</p>
      )}
    </>
  );
}

/** A department's day in one word: open when anything is open, else emergencies only, else not announced, else closed. */
export function departmentStatus(lines: readonly ResolvedLine[]): LineStatus {
  if (lines.some((l) => l.status === 'open')) return 'open';
  if (lines.some((l) => l.status === 'emergency-only')) return 'emergency-only';
  if (lines.some((l) => l.status === 'unknown')) return 'unknown';
  return 'closed';
}

function statusWord(status: LineStatus, lang: Lang): string {
  return t(
    lang,
    status === 'unknown' ? 'statusUnknown' : status === 'emergency-only' ? 'statusEmergencyOnly' : 'statusClosed',
  );
}
