import { describe, expect, test } from 'vitest';
import { nowLine } from '../../../components/NowLine';
import { parseDate } from '../../../utils/date/civil';
import { instantOf } from '../../../utils/date/zone';
import { ScheduleEngine } from '../../../utils/schedule/engine';
import { feedWith } from '../../helpers/feed';

const at = (date: string, hh: number, mm = 0) => instantOf('Asia/Shanghai', parseDate(date)!, hh * 60 + mm);

describe('the now-line', () => {
  const engine = new ScheduleEngine(feedWith((f) => (f.schedule.makeupRoster = 'mon')));
  test('open now, and when it closes, in the feed’s clock', () => {
    expect(nowLine(engine, at('2026-11-26', 9), undefined, 'zh-CN')).toEqual({
      state: 'open',
      text: '开诊中 · 12:00 停诊',
    });
    expect(nowLine(engine, at('2026-11-26', 9), undefined, 'en').text).toBe('Open now · closes 12:00');
  });
  test('closed now, and when it opens next', () => {
    expect(nowLine(engine, at('2026-11-26', 12, 30), undefined, 'zh-CN').text).toBe('已停诊 · 13:30 开诊');
    expect(nowLine(engine, at('2026-11-26', 18), undefined, 'zh-CN').text).toBe('已停诊 · 明天 08:00 开诊');
  });
  test('a day the hospital has not announced reads 今日未公布, never closed', () => {
    const silent = new ScheduleEngine(feedWith(() => {}));
    // 2026-10-02 is a National Day day off and the feed states no onHoliday.
    expect(nowLine(silent, at('2026-10-02', 10), undefined, 'zh-CN')).toEqual({ state: 'unknown', text: '今日未公布' });
    expect(nowLine(silent, at('2026-10-02', 10), undefined, 'en').text).toBe('Not announced today');
    // Stated closed, it says closed.
    const closed = new ScheduleEngine(feedWith((f) => (f.schedule.onHoliday = 'closed')));
    expect(nowLine(closed, at('2026-10-02', 10), undefined, 'zh-CN').state).toBe('closed');
  });
  test('for the departments named: 急诊 is open now', () => {
    expect(nowLine(engine, at('2026-10-02', 3), ['er'], 'zh-CN').state).toBe('open');
  });
});
