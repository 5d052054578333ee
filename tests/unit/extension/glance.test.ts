import { describe, expect, test } from 'vitest';
import { formatDate } from '../../../utils/date/civil';
import { glance } from '../../../utils/extension/glance';
import { ScheduleEngine } from '../../../utils/schedule/engine';
import { baseFeed, feedWith } from '../../helpers/feed';

const at = (iso: string) => Date.parse(iso);
const dates = (days: { info: { date: string } }[]) => days.map((d) => d.info.date);

describe('the popup glance', () => {
  test('a weekday morning: open now, today’s clinics, the coming weekend, closing time next', () => {
    const g = glance(new ScheduleEngine(baseFeed()), at('2026-11-23T10:00:00+08:00'));
    expect(g.openNow).toBe(true);
    expect(g.today).toMatchObject({
      info: { date: '2026-11-23', dayType: 'workday' },
      departments: 1,
      first: '08:00',
      last: '12:00',
    });
    expect(dates(g.weekend)).toEqual(['2026-11-28', '2026-11-29']);
    expect(g.weekend.map((d) => `${d.first}-${d.last}`)).toEqual(['08:30-11:30', '09:00-11:00']);
    expect(g.nextChange).toEqual({ at: at('2026-11-23T12:00:00+08:00'), open: false });
  });

  test('the always-open 急诊 does not make the clinics "open now" in the evening', () => {
    const g = glance(new ScheduleEngine(baseFeed()), at('2026-11-23T20:00:00+08:00'));
    expect(g.openNow).toBe(false);
    expect(g.nextChange).toEqual({ at: at('2026-11-24T08:00:00+08:00'), open: true });
  });

  test('on Saturday "this weekend" is today and tomorrow; on Sunday, today only', () => {
    const engine = new ScheduleEngine(baseFeed());
    expect(dates(glance(engine, at('2026-11-28T09:00:00+08:00')).weekend)).toEqual(['2026-11-28', '2026-11-29']);
    expect(dates(glance(engine, at('2026-11-29T23:30:00+08:00')).weekend)).toEqual(['2026-11-29']);
    // The feed's zone decides the day: 2026-11-29 16:30 UTC is already Monday in Beijing.
    expect(formatDate(glance(engine, at('2026-11-29T16:30:00Z')).today.info.day)).toBe('2026-11-30');
  });

  test('the next holiday period with each day’s clinics, a notice opening one of them', () => {
    const feed = feedWith((f) => {
      f.schedule.notices = [
        {
          id: 'nd',
          title: '国庆门诊安排',
          publishedAt: '2026-09-20T10:00:00+08:00',
          entries: [
            { date: '2026-10-03', status: 'open', departments: ['peds'], sessions: [{ start: '09:00', end: '11:00' }] },
          ],
        },
      ];
    });
    const g = glance(new ScheduleEngine(feed), at('2026-09-28T09:00:00+08:00'));
    expect(formatDate(g.holiday!.period.first)).toBe('2026-10-01');
    expect(g.holiday!.days.every((d) => d.info.dayType === 'holiday')).toBe(true);
    expect(g.holiday!.days.find((d) => d.info.date === '2026-10-03')).toMatchObject({
      departments: 1,
      first: '09:00',
      last: '11:00',
    });
    // During the period, it is the current one, from today on.
    const during = glance(new ScheduleEngine(feed), at('2026-10-03T10:00:00+08:00'));
    expect(dates(during.holiday!.days)[0]).toBe('2026-10-03');
    expect(during.openNow).toBe(true);
  });
});
