import { describe, expect, test } from 'vitest';
import { nationalCalendar } from '../../../utils/calendar/holiday-calendar';
import { parseDate } from '../../../utils/date/civil';
import type { Feed } from '../../../utils/feed/schema';
import { validateFeed } from '../../../utils/feed/validate';
import {
  ALL,
  addScope,
  choose,
  closedExceptEmergency,
  comingHolidays,
  newPlan,
  planNotice,
  planWarnings,
  removeScope,
  saturdayNoExpert,
} from '../../../utils/notice/plan-notice';
import { writeNotice } from '../../../utils/notice/write-notice';
import { ScheduleEngine } from '../../../utils/schedule/engine';
import { baseFeed, feedWith } from '../../helpers/feed';

const calendar = nationalCalendar();
const withNotice = (feed: Feed, notice: ReturnType<typeof planNotice>): Feed => {
  const next = structuredClone(feed);
  next.schedule.notices = [notice];
  const result = validateFeed(next);
  expect(result.errors).toEqual([]);
  return result.feed!;
};
const openOn = (feed: Feed, date: string, department: string) =>
  new ScheduleEngine(feed)
    .resolveLines(parseDate(date)!)
    .filter((l) => l.department === department)
    .map(
      (l) =>
        `${l.status} ${l.start}-${l.end}${'clinicType' in l && l.clinicType !== 'general' ? ` ${l.clinicType}` : ''}`,
    );

describe('the coming holidays', () => {
  test('from the national calendar, a published year’s 调休 days included', () => {
    const [midAutumn, national] = comingHolidays(calendar, '2026-09-01', 2);
    expect(midAutumn).toMatchObject({ year: 2026, pending: false, name: { 'zh-CN': '中秋节' } });
    expect(national).toMatchObject({ year: 2026, pending: false, name: { 'zh-CN': '国庆节' } });
    expect(national!.days.filter((d) => d.kind === 'off').map((d) => d.date)).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ]);
    expect(national!.days.filter((d) => d.kind === 'makeup-workday').map((d) => d.date)).toEqual([
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  test('a pending year’s statutory days are listed, marked pending (its 调休 is not known yet)', () => {
    const [newYear, spring] = comingHolidays(calendar, '2026-12-02', 2);
    expect(newYear).toMatchObject({ year: 2027, pending: true, days: [{ date: '2027-01-01', kind: 'off' }] });
    // 除夕 and the first three days of the lunar year (2027-02-06 is 春节).
    expect(spring!.days.map((d) => d.date)).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
    expect(spring!.pending).toBe(true);
  });
});

describe('choices to a notice', () => {
  const national = comingHolidays(calendar, '2026-09-01', 2)[1];

  test('全院停诊，急诊照常: one entry over the days off; an emergency department not open around the clock is stated 照常', () => {
    const feed = feedWith((f) => {
      f.schedule.alwaysOpen = [];
    });
    const notice = planNotice(closedExceptEmergency(newPlan(national!), feed), '2026-09-20T09:00:00+08:00');
    expect(notice.id).toBe('2026-national-day');
    expect(notice.title).toEqual({ 'zh-CN': '2026年国庆节门诊安排', en: 'National Day 2026: clinic arrangements' });
    expect(notice.entries).toEqual([
      { date: '2026-10-01', through: '2026-10-07', status: 'closed' },
      { date: '2026-10-01', through: '2026-10-07', departments: ['er'], status: 'regular' },
    ]);
    const resolved = withNotice(feed, notice);
    expect(openOn(resolved, '2026-10-03', 'peds')).toEqual([]);
    expect(openOn(resolved, '2026-10-08', 'peds')).toEqual(['open 08:00-12:00', 'open 13:30-17:00 expert']);
    // With 急诊 open around the clock, nothing more is needed for it.
    expect(planNotice(closedExceptEmergency(newPlan(national!), baseFeed()), 'x').entries).toHaveLength(1);
  });

  test('按周六排班，无专家诊: the Saturday roster without expert clinics, as two entries, and the text says so', () => {
    const feed = feedWith((f) => {
      f.schedule.regular.push({
        department: 'peds',
        days: ['sat'],
        start: '14:00',
        end: '16:00',
        clinicType: 'expert',
      });
    });
    const notice = planNotice(saturdayNoExpert(newPlan(national!)), '2026-09-20T09:00:00+08:00');
    expect(notice.entries).toEqual([
      { date: '2026-10-01', through: '2026-10-07', status: 'roster', rosterOf: 'sat' },
      { date: '2026-10-01', through: '2026-10-07', status: 'closed', clinicTypes: ['expert'] },
    ]);
    const resolved = withNotice(feed, notice);
    expect(openOn(resolved, '2026-10-05', 'peds')).toEqual(['open 08:30-11:30']);
    expect(writeNotice(resolved, notice).text).toMatch(/按周六排班。\n2、.*专家门诊停诊。/);
  });

  test('per date and department: runs break where the choice changes; a half day closes the other half; undecided is no entry', () => {
    let plan = newPlan(national!);
    plan = choose(plan, '2026-10-01', ALL, { kind: 'closed' });
    plan = choose(plan, '2026-10-02', ALL, { kind: 'closed' });
    plan = choose(plan, '2026-10-03', ALL, { kind: 'half', part: 'am' });
    plan = choose(plan, '2026-10-04', ALL, { kind: 'open', start: '08:00', end: '11:00' });
    plan = addScope(plan, 'peds');
    plan = choose(plan, '2026-10-02', 'peds', { kind: 'emergency-only' });
    const notice = planNotice(plan, '2026-09-20T09:00:00+08:00');
    expect(notice.entries).toEqual([
      { date: '2026-10-01', through: '2026-10-02', status: 'closed' },
      { date: '2026-10-03', part: 'am', status: 'open' },
      { date: '2026-10-03', part: 'pm', status: 'closed' },
      { date: '2026-10-04', status: 'open', sessions: [{ start: '08:00', end: '11:00' }] },
      { date: '2026-10-02', departments: ['peds'], status: 'emergency-only' },
    ]);
    const resolved = withNotice(
      feedWith((f) => {
        f.schedule.dayParts = [{ part: 'am', start: '08:00', end: '11:30' }];
      }),
      notice,
    );
    // 上午开诊 without clock times: the usual morning hours, marked as not published.
    expect(new ScheduleEngine(resolved).resolveLines(parseDate('2026-10-03')!)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          department: 'peds',
          status: 'open',
          start: '08:00',
          end: '11:30',
          hoursStated: false,
        }),
      ]),
    );
    expect(openOn(resolved, '2026-10-04', 'peds')).toEqual(['open 08:00-11:00']);
    expect(removeScope(plan, 'peds').choices['2026-10-02']).toEqual({ [ALL]: { kind: 'closed' } });
  });

  test('warnings: fewer than 7 days ahead, days left unstated (unless the feed’s policy decides them), a pending year', () => {
    const plan = choose(newPlan(national!), '2026-10-01', ALL, { kind: 'closed' });
    // The first date the notice covers is the make-up workday of 20 September.
    const warnings = planWarnings(plan, baseFeed(), '2026-09-17');
    expect(warnings[0]).toEqual({ kind: 'late', days: 3 });
    expect(warnings[1]).toMatchObject({ kind: 'unstated' });
    const unstated = (warnings[1] as { dates: string[] }).dates;
    expect(unstated).not.toContain('2026-10-01');
    expect(unstated).toEqual(expect.arrayContaining(['2026-09-20', '2026-10-07', '2026-10-10']));
    const covered = feedWith((f) => {
      f.schedule.onHoliday = 'closed';
      f.schedule.makeupRoster = 'mon';
    });
    expect(planWarnings(plan, covered, '2026-09-01')).toEqual([]);
    const [pending] = comingHolidays(calendar, '2026-12-02', 1);
    expect(planWarnings(newPlan(pending!), covered, '2026-12-02')).toEqual([{ kind: 'pending' }]);
  });
});
