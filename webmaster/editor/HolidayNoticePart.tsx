/**
 * "New holiday notice": the coming holidays from the national calendar (a pending year marked),
 * a date × (all outpatient clinics, departments) table of choices with the shortcuts most
 * hospitals take, and what it makes: each department's days as a table, the notice's text to
 * post, warnings (published late, days left unstated), and the notice added to the draft.
 */
import { signal } from '@preact/signals';
import { NoticeTableView } from '../../components/NoticeTableView';
import { nationalCalendar } from '../../utils/calendar/holiday-calendar';
import { parseDate, WEEKDAYS, type Weekday } from '../../utils/date/civil';
import { formatInstant, todayIn } from '../../utils/date/zone';
import { getAt, isObject } from '../../utils/editor/edit-path';
import type { Feed } from '../../utils/feed/schema';
import { formatDayLabel } from '../../utils/i18n/format';
import { type Lang, textIn } from '../../utils/i18n/local-text';
import { addNotice } from '../../utils/notice/add-notice';
import { noticeTable } from '../../utils/notice/notice-table';
import {
  ALL,
  addScope,
  type ChoiceKind,
  type ComingHoliday,
  choiceAt,
  choose,
  closedExceptEmergency,
  comingHolidays,
  type DayChoice,
  type NoticePlan,
  newPlan,
  planNotice,
  planWarnings,
  removeScope,
  saturdayNoExpert,
} from '../../utils/notice/plan-notice';
import { writeNotice } from '../../utils/notice/write-notice';
import { openNoticeReader } from '../NoticeSection';
import { checked, lang } from '../state';
import { change } from './editor-state';
import { named, useSlice } from './fields';
import { dayName } from './RosterPart';
import { te } from './strings';

const plan = signal<NoticePlan | undefined>(undefined);
const publishedOn = signal('');
const status = signal('');

const zoneOf = (d: unknown) => {
  const z = getAt(d, ['timeZone']);
  return typeof z === 'string' ? z : 'Asia/Shanghai';
};

export function HolidayNoticePart() {
  const l = lang.value;
  const d = useSlice(['departments'], ['timeZone'], ['holidayCalendar']);
  const p = plan.value;
  if (!p) return <HolidayList l={l} d={d} />;
  return <PlanEditor l={l} d={d} p={p} />;
}

function HolidayList({ l, d }: { l: Lang; d: unknown }) {
  const today = todayIn(zoneOf(d));
  const own = getAt(d, ['holidayCalendar']);
  let calendar = nationalCalendar();
  try {
    if (Array.isArray(own)) calendar = calendar.withOverrides(own.filter(isObject) as never);
  } catch {
    // the feed's own calendar is being typed: the national one alone
  }
  const coming = comingHolidays(calendar, today, 4);
  return (
    <div class="part">
      <p class="hint">{te(l, 'wizardHint')}</p>
      <ul class="holidays" id="coming-holidays">
        {coming.map((h) => (
          <li key={`${h.year} ${h.days[0]?.date}`}>
            <button
              type="button"
              class="secondary"
              data-first={h.days.find((x) => x.kind === 'off')?.date}
              onClick={() => {
                plan.value = newPlan(h);
                publishedOn.value = today;
                status.value = '';
              }}
            >
              {h.year} {textIn(h.name, l)} · {span(h, l)}
              {h.pending ? ` · ${te(l, 'pendingMark')}` : ''}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="secondary" onClick={openNoticeReader}>
        {te(l, 'readPosted')}
      </button>
    </div>
  );
}

function span(h: ComingHoliday, l: Lang) {
  const off = h.days.filter((x) => x.kind === 'off');
  const first = parseDate(off[0]!.date)!;
  const last = parseDate(off.at(-1)!.date)!;
  return first === last ? formatDayLabel(first, l) : `${formatDayLabel(first, l)} – ${formatDayLabel(last, l)}`;
}

const KINDS: [ChoiceKind, Parameters<typeof te>[1]][] = [
  ['undecided', 'choiceUndecided'],
  ['closed', 'choiceClosed'],
  ['roster', 'choiceRoster'],
  ['regular', 'choiceRegular'],
  ['open', 'choiceOpen'],
  ['half', 'choiceHalf'],
  ['emergency-only', 'choiceEmergency'],
  ['unannounced', 'choiceUnannounced'],
];

function choiceOf(kind: ChoiceKind, before: DayChoice): DayChoice {
  const noExpert = 'noExpert' in before ? before.noExpert : undefined;
  switch (kind) {
    case 'roster':
      return { kind, rosterOf: 'sat', ...(noExpert && { noExpert }) };
    case 'regular':
      return { kind, ...(noExpert && { noExpert }) };
    case 'open':
      return { kind, start: '08:00', end: '12:00', ...(noExpert && { noExpert }) };
    case 'half':
      return { kind, part: 'am' };
    default:
      return { kind } as DayChoice;
  }
}

function PlanEditor({ l, d, p }: { l: Lang; d: unknown; p: NoticePlan }) {
  const feed = checked.value?.feed;
  const departments = named(getAt(d, ['departments']), l);
  const nameOf = (scope: string) =>
    scope === ALL ? te(l, 'allOutpatient') : (departments.find((x) => x.id === scope)?.name ?? scope);
  const zone = zoneOf(d);
  const publishedAt = `${publishedOn.value || todayIn(zone)}T09:00:00${formatInstant(zone, Date.now()).slice(19)}`;
  const notice = planNotice(p, publishedAt);
  const warnings = feed ? planWarnings(p, feed, publishedOn.value || todayIn(zone)) : [];
  const set = (date: string, scope: string, choice: DayChoice) => (plan.value = choose(p, date, scope, choice));
  return (
    <div class="part" id="holiday-wizard">
      <h3>
        {p.holiday.year} {textIn(p.holiday.name, l)}
      </h3>
      {p.holiday.pending && <p class="own warn">{te(l, 'wizardPending', { year: p.holiday.year })}</p>}
      <div class="row">
        <span>{te(l, 'shortcuts')}:</span>
        <button
          type="button"
          class="secondary"
          id="shortcut-closed"
          disabled={!feed}
          onClick={() => {
            if (feed) plan.value = closedExceptEmergency(p, feed);
          }}
        >
          {te(l, 'shortcutClosed')}
        </button>
        <button
          type="button"
          class="secondary"
          id="shortcut-saturday"
          onClick={() => (plan.value = saturdayNoExpert(p))}
        >
          {te(l, 'shortcutSaturday')}
        </button>
        <button type="button" class="secondary" onClick={() => (plan.value = undefined)}>
          {te(l, 'otherHoliday')}
        </button>
      </div>
      <div class="scroll">
        <table class="plan" id="plan-table">
          <thead>
            <tr>
              <th scope="col">{te(l, 'dateCol')}</th>
              {p.scopes.map((scope) => (
                <th scope="col" key={scope} data-scope={scope}>
                  {nameOf(scope)}
                  {scope !== ALL && (
                    <button
                      type="button"
                      class="secondary small"
                      aria-label={`${te(l, 'remove')}: ${nameOf(scope)}`}
                      onClick={() => (plan.value = removeScope(p, scope))}
                    >
                      ×
                    </button>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.holiday.days.map((day) => (
              <tr key={day.date} data-date={day.date}>
                <th scope="row">
                  {formatDayLabel(parseDate(day.date)!, l)}
                  <small> {te(l, day.kind === 'off' ? 'dayOff' : 'makeupDay')}</small>
                </th>
                {p.scopes.map((scope) => (
                  <td key={scope} data-scope={scope}>
                    <ChoiceCell
                      l={l}
                      label={`${formatDayLabel(parseDate(day.date)!, l)} ${nameOf(scope)}`}
                      choice={choiceAt(p, day.date, scope)}
                      onChange={(c) => set(day.date, scope, c)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="row">
        <label>
          {te(l, 'addScope')}
          <select
            id="plan-add-scope"
            value=""
            onChange={(e) => {
              const v = (e.target as HTMLSelectElement).value;
              if (v) plan.value = addScope(p, v);
            }}
          >
            <option value="">—</option>
            {departments
              .filter((x) => !p.scopes.includes(x.id))
              .map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
          </select>
        </label>
        <label>
          {te(l, 'publishedOn')}
          <input
            type="date"
            id="plan-published-on"
            value={publishedOn.value}
            onInput={(e) => (publishedOn.value = (e.target as HTMLInputElement).value)}
          />
        </label>
      </div>
      {warnings.length > 0 && (
        <ul class="plan-warnings" id="plan-warnings">
          {warnings.map((w) => (
            <li key={w.kind} data-warning={w.kind} class="own warn">
              {w.kind === 'late'
                ? te(l, 'warnLate', { days: w.days })
                : w.kind === 'unstated'
                  ? te(l, 'warnUnstated', {
                      dates: w.dates.map((x) => formatDayLabel(parseDate(x)!, l)).join(l === 'en' ? ', ' : '、'),
                    })
                  : te(l, 'warnPending')}
            </li>
          ))}
        </ul>
      )}
      {feed ? (
        <>
          <h4>{te(l, 'wizardTable')}</h4>
          <NoticeTableView table={noticeTable(feed, notice, l)} id="plan-result" corner={te(l, 'partDepartments')} />
          <h4>{te(l, 'wizardText')}</h4>
          <pre id="plan-text">{writeNotice(feed, notice, l).text}</pre>
          <div class="row">
            <button
              type="button"
              id="plan-add"
              disabled={notice.entries.length === 0}
              onClick={() => {
                change((x) => addNotice(x as Feed, notice));
                status.value = te(l, 'noticeAdded');
              }}
            >
              {te(l, 'addNoticeToFeed')}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => void navigator.clipboard.writeText(writeNotice(feed, notice, l).text).catch(() => {})}
            >
              {te(l, 'copyText')}
            </button>
          </div>
          <p class="status-line" role="status">
            {status.value}
          </p>
        </>
      ) : (
        <p class="own warn">{te(l, 'wizardNeedsValid')}</p>
      )}
    </div>
  );
}

function ChoiceCell({
  l,
  label,
  choice,
  onChange,
}: {
  l: Lang;
  label: string;
  choice: DayChoice;
  onChange: (c: DayChoice) => void;
}) {
  return (
    <div class="choice">
      <select
        class="plan-choice"
        aria-label={label}
        value={choice.kind}
        onChange={(e) => onChange(choiceOf((e.target as HTMLSelectElement).value as ChoiceKind, choice))}
      >
        {KINDS.map(([kind, key]) => (
          <option key={kind} value={kind}>
            {te(l, key)}
          </option>
        ))}
      </select>
      {choice.kind === 'roster' && (
        <select
          class="plan-roster"
          aria-label={`${label} ${te(l, 'choiceRoster')}`}
          value={choice.rosterOf}
          onChange={(e) => onChange({ ...choice, rosterOf: (e.target as HTMLSelectElement).value as Weekday })}
        >
          {WEEKDAYS.map((w) => (
            <option key={w} value={w}>
              {dayName(l, w)}
            </option>
          ))}
        </select>
      )}
      {(choice.kind === 'open' || choice.kind === 'half') && (
        <span class="times">
          <input
            class="plan-start"
            aria-label={`${label} ${te(l, 'start')}`}
            size={5}
            placeholder="08:00"
            value={choice.start ?? ''}
            onInput={(e) => onChange({ ...choice, start: (e.target as HTMLInputElement).value } as DayChoice)}
          />
          –
          <input
            class="plan-end"
            aria-label={`${label} ${te(l, 'end')}`}
            size={5}
            placeholder="12:00"
            value={choice.end ?? ''}
            onInput={(e) => onChange({ ...choice, end: (e.target as HTMLInputElement).value } as DayChoice)}
          />
        </span>
      )}
      {choice.kind === 'half' && (
        <select
          class="plan-part"
          aria-label={`${label} ${te(l, 'choiceHalf')}`}
          value={choice.part}
          onChange={(e) => onChange({ ...choice, part: (e.target as HTMLSelectElement).value as 'am' | 'pm' })}
        >
          <option value="am">{te(l, 'halfAm')}</option>
          <option value="pm">{te(l, 'halfPm')}</option>
        </select>
      )}
      {(choice.kind === 'roster' || choice.kind === 'regular' || choice.kind === 'open') && (
        <label class="check">
          <input
            type="checkbox"
            class="plan-no-expert"
            checked={!!choice.noExpert}
            onChange={(e) => {
              const on = (e.target as HTMLInputElement).checked;
              const { noExpert: _old, ...rest } = choice;
              onChange((on ? { ...rest, noExpert: true } : rest) as DayChoice);
            }}
          />
          {te(l, 'noExpert')}
        </label>
      )}
    </div>
  );
}
