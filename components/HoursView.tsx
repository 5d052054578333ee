/**
 * Hours: today (or the `date` attribute) and the next 14 days. Weekend and holiday days are
 * marked in words (not colour alone), with the holiday's name, 未公布 where the hospital has
 * not said what runs, and a pending-calendar warning. For the chosen day every department is
 * one element (part="department", data-department-id, data-status: open, emergency-only,
 * unknown, closed): always-open services first, then open departments with their sessions,
 * basis and notice link, then those with emergencies only, not announced, and closed.
 * Nothing that is not open reads like a session: it says 未公布 / 仅急诊 / 停诊 in words.
 * A search field (part="filter") narrows the departments by name, category or campus.
 */
import { useMemo } from 'preact/hooks';
import { type DayNumber, parseDate } from '../utils/date/civil';
import { noticesById } from '../utils/feed/notices-by-id';
import { formatDayLabel, formatMonthDay, formatWeekday } from '../utils/i18n/format';
import { dayTypeLabel, pendingLabel } from '../utils/i18n/schedule-labels';
import { t } from '../utils/i18n/strings';
import { DayDepartmentList, dayDepartments } from './DayDepartments';
import { DepartmentFilter, wantsFilter } from './DepartmentFilter';
import type { ViewModel, WidgetModel } from './Widget';

export const HOURS_DAYS = 15;

/** The day the hours and slots views open on: the `date` attribute, else today in the feed's zone. */
export function firstDay(model: WidgetModel): DayNumber {
  const date = model.date;
  return (date ? parseDate(date) : undefined) ?? model.engine!.today(model.now);
}

export function HoursView({ model }: { model: ViewModel }) {
  const lang = model.lang;
  const feed = model.data!.feed;
  const engine = model.engine!;
  const today = engine.today(model.now);
  const first = firstDay(model);
  const selected = model.day;
  const notices = useMemo(() => noticesById(feed), [feed]);
  const wanted = model.departments;
  const days = Array.from({ length: HOURS_DAYS }, (_, i) => first + i);
  // The strip's 未公布 marks: resolved once per feed, first day and departments, not on every render (a click on a day).
  const wantedKey = wanted?.join(' ');
  const unknownDays = useMemo(() => {
    const only = wantedKey ? { departments: wantedKey.split(' ') } : undefined;
    const out = new Set<DayNumber>();
    for (let day = first; day < first + HOURS_DAYS; day++) {
      if (engine.resolveLines(day, only).some((l) => l.status === 'unknown')) out.add(day);
    }
    return out;
  }, [engine, first, wantedKey]);
  const info = engine.dayInfo(selected);
  const list = dayDepartments(model, selected, model.query);
  const pending = pendingLabel(info, lang);
  const kind = dayTypeLabel(info, lang);

  return (
    <section class="cc-hours" aria-label={t(lang, 'tabHours')}>
      {/* biome-ignore lint/a11y/useSemanticElements: a scrolling strip of toggle buttons, not a form; a fieldset is the same group to assistive technology but brings UA border, padding and min-inline-size: min-content, which would stop the strip scrolling in a narrow widget */}
      <div class="cc-days" role="group" aria-label={t(lang, 'chooseDay')} part="days">
        {days.map((day) => {
          const dayInfo = engine.dayInfo(day);
          const label = dayTypeLabel(dayInfo, lang);
          const unknown = unknownDays.has(day);
          return (
            <button
              key={day}
              type="button"
              class={`cc-day cc-day-${dayInfo.dayType}`}
              part="day"
              aria-pressed={day === selected}
              data-date={dayInfo.date}
              data-unknown={unknown ? 'true' : undefined}
              onClick={() => model.chooseDay(day)}
            >
              <span class="cc-day-week">{day === today ? t(lang, 'today') : formatWeekday(day, lang)}</span>
              <span class="cc-day-date">{formatMonthDay(day, lang)}</span>
              {label && <span class="cc-day-kind">{label}</span>}
              {unknown && <span class="cc-day-unknown">{t(lang, 'statusUnknown')}</span>}
            </button>
          );
        })}
      </div>
      <h3 class="cc-dayhead" part="day-heading">
        {formatDayLabel(selected, lang)}
        {kind && <span class="cc-kind"> · {kind}</span>}
      </h3>
      {pending && (
        <p class="cc-pending" role="note" part="pending">
          {pending}
        </p>
      )}
      {wantsFilter(model) && <DepartmentFilter model={model} found={list.found} />}
      <DayDepartmentList list={list} lang={lang} feed={feed} notices={notices} query={model.query} />
    </section>
  );
}
