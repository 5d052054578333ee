/**
 * Holiday clinic notices (节假日门诊安排) as hospitals publish them: for each holiday period
 * of a year, "门诊停诊" over the days off, which departments hold holiday clinics from which
 * day, and which weekday's roster each make-up workday runs (按星期X排班). And the subtler
 * sentences real notices carry: "除夕上午正常门诊，下午停诊", "2月20日起按周六安排出诊，无专家诊",
 * "北院区春节期间门诊停诊，请到南院区就诊", "眼科急诊请到急诊科就诊", an adjustment that
 * replaces the first notice (调整通知), and silence about a make-up day.
 */
import { nationalCalendar } from '../utils/calendar/holiday-calendar';
import { statutoryDays } from '../utils/calendar/statutory';
import {
  type DayNumber,
  dayFromCivil,
  formatDate,
  parseDate,
  weekdayIndex,
  weekdayOf,
  yearOf,
} from '../utils/date/civil';
import type { Notice, NoticeEntry, NoticeSession } from '../utils/feed/schema';
import { textIn } from '../utils/i18n/local-text';

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
  /** 除夕: "上午正常门诊，下午停诊" (a half day without clock times of its own). */
  eveHalfDay?: boolean;
  /** 春节: from this many days into the period, "按周六安排出诊，无专家诊" instead of holiday clinics. */
  saturdayRosterFrom?: number;
  /** 春节: a campus whose clinics all close, with where patients go instead. */
  closedCampus?: {
    campus: string;
    departments: readonly string[];
    referTo: string;
    note: { 'zh-CN': string; en: string };
  };
  /** Per holiday key, a department that sees emergencies only over the days off, and where to go. */
  emergencyOnly?: Record<string, { department: string; referTo: string; note: { 'zh-CN': string; en: string } }>;
  /** Holiday keys whose notice says nothing about its make-up workdays (they stay 未公布). */
  silentMakeupDays?: string[];
  /** A holiday key whose first notice is replaced by an adjustment (调整通知) a few days later. */
  adjusted?: string;
}

function keyOf(name: unknown): string {
  return textIn(name as never, 'en')
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The in-lieu weekday each make-up day stands for: make-up days and the last weekdays off pair in order. */
function rosterFor(makeupDays: DayNumber[], offDays: DayNumber[]) {
  const weekdaysOff = offDays.filter((d) => weekdayIndex(d) < 5).slice(-makeupDays.length);
  return makeupDays.map((d, i) => [d, weekdayOf(weekdaysOff[i] ?? d)] as const);
}

/** 除夕 within a period: the day before 春节's second statutory day (正月初一), or the one before the first when 除夕 is not off. */
function eveOf(first: DayNumber, last: DayNumber): DayNumber | undefined {
  const statutory = statutoryDays(yearOf(first))
    .filter((s) => s.key === 'spring-festival')
    .map((s) => parseDate(s.date)!);
  const newYear = statutory.length === 4 ? statutory[1]! : statutory[0]!;
  const eve = newYear - 1;
  return eve >= first && eve <= last ? eve : undefined;
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
    const spring = key === 'spring-festival';
    const closedDays = spring ? (options.springFestivalClosedDays ?? 0) : 0;
    const rosterFrom =
      spring && options.saturdayRosterFrom !== undefined ? period.first + options.saturdayRosterFrom : period.last + 1;
    const closedCampus = spring ? options.closedCampus : undefined;
    const first = formatDate(period.first);
    const last = formatDate(period.last);
    // "2月15日至2月23日门诊停诊" (急诊、发热门诊照常: "*" never reaches them).
    entries.push({ date: first, through: last, status: 'closed' });
    if (spring && options.eveHalfDay) {
      const eve = eveOf(period.first, period.last);
      if (eve !== undefined) {
        entries.push({ date: formatDate(eve), part: 'am', status: 'regular' });
        entries.push({
          date: formatDate(eve),
          part: 'pm',
          status: 'closed',
          note: { 'zh-CN': '除夕下午停诊', en: 'Closed on New Year’s Eve afternoon' },
        });
      }
    }
    if (rosterFrom <= period.last) {
      entries.push({ date: formatDate(rosterFrom), through: last, status: 'roster', rosterOf: 'sat' });
      entries.push({
        date: formatDate(rosterFrom),
        through: last,
        status: 'closed',
        clinicTypes: ['expert'],
        note: { 'zh-CN': '无专家诊', en: 'No expert clinics' },
      });
    }
    if (closedCampus) {
      entries.push({
        date: first,
        through: last,
        campuses: [closedCampus.campus],
        status: 'closed',
        referTo: { campus: closedCampus.referTo },
        note: closedCampus.note,
      });
    }
    const clinicsFrom = period.first + closedDays;
    const clinicsTo = Math.min(period.last, rosterFrom - 1);
    const openDepartments = options.openDepartments.filter((d) => !closedCampus?.departments.includes(d));
    if (clinicsFrom <= clinicsTo && openDepartments.length > 0) {
      entries.push({
        date: formatDate(clinicsFrom),
        ...(clinicsTo > clinicsFrom && { through: formatDate(clinicsTo) }),
        departments: openDepartments,
        status: 'open',
        sessions: options.sessions,
      });
    }
    const emergency = options.emergencyOnly?.[key];
    if (emergency) {
      entries.push({
        date: first,
        through: last,
        departments: [emergency.department],
        status: 'emergency-only',
        referTo: { department: emergency.referTo },
        note: emergency.note,
      });
    }
    if (!options.silentMakeupDays?.includes(key)) {
      const offDays = Array.from({ length: period.last - period.first + 1 }, (_, i) => period.first + i);
      // "2月14日（星期六）调休上班，按星期五排班": the basis says which weekday's roster runs.
      for (const [d, weekday] of rosterFor(period.makeupDays, offDays))
        entries.push({ date: formatDate(d), status: 'roster', rosterOf: weekday });
    }
    // Sorted by date, stably: on one date the entries keep the order the notice states them in.
    entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const title = {
      'zh-CN': `${options.year}年${zh}期间门诊安排`,
      en: `${options.year} ${en} holiday clinic arrangements`,
    };
    if (options.adjusted === key) {
      // The first notice gave no holiday clinics on the last day off; the adjustment adds them and replaces it whole.
      const firstVersion = entries.map((e) =>
        e.status === 'open' && e.through === last ? { ...e, through: formatDate(period.last - 1) } : e,
      );
      notices.push({
        id,
        title,
        publishedAt: `${published}T10:00:00+08:00`,
        url: options.noticeUrl(id),
        entries: firstVersion,
      });
      notices.push({
        id: `${id}-adjusted`,
        title: {
          'zh-CN': `关于调整${options.year}年${zh}期间门诊安排的通知`,
          en: `${options.year} ${en} holiday clinic arrangements (adjusted)`,
        },
        publishedAt: `${formatDate(period.first - Math.max(1, lead - 5))}T15:00:00+08:00`,
        url: options.noticeUrl(`${id}-adjusted`),
        supersedes: [id],
        entries,
      });
      continue;
    }
    notices.push({ id, title, publishedAt: `${published}T10:00:00+08:00`, url: options.noticeUrl(id), entries });
  }
  return notices;
}
