/**
 * The now-line (part="now") in every view's header: whether the hospital's outpatient clinics
 * (or the departments the `department` attribute names) are open now and the next change,
 * in the feed's time zone: 开诊中 · 12:00 停诊 / 已停诊 · 明天 08:00 开诊 / 今日未公布. A day the
 * hospital has not announced never reads as closed: it says so.
 */
import { formatTime } from '../utils/date/civil';
import { wallClockAt } from '../utils/date/zone';
import { formatDayLabel } from '../utils/i18n/format';
import type { Lang } from '../utils/i18n/local-text';
import { t } from '../utils/i18n/strings';
import type { DepartmentFilter, ScheduleEngine } from '../utils/schedule/engine';
import { isOpenAt, nextChange } from '../utils/schedule/open-intervals';

/** The now-line's words and state, or undefined when nothing is known about the coming week. */
export function nowLine(
  engine: ScheduleEngine,
  now: number,
  departments: readonly string[] | undefined,
  lang: Lang,
): { state: 'open' | 'closed' | 'unknown'; text: string } {
  const filter: DepartmentFilter = departments ? { departments } : { includeAlwaysOpen: false };
  const here = wallClockAt(engine.timeZone, now);
  const when = (at: number) => {
    const clock = wallClockAt(engine.timeZone, at);
    const time = formatTime(clock.minute);
    if (clock.day === here.day) return time;
    if (clock.day === here.day + 1) return `${t(lang, 'tomorrow')} ${time}`;
    return `${formatDayLabel(clock.day, lang)} ${time}`;
  };
  const change = nextChange(engine, now, filter, 8);
  if (isOpenAt(engine, now, filter))
    return {
      state: 'open',
      text: t(lang, 'openNow') + (change ? ` · ${t(lang, 'closesAt', { when: when(change.at) })}` : ''),
    };
  const todayRest = engine.resolveLines(here.day, filter).filter((l) => l.endMinute > here.minute);
  const opensToday = change?.open === true && wallClockAt(engine.timeZone, change.at).day === here.day;
  if (!opensToday && todayRest.some((l) => l.status === 'unknown'))
    return { state: 'unknown', text: t(lang, 'todayUnknown') };
  return {
    state: 'closed',
    text: t(lang, 'closedNow') + (change?.open ? ` · ${t(lang, 'opensAt', { when: when(change.at) })}` : ''),
  };
}

export function NowLine({
  engine,
  now,
  departments,
  lang,
}: {
  engine: ScheduleEngine;
  now: number;
  departments: readonly string[] | undefined;
  lang: Lang;
}) {
  const line = nowLine(engine, now, departments, lang);
  return (
    <p class={`cc-now cc-now-${line.state}`} part="now" data-state={line.state}>
      {line.text}
    </p>
  );
}
