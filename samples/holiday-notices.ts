/**
 * Holiday clinic notices (节假日门诊安排) as hospitals publish them: for each holiday period
 * of a year, which departments hold clinics on which days off, and which weekday's roster
 * each make-up workday runs (按星期X排班).
 */
import { nationalCalendar } from '../utils/calendar/holiday-calendar';
import { dayFromCivil, formatDate, weekdayIndex, weekdayOf, type DayNumber } from '../utils/date/civil';
import type { Notice, NoticeEntry, NoticeSession } from '../utils/feed/schema';
import { textIn } from '../utils/i18n/local-text';

const WEEKDAY_ZH = ['一', '二', '三', '四', '五', '六', '日'];

export interface HolidayNoticeOptions {
  year: number;
  /** Departments that hold holiday clinics (节假日门诊). */
  openDepartments: string[];
  sessions: NoticeSession[];
  /** Days off at the start of 春节 with no clinic at all (除夕 …). */
  springFestivalClosedDays?: number;
  /** Days between publishing and the first day off; per holiday key, else `default`. */
  leadDays: { default: number } & Record<string, number>;
  /** Holidays (keys as in national-days.json names: spring-festival …) left without a notice. */
  skip?: string[];
  noticeUrl: (id: string) => string;
}

function keyOf(name: unknown): string {
  return textIn(name as never, 'en').toLowerCase().replace(/'/g, '').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
}

/** The in-lieu weekday each make-up day stands for: make-up days and the last weekdays off pair in order. */
function rosterFor(makeupDays: DayNumber[], offDays: DayNumber[]) {
  const weekdaysOff = offDays.filter((d) => weekdayIndex(d) < 5).slice(-makeupDays.length);
  return makeupDays.map((d, i) => [d, weekdayOf(weekdaysOff[i] ?? d)] as const);
}

export function holidayNotices(options: HolidayNoticeOptions): Notice[] {
  const cal = nationalCalendar();
  const periods = cal.periods(dayFromCivil(options.year, 1, 1), dayFromCivil(options.year, 12, 31));
  const notices: Notice[] = [];
  for (const period of periods) {
    if (formatDate(period.first).slice(0, 4) !== String(options.year)) continue;
    const key = keyOf(period.names[0]);
    if (options.skip?.includes(key)) continue;
    const zh = period.names.map((n) => textIn(n, 'zh-CN')).join('、');
    const en = period.names.map((n) => textIn(n, 'en')).join(' and ');
    const id = `${options.year}-${key}`;
    const lead = options.leadDays[key] ?? options.leadDays.default;
    const published = formatDate(period.first - lead);
    const entries: NoticeEntry[] = [];
    const closedDays = key === 'spring-festival' ? (options.springFestivalClosedDays ?? 0) : 0;
    for (let d = period.first; d <= period.last; d++) {
      const date = formatDate(d);
      entries.push({ date, departments: '*', status: 'closed', note: { 'zh-CN': '普通门诊停诊', en: 'Outpatient clinics closed' } });
      if (d - period.first >= closedDays) {
        entries.push({
          date,
          departments: options.openDepartments,
          status: 'open',
          sessions: options.sessions,
          note: { 'zh-CN': '节假日门诊', en: 'Holiday clinic' },
        });
      }
    }
    const offDays = Array.from({ length: period.last - period.first + 1 }, (_, i) => period.first + i);
    for (const [d, weekday] of rosterFor(period.makeupDays, offDays)) {
      const index = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(weekday);
      entries.push({
        date: formatDate(d),
        status: 'roster',
        rosterOf: weekday,
        note: {
          'zh-CN': `调休上班，按星期${WEEKDAY_ZH[index]}排班`,
          en: `Make-up workday: ${weekday[0]!.toUpperCase() + weekday.slice(1)} roster`,
        },
      });
    }
    entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    notices.push({
      id,
      title: { 'zh-CN': `${options.year}年${zh}期间门诊安排`, en: `${options.year} ${en} holiday clinic arrangements` },
      publishedAt: `${published}T10:00:00+08:00`,
      url: options.noticeUrl(id),
      entries,
    });
  }
  return notices;
}
