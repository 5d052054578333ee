/**
 * Hours: today (or the `date` attribute) and the next 14 days. Weekend and holiday days are
 * marked in words (not colour alone), with the holiday's name and a pending-calendar
 * warning; for the chosen day, every department's sessions with their basis and notice
 * link, always-open services first, closed departments named at the end.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { parseDate, type DayNumber } from '../utils/date/civil';
import { formatDayLabel, formatMonthDay, formatWeekday } from '../utils/i18n/format';
import { textIn } from '../utils/i18n/local-text';
import { dayTypeLabel, pendingLabel } from '../utils/i18n/schedule-labels';
import { t } from '../utils/i18n/strings';
import type { ResolvedSession } from '../utils/schedule/engine';
import { noticesById } from '../utils/feed/notices-by-id';
import { SessionLine } from './SessionLine';
import type { WidgetModel } from './Widget';

export const HOURS_DAYS = 15;

/** The day the hours and slots views open on: the `date` attribute, else today in the feed's zone. */
export function firstDay(model: WidgetModel): DayNumber {
  const date = model.date;
  return (date ? parseDate(date) : undefined) ?? model.engine!.today(model.now);
}

export function HoursView({ model }: { model: WidgetModel }) {
  const lang = model.lang;
  const feed = model.data!.feed;
  const engine = model.engine!;
  const today = engine.today(model.now);
  const first = firstDay(model);
  const [selected, setSelected] = useState<DayNumber>(first);
  useEffect(() => setSelected(first), [first]);
  const notices = useMemo(() => noticesById(feed), [feed]);
  const wanted = model.departments;
  const filter = wanted ? { departments: wanted } : undefined;
  const days = Array.from({ length: HOURS_DAYS }, (_, i) => first + i);
  const info = engine.dayInfo(selected);
  const sessions = engine.resolveDay(selected, filter);
  const byDepartment = new Map<string, ResolvedSession[]>();
  for (const s of sessions) byDepartment.set(s.department, [...(byDepartment.get(s.department) ?? []), s]);
  const shown = feed.departments.filter((d) => !wanted || wanted.includes(d.id));
  const always = shown.filter((d) => engine.alwaysOpen.has(d.id));
  const open = shown.filter((d) => !engine.alwaysOpen.has(d.id) && byDepartment.has(d.id));
  const closed = shown.filter((d) => !engine.alwaysOpen.has(d.id) && !byDepartment.has(d.id));
  const pending = pendingLabel(info, lang);
  const kind = dayTypeLabel(info, lang);

  return (
    <section class="cc-hours" aria-label={t(lang, 'tabHours')}>
      <div class="cc-days" role="group" aria-label={t(lang, 'chooseDay')} part="days">
        {days.map((day) => {
          const dayInfo = engine.dayInfo(day);
          const label = dayTypeLabel(dayInfo, lang);
          return (
            <button
              type="button"
              class={`cc-day cc-day-${dayInfo.dayType}`}
              part="day"
              aria-pressed={day === selected}
              data-date={dayInfo.date}
              onClick={() => setSelected(day)}
            >
              <span class="cc-day-week">{day === today ? t(lang, 'today') : formatWeekday(day, lang)}</span>
              <span class="cc-day-date">{formatMonthDay(day, lang)}</span>
              {label && <span class="cc-day-kind">{label}</span>}
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
      <ul class="cc-depts" part="departments">
        {always.map((d) => (
          <li class="cc-dept cc-always" part="department" data-department={d.id}>
            <span class="cc-dept-name">{textIn(d.name, lang)}</span>
            <span class="cc-session">{t(lang, 'alwaysOpen')}</span>
          </li>
        ))}
        {open.map((d) => (
          <li class="cc-dept" part="department" data-department={d.id}>
            <span class="cc-dept-name">{textIn(d.name, lang)}</span>
            {d.location && <span class="cc-loc">{textIn(d.location, lang)}</span>}
            <ul class="cc-sessions">
              {byDepartment.get(d.id)!.map((s) => (
                <SessionLine session={s} lang={lang} notices={notices} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {open.length === 0 && <p class="cc-muted">{t(lang, 'noSessions')}</p>}
      {closed.length > 0 && (
        <p class="cc-closed" part="closed">
          {t(lang, 'closedDepartments', { names: closed.map((d) => textIn(d.name, lang)).join(lang === 'en' ? ', ' : '、') })}
        </p>
      )}
    </section>
  );
}
