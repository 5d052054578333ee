/**
 * "Open when" (extension.md, Dashboard › Open when): form#open-when with a date (default: the
 * next weekend day) and a department query; #open-when-results holds, per saved hospital, the
 * day's type, holiday name and pending-calendar warning, and each matching department open that
 * day as [data-department-id] with its sessions, basis and notice links. All in the light DOM.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { nationalCalendar } from '../../utils/calendar/holiday-calendar';
import { type DayNumber, formatDate, parseDate, yearOf } from '../../utils/date/civil';
import { type OpenDepartment, openWhen, type QuickDate, quickDates } from '../../utils/extension/open-when';
import type { SavedFeed } from '../../utils/extension/saved-feeds';
import type { ClinicTypeDefinition, Notice } from '../../utils/feed/schema';
import { formatDayLabel } from '../../utils/i18n/format';
import { type Lang, textIn } from '../../utils/i18n/local-text';
import { dayTypeLabel, pendingLabel } from '../../utils/i18n/schedule-labels';
import { t } from '../../utils/i18n/strings';
import { dashboardText } from '../../utils/i18n/strings-extension';
import { keyed } from '../keyed';
import { SessionLine } from '../SessionLine';
import { DataAge } from './DataAge';
import { savedName } from './SavedHospitals';

export interface OpenWhenProps {
  saved: readonly SavedFeed[];
  lang: Lang;
  now: number;
  /** The form's first date (the next weekend day). */
  defaultDay: DayNumber;
  /** Today in China's zone: where the quick dates start. */
  today: DayNumber;
}

export function OpenWhen({ saved, lang, now, defaultDay, today }: OpenWhenProps) {
  const form = useRef<HTMLFormElement>(null);
  // Results appear once asked, so the page's only [data-hospital-id] elements until then are the saved list's.
  const [asked, setAsked] = useState<{ date: string; q: string } | undefined>();
  const [badDate, setBadDate] = useState<string | undefined>();
  const day = (asked && parseDate(asked.date)) ?? defaultDay;
  const d = (key: Parameters<typeof dashboardText>[1], params?: Record<string, string | number>) =>
    dashboardText(lang, key, params);
  const query = asked?.q;
  const results = useMemo(() => {
    if (query === undefined) return undefined;
    const withData = saved.filter(
      (s): s is SavedFeed & Required<Pick<SavedFeed, 'feed' | 'engine'>> =>
        s.feed !== undefined && s.engine !== undefined,
    );
    return new Map(openWhen(withData, day, query).map((r) => [r.hospitalId, r]));
  }, [saved, day, query]);
  return (
    <>
      <form
        id="open-when"
        ref={form}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const date = String(data.get('date') ?? '').trim();
          if (parseDate(date) === undefined) return setBadDate(d('badDate', { value: date.slice(0, 40) }));
          setBadDate(undefined);
          setAsked({ date, q: String(data.get('q') ?? '') });
        }}
      >
        <label class="field">
          <span>{d('dateLabel')}</span>
          <input
            name="date"
            type="date"
            defaultValue={formatDate(defaultDay)}
            required
            aria-invalid={badDate ? 'true' : undefined}
            aria-describedby="open-when-status"
          />
        </label>
        <label class="field">
          <span>{d('queryLabel')}</span>
          <input name="q" type="search" placeholder={d('queryHint')} />
        </label>
        <button type="submit">{d('search')}</button>
        <QuickDates
          today={today}
          lang={lang}
          onPick={(date) => {
            const el = form.current;
            if (!el) return;
            (el.elements.namedItem('date') as HTMLInputElement).value = date;
            el.requestSubmit();
          }}
        />
        <p id="open-when-status" class={badDate ? 'status error' : 'status'} role="status">
          {badDate}
        </p>
      </form>
      <div id="open-when-results" aria-live="polite" data-date={asked?.date} data-q={asked?.q}>
        {saved.length === 0 && <p class="empty">{d('noSavedForQuery')}</p>}
        {results &&
          saved.map((entry) => {
            const id = entry.hospital.id;
            const result = results.get(id);
            if (!result)
              return (
                <section key={id} class="hospital" data-hospital-id={id}>
                  <h3>{savedName(entry, lang)}</h3>
                  <p class="none">{d('noneOpenNoData')}</p>
                </section>
              );
            const { day: info, departments, unknown, emergencyOnly, feed, noticesById: notices } = result;
            const nameOf = (id: string) => {
              const dept = feed.departments.find((x) => x.id === id);
              return dept && textIn(dept.name, lang);
            };
            const lineProps = { lang, notices, clinicTypes: feed.schedule.clinicTypes, departmentName: nameOf };
            const pending = pendingLabel(info, lang);
            return (
              <section key={id} class="hospital" data-hospital-id={id} data-day-type={info.dayType}>
                <h3>
                  <a href={`#/hospital/${encodeURIComponent(id)}`}>{textIn(feed.hospital.name, lang)}</a>
                </h3>
                <p class="meta">
                  <span class="day-type">
                    {d('dayIs', {
                      day: formatDayLabel(info.day, lang),
                      type: dayTypeLabel(info, lang) || t(lang, 'dayWorkday'),
                    })}
                  </span>{' '}
                  <DataAge fetchedAt={entry.fetchedAt} feed={entry.feed} now={now} lang={lang} />
                </p>
                {pending && (
                  <p class="pending" role="note">
                    {pending}
                  </p>
                )}
                {departments.length === 0 ? (
                  <p class="none">{d('noneOpen')}</p>
                ) : (
                  <DepartmentLines departments={departments} idAttribute="data-department-id" {...lineProps} />
                )}
                {unknown.length > 0 && (
                  <>
                    <h4 class="apart unknown">{d('unknownHeading')}</h4>
                    <DepartmentLines
                      departments={unknown}
                      idAttribute="data-unknown-department-id"
                      apart
                      {...lineProps}
                    />
                  </>
                )}
                {emergencyOnly.length > 0 && (
                  <>
                    <h4 class="apart emergency">{d('emergencyHeading')}</h4>
                    <DepartmentLines
                      departments={emergencyOnly}
                      idAttribute="data-emergency-department-id"
                      apart
                      {...lineProps}
                    />
                  </>
                )}
              </section>
            );
          })}
      </div>
    </>
  );
}

interface DepartmentLinesProps {
  departments: readonly OpenDepartment[];
  /** The attribute naming each department: open ones, not announced ones and emergency-only ones apart. */
  idAttribute: 'data-department-id' | 'data-unknown-department-id' | 'data-emergency-department-id';
  apart?: boolean;
  lang: Lang;
  notices: ReadonlyMap<string, Notice>;
  clinicTypes: readonly ClinicTypeDefinition[] | undefined;
  departmentName: (id: string) => string | undefined;
}

/** One group of departments, each with every line of its day. */
function DepartmentLines({ departments, idAttribute, apart, lang, ...line }: DepartmentLinesProps) {
  return (
    <ul class={apart ? 'departments apart' : 'departments'}>
      {departments.map(({ department, lines }) => (
        <li key={department.id} {...{ [idAttribute]: department.id }}>
          <strong>{textIn(department.name, lang)}</strong>
          <ul class="sessions">
            {keyed(lines, (l) => `${l.status} ${l.start}-${l.end} ${l.status === 'open' ? l.clinicType : ''}`).map(
              ([key, l]) => (
                <SessionLine key={key} session={l} lang={lang} {...line} />
              ),
            )}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** One-click dates: the coming weekend and the next holiday's days off and make-up workdays, by name. */
function QuickDates({ today, lang, onPick }: { today: DayNumber; lang: Lang; onPick: (date: string) => void }) {
  const choices = useMemo(() => quickDates(today, nationalCalendar()), [today]);
  const d = (key: Parameters<typeof dashboardText>[1], params?: Record<string, string | number>) =>
    dashboardText(lang, key, params);
  const label = (q: QuickDate) => {
    const day = formatDayLabel(q.day, lang);
    if (q.kind === 'weekend') return d('quickWeekend', { day });
    const name = q.name === undefined ? '' : textIn(q.name, lang);
    return d(q.kind === 'off' ? 'quickOff' : 'quickMakeup', { name, day });
  };
  const pendingYear = choices.find((q) => q.kind !== 'weekend' && q.pending);
  return (
    <fieldset class="quick-dates">
      <legend>{d('quickDates')}</legend>
      <ul>
        {choices.map((q) => (
          <li key={q.day}>
            <button
              type="button"
              class={`quick ${q.kind}`}
              data-quick-date={formatDate(q.day)}
              onClick={() => onPick(formatDate(q.day))}
            >
              {label(q)}
            </button>
          </li>
        ))}
      </ul>
      {pendingYear && <p class="pending">{d('quickPending', { year: yearOf(pendingYear.day) })}</p>}
    </fieldset>
  );
}
