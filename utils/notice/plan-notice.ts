/**
 * A holiday notice planned in minutes (the webmaster tools' "New holiday notice"): the coming
 * holidays from the national calendar (a pending year's statutory days included, marked), the
 * days off and make-up workdays already filled in, a choice per date and department (or the
 * whole outpatient service), the shortcuts most hospitals take, and the feed-v1 notice the
 * choices make. A date left without a choice is no entry: the notice stays silent there, and
 * the warnings say so. Pure.
 */
import type { HolidayCalendar } from '../calendar/holiday-calendar';
import { formatDate, parseDate, type Weekday, weekdayOf } from '../date/civil';
import type { Feed, Notice, NoticeEntry } from '../feed/schema';
import type { LocalText } from '../i18n/local-text';
import { textIn } from '../i18n/local-text';

export type DayChoice =
  | { kind: 'undecided' }
  | { kind: 'closed' }
  | { kind: 'roster'; rosterOf: Weekday; noExpert?: boolean }
  | { kind: 'regular'; noExpert?: boolean }
  | { kind: 'open'; start: string; end: string; noExpert?: boolean }
  /** One half of the day open (clock times when given), the other closed: 上午开诊半天. */
  | { kind: 'half'; part: 'am' | 'pm'; start?: string; end?: string }
  | { kind: 'emergency-only' }
  | { kind: 'unannounced' };

export type ChoiceKind = DayChoice['kind'];
/** All outpatient departments (feed-v1 `"*"`: never 急诊 or 发热门诊). */
export const ALL = '*';

export interface PlanDay {
  date: string;
  kind: 'off' | 'makeup-workday';
}

export interface ComingHoliday {
  /** The holiday's name(s), as the calendar gives them (中秋节、国庆节). */
  name: LocalText;
  year: number;
  days: PlanDay[];
  /** The State Council has not published this year yet: only the statutory days are known. */
  pending: boolean;
}

export interface NoticePlan {
  holiday: ComingHoliday;
  /** `"*"` first, then department ids the webmaster decided for apart. */
  scopes: string[];
  /** choices[date][scope]; absent = not decided. */
  choices: Record<string, Record<string, DayChoice>>;
}

/** The next holiday periods from `today` (at most `count`), each with its make-up workdays. */
export function comingHolidays(calendar: HolidayCalendar, today: string, count = 4): ComingHoliday[] {
  const from = parseDate(today)!;
  return calendar
    .periods(from, from + 400)
    .filter((p) => p.last >= from)
    .slice(0, count)
    .map((p) => {
      const days: PlanDay[] = [];
      for (let d = p.first; d <= p.last; d++) days.push({ date: formatDate(d), kind: 'off' });
      for (const d of p.makeupDays) days.push({ date: formatDate(d), kind: 'makeup-workday' });
      days.sort((a, b) => a.date.localeCompare(b.date));
      const year = Number(formatDate(p.first).slice(0, 4));
      return { name: joinNames(p.names), year, days, pending: !calendar.isPublished(year) };
    });
}

function joinNames(names: LocalText[]): LocalText {
  if (names.length === 1) return names[0]!;
  return {
    'zh-CN': names.map((n) => textIn(n, 'zh-CN')).join('、'),
    en: names.map((n) => textIn(n, 'en')).join(' and '),
  };
}

export function newPlan(holiday: ComingHoliday): NoticePlan {
  return { holiday, scopes: [ALL], choices: {} };
}

export const choiceAt = (plan: NoticePlan, date: string, scope: string): DayChoice =>
  plan.choices[date]?.[scope] ?? { kind: 'undecided' };

/** The plan with one choice set (`undecided` removes it). */
export function choose(plan: NoticePlan, date: string, scope: string, choice: DayChoice): NoticePlan {
  const day = { ...plan.choices[date] };
  if (choice.kind === 'undecided') delete day[scope];
  else day[scope] = choice;
  const scopes = plan.scopes.includes(scope) ? plan.scopes : [...plan.scopes, scope];
  return { ...plan, scopes, choices: { ...plan.choices, [date]: day } };
}

export function addScope(plan: NoticePlan, department: string): NoticePlan {
  return plan.scopes.includes(department) ? plan : { ...plan, scopes: [...plan.scopes, department] };
}

export function removeScope(plan: NoticePlan, department: string): NoticePlan {
  if (department === ALL) return plan;
  const choices = Object.fromEntries(
    Object.entries(plan.choices).map(([date, day]) => {
      const { [department]: _gone, ...rest } = day;
      return [date, rest];
    }),
  );
  return { ...plan, scopes: plan.scopes.filter((s) => s !== department), choices };
}

const offDays = (plan: NoticePlan) => plan.holiday.days.filter((d) => d.kind === 'off');

/**
 * 全院停诊，急诊照常: every day off closed for all outpatient departments. 急诊 and 发热门诊
 * are outside `"*"`; those the feed keeps open around the clock stay so, and any other is
 * stated `regular` (照常), so the notice says it.
 */
export function closedExceptEmergency(plan: NoticePlan, feed: Feed): NoticePlan {
  let next = plan;
  const always = new Set(
    (feed.schedule.alwaysOpen ?? []).filter((a) => !a.validFrom && !a.validThrough).map((a) => a.department),
  );
  const emergency = feed.departments.filter((d) => d.category === 'emergency' && !always.has(d.id)).map((d) => d.id);
  for (const day of offDays(plan)) {
    next = choose(next, day.date, ALL, { kind: 'closed' });
    for (const id of emergency) next = choose(next, day.date, id, { kind: 'regular' });
  }
  return next;
}

/** 按周六排班，无专家诊: every day off runs the Saturday roster, without expert clinics. */
export function saturdayNoExpert(plan: NoticePlan): NoticePlan {
  let next = plan;
  for (const day of offDays(plan))
    next = choose(next, day.date, ALL, { kind: 'roster', rosterOf: 'sat', noExpert: true });
  return next;
}

function entriesFor(choice: DayChoice, base: Pick<NoticeEntry, 'date' | 'through' | 'departments'>): NoticeEntry[] {
  const noExpert = 'noExpert' in choice && choice.noExpert;
  const extra: NoticeEntry[] = noExpert ? [{ ...base, status: 'closed', clinicTypes: ['expert'] }] : [];
  switch (choice.kind) {
    case 'undecided':
      return [];
    case 'closed':
    case 'regular':
    case 'emergency-only':
    case 'unannounced':
      return [{ ...base, status: choice.kind }, ...extra];
    case 'roster':
      return [{ ...base, status: 'roster', rosterOf: choice.rosterOf }, ...extra];
    case 'open':
      return [{ ...base, status: 'open', sessions: [{ start: choice.start, end: choice.end }] }, ...extra];
    case 'half': {
      const sessions = choice.start && choice.end ? [{ start: choice.start, end: choice.end }] : undefined;
      return [
        { ...base, part: choice.part, status: 'open', ...(sessions && { sessions }) },
        { ...base, part: choice.part === 'am' ? 'pm' : 'am', status: 'closed' },
      ];
    }
  }
}

const sameChoice = (a: DayChoice, b: DayChoice) => JSON.stringify(a) === JSON.stringify(b);

/** The slug of a holiday for the notice's id: its English name, else "holiday". */
function slug(name: LocalText): string {
  const en = typeof name === 'string' ? '' : (name.en ?? '');
  return (
    en
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'holiday'
  );
}

/**
 * The notice the plan makes: for each scope (all outpatient departments first, then each
 * department), runs of consecutive dates with the same choice as one entry (`date`–`through`).
 */
export function planNotice(plan: NoticePlan, publishedAt: string): Notice {
  const { holiday } = plan;
  const zh = textIn(holiday.name, 'zh-CN');
  const en = textIn(holiday.name, 'en');
  const entries: NoticeEntry[] = [];
  const dates = holiday.days.map((d) => d.date);
  for (const scope of plan.scopes) {
    let run: { first: string; last: string; choice: DayChoice } | undefined;
    const close = () => {
      if (!run) return;
      const base = {
        date: run.first,
        ...(run.last !== run.first && { through: run.last }),
        ...(scope !== ALL && { departments: [scope] }),
      };
      entries.push(...entriesFor(run.choice, base));
      run = undefined;
    };
    for (const date of dates) {
      const choice = choiceAt(plan, date, scope);
      const follows = run && parseDate(date)! === parseDate(run.last)! + 1 && sameChoice(run.choice, choice);
      if (follows) run!.last = date;
      else {
        close();
        run = { first: date, last: date, choice };
      }
    }
    close();
  }
  return {
    id: `${holiday.year}-${slug(holiday.name)}`,
    title: { 'zh-CN': `${holiday.year}年${zh}门诊安排`, en: `${en} ${holiday.year}: clinic arrangements` },
    publishedAt,
    entries,
  };
}

export type PlanWarning =
  /** Published fewer than 7 days before the first date it covers. */
  | { kind: 'late'; days: number }
  /** Dates where the whole outpatient service is left unstated (no choice and no policy in the feed). */
  | { kind: 'unstated'; dates: string[] }
  /** The State Council has not published the year yet: days off by 调休 and make-up days may still come. */
  | { kind: 'pending' };

export function planWarnings(plan: NoticePlan, feed: Feed, publishedOn: string): PlanWarning[] {
  const out: PlanWarning[] = [];
  const first = plan.holiday.days[0];
  if (first) {
    const days = parseDate(first.date)! - parseDate(publishedOn)!;
    if (days < 7) out.push({ kind: 'late', days });
  }
  const unstated = plan.holiday.days
    .filter((d) => choiceAt(plan, d.date, ALL).kind === 'undecided')
    .filter((d) =>
      d.kind === 'off' ? feed.schedule.onHoliday === undefined : feed.schedule.makeupRoster === undefined,
    )
    .map((d) => d.date);
  if (unstated.length) out.push({ kind: 'unstated', dates: unstated });
  if (plan.holiday.pending) out.push({ kind: 'pending' });
  return out;
}

/** The weekday of a date (the plan's table shows it beside each date). */
export const weekdayOfDate = (date: string): Weekday => weekdayOf(parseDate(date)!);
