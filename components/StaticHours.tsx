/**
 * The hours of the next fifteen days, every day at once, for a page read without scripts (the
 * pre-rendered widget's <noscript> and the static site). Compact, since it is fifteen days of
 * every department: each day's heading says whether it is a weekend, a holiday (with its name)
 * or a make-up workday, and whether the year's calendar is pending; then one line per open
 * department with its sessions (上午（具体时间未公布） where the times were not published), one
 * line each for the services open around the clock, emergencies only, 未公布 and 停诊, and the
 * notices the day follows as links. Every department named carries data-department-id and
 * data-status, as in the hours view. Then where the data came from, with a link to the feed.
 */
import { type ComponentChild, Fragment } from 'preact';
import type { DayNumber } from '../utils/date/civil';
import { noticesById } from '../utils/feed/notices-by-id';
import { safeHref } from '../utils/feed/safe-href';
import type { Department, Notice } from '../utils/feed/schema';
import { formatDayLabel } from '../utils/i18n/format';
import { textIn } from '../utils/i18n/local-text';
import { clinicTypeLabel, dayTypeLabel, markLabel, pendingLabel } from '../utils/i18n/schedule-labels';
import { t } from '../utils/i18n/strings';
import type { LineStatus } from '../utils/schedule/engine';
import { type DayList, dayDepartments } from './DayDepartments';
import { firstDay, HOURS_DAYS } from './HoursView';
import { lineTime } from './SessionLine';
import type { WidgetModel } from './Widget';

const GROUP_WORDS: Record<Exclude<LineStatus, 'open'>, 'statusEmergencyOnly' | 'statusUnknown' | 'statusClosed'> = {
  'emergency-only': 'statusEmergencyOnly',
  unknown: 'statusUnknown',
  closed: 'statusClosed',
};

/** Items with `sep` between them. */
const joined = (items: ComponentChild[], sep: string) =>
  items.map((item, i) => (
    <Fragment key={i}>
      {i > 0 && sep}
      {item}
    </Fragment>
  ));

function Day({ model, day, notices }: { model: WidgetModel; day: DayNumber; notices: ReadonlyMap<string, Notice> }) {
  const lang = model.lang;
  const feed = model.data!.feed;
  const info = model.engine!.dayInfo(day);
  const kind = dayTypeLabel(info, lang);
  const pending = pendingLabel(info, lang);
  const list: DayList = dayDepartments(model, day, '');
  const sep = lang === 'en' ? ', ' : '、';
  const followed = new Map<string, Notice>();
  for (const lines of list.byDepartment.values())
    for (const l of lines) {
      const notice = l.basis.startsWith('notice:') ? notices.get(l.basis.slice(7)) : undefined;
      if (notice) followed.set(notice.id, notice);
    }
  const name = (d: Department, status: LineStatus) => (
    <span class="cc-dept-name" data-department-id={d.id} data-status={status}>
      {textIn(d.name, lang)}
    </span>
  );
  return (
    <section class={`cc-static-day cc-day-${info.dayType}`} data-date={info.date}>
      <h4 class="cc-dayhead">
        {formatDayLabel(day, lang)}
        {kind && <span class="cc-day-kind"> · {kind}</span>}
      </h4>
      {pending && (
        <p class="cc-pending" role="note">
          {pending}
        </p>
      )}
      <ul class="cc-static-lines">
        {list.groups[0]!.departments.map((d) => (
          <li key={d.id} data-status="open">
            {name(d, 'open')}{' '}
            {(list.byDepartment.get(d.id) ?? [])
              .map(
                (l) =>
                  `${lineTime(l, lang)} ${
                    l.status === 'open'
                      ? clinicTypeLabel(l.clinicType, lang, feed.schedule.clinicTypes)
                      : markLabel(l, lang, feed.schedule.clinicTypes)
                  }`,
              )
              .join(lang === 'en' ? '; ' : '，')}
          </li>
        ))}
        {list.always.length > 0 && (
          <li data-status="open">
            <strong>{t(lang, 'alwaysOpen')}</strong>
            {lang === 'en' ? ': ' : '：'}
            {joined(
              list.always.map((d) => name(d, 'open')),
              sep,
            )}
          </li>
        )}
        {list.groups.slice(1).map(
          ({ status, departments }) =>
            departments.length > 0 && (
              <li key={status} data-status={status}>
                <strong>{t(lang, GROUP_WORDS[status as Exclude<LineStatus, 'open'>])}</strong>
                {lang === 'en' ? ': ' : '：'}
                {joined(
                  departments.map((d) => name(d, status)),
                  sep,
                )}
              </li>
            ),
        )}
      </ul>
      {followed.size > 0 && (
        <p class="cc-static-basis">
          {joined(
            [...followed.values()].map((n) => {
              const href = safeHref(n.url);
              const title = textIn(n.title, lang);
              return href ? (
                <a key={n.id} href={href}>
                  {title}
                </a>
              ) : (
                title
              );
            }),
            sep,
          )}
        </p>
      )}
    </section>
  );
}

export function StaticHours({ model, feedUrl }: { model: WidgetModel; feedUrl?: string }) {
  const lang = model.lang;
  const feed = model.data!.feed;
  const first = firstDay(model);
  const notices = noticesById(feed);
  // The feed's address as given (a relative one stays relative to the page), when it is http(s).
  const link = feedUrl && safeHref(feedUrl, 'http://page.invalid/') ? feedUrl : undefined;
  return (
    <section class="cc-static" aria-label={t(lang, 'staticHours')}>
      <h3 class="cc-static-title">{t(lang, 'staticHours')}</h3>
      {Array.from({ length: HOURS_DAYS }, (_, i) => first + i).map((day) => (
        <Day key={day} model={model} day={day} notices={notices} />
      ))}
      <p class="cc-muted cc-static-source">
        {t(lang, 'staticAsOf', { updatedAt: feed.updatedAt })}
        {link && (
          <>
            {' · '}
            <a href={link}>{t(lang, 'feedLink')}</a>
          </>
        )}
      </p>
    </section>
  );
}
