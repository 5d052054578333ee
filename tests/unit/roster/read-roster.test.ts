/**
 * The roster reader on the layouts hospitals publish their 出诊表 in (issue 16, cli.md `import
 * roster`): a row per department with weekday × half-day columns, one header row or two (周一
 * over 上午 | 下午, as a merged cell reads); a row per doctor with 职称 and marks; cells √, 出诊,
 * names, 专家, time ranges; and what it cannot read, named by row and column.
 */
import { describe, expect, test } from 'vitest';
import type { Feed } from '../../../utils/feed/schema';
import { validateFeed } from '../../../utils/feed/validate';
import { readRoster, withRoster } from '../../../utils/roster/read-roster';
import { feedWith } from '../../helpers/feed';

const feed: Feed = feedWith((f) => {
  f.schedule.dayParts = [
    { part: 'am', start: '08:00', end: '12:00' },
    { part: 'pm', start: '14:00', end: '17:30' },
  ];
  f.departments.push({ id: 'eye', name: '眼科', category: 'ophthalmology' });
});
const WEEK = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

describe('a row per department', () => {
  test('weekday × half-day columns in one header row: √, 出诊, a name, 专家, a time range', () => {
    const header = ['科室', ...WEEK.flatMap((d) => [`${d}上午`, `${d}下午`])];
    const rows = [
      ['2026年出诊表'],
      header,
      ['小儿内科', '√', '√', '出诊', '', '√', '√', '√', '√', '√', '√', '√', '', '', ''],
      ['眼科', '张三', '', '', '专家', '', '', '', '', '8:00-11:30', '', '', '', '', ''],
    ];
    const r = readRoster(rows, feed);
    expect(r.layout).toBe('department-rows');
    expect(r.review).toEqual([]);
    expect(r.added).toEqual([]);
    expect(r.sessions).toEqual([
      { department: 'peds', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], start: '08:00', end: '12:00' },
      { department: 'peds', days: ['mon', 'wed', 'thu', 'fri'], start: '14:00', end: '17:30' },
      { department: 'eye', days: ['mon'], start: '08:00', end: '12:00', doctor: '张三' },
      { department: 'eye', days: ['tue'], start: '14:00', end: '17:30', clinicType: 'expert' },
      { department: 'eye', days: ['fri'], start: '08:00', end: '11:30' },
    ]);
    expect(validateFeed(withRoster(feed, r)).errors).toEqual([]);
  });

  test('周一 over 上午 | 下午 in two header rows (a merged cell), and a department the feed lacks is added', () => {
    const rows = [
      ['科室', '周一', null, '周二', null, '周三', null],
      [null, '上午', '下午', '上午', '下午', '上午', '下午'],
      ['眼科', '√', '', '', '√', '√', '√'],
      ['针灸推拿科', '√', '', '', '', '', ''],
    ];
    const r = readRoster(rows, feed);
    expect(r.sessions).toEqual([
      { department: 'eye', days: ['mon', 'wed'], start: '08:00', end: '12:00' },
      { department: 'eye', days: ['tue', 'wed'], start: '14:00', end: '17:30' },
      { department: 'roster-1', days: ['mon'], start: '08:00', end: '12:00' },
    ]);
    expect(r.added).toEqual([{ id: 'roster-1', name: '针灸推拿科' }]);
    expect(validateFeed(withRoster(feed, r)).errors).toEqual([]);
  });
});

describe('a row per doctor', () => {
  test('科室 (merged down), 医生, 职称, weekday columns with 上午/下午 in the cell; 主任 titles are experts', () => {
    const rows = [
      ['科室', '医生', '职称', '星期一', '星期二', '星期三', '星期四', '星期五'],
      ['眼科', '李四', '主任医师', '上午', '', '下午', '', ''],
      [null, '王五', '主治医师', '', '全天', '', '', '上午'],
    ];
    const r = readRoster(rows, feed);
    expect(r.layout).toBe('doctor-rows');
    expect(r.review).toEqual([]);
    expect(r.sessions).toEqual([
      { department: 'eye', days: ['mon'], start: '08:00', end: '12:00', clinicType: 'expert', doctor: '李四' },
      { department: 'eye', days: ['wed'], start: '14:00', end: '17:30', clinicType: 'expert', doctor: '李四' },
      { department: 'eye', days: ['tue', 'fri'], start: '08:00', end: '12:00', doctor: '王五' },
      { department: 'eye', days: ['tue'], start: '14:00', end: '17:30', doctor: '王五' },
    ]);
    expect(validateFeed(withRoster(feed, r)).errors).toEqual([]);
  });
});

describe('what it cannot read', () => {
  test('an unreadable cell is a review line naming its row and column, and no session', () => {
    const rows = [
      ['科室', '周一上午', '周一下午', '周二上午', '周三上午'],
      ['眼科', '√', '单周出诊', '8:00-7:00', ''],
    ];
    const r = readRoster(rows, feed);
    expect(r.sessions).toEqual([{ department: 'eye', days: ['mon'], start: '08:00', end: '12:00' }]);
    expect(r.review).toEqual([
      { row: 2, column: '周一下午', text: '单周出诊', reason: '看不出是否出诊' },
      { row: 2, column: '周二上午', text: '8:00-7:00', reason: '时间“8:00-7:00”不成立' },
    ]);
  });

  test('no header row, or half days and no dayParts: the sheet cannot be read (exit 2)', () => {
    expect(
      readRoster(
        [
          ['科室', '医生'],
          ['眼科', '张三'],
        ],
        feed,
      ).fatal,
    ).toMatch(/表头/);
    const noParts = feedWith(() => {});
    expect(
      readRoster(
        [
          ['科室', '周一', '周二', '周三'],
          ['小儿内科', '√', '√', '√'],
        ],
        noParts,
      ).fatal,
    ).toMatch(/dayParts/);
    // Time ranges need no dayParts.
    expect(
      readRoster(
        [
          ['科室', '周一', '周二', '周三'],
          ['小儿内科', '8:00-12:00', '', ''],
        ],
        noParts,
      ).fatal,
    ).toBeUndefined();
  });
});

describe('a row per doctor with one column of times (出诊时间), as doctor lists print it', () => {
  test('weekday and half day, ranges, a half day shared by the days before it; what it cannot read is a review line', () => {
    const rows = [
      ['科室', '姓名', '职称', '专长', '出诊时间'],
      ['眼科', '张三', '主任医师', '白内障', '周一上午、周三下午'],
      ['小儿内科', '李四', '主治医师', '', '周二全天'],
      ['眼科', '王五', '医师', '', '周一至周五上午'],
      ['眼科', '赵六', '医师', '', '周二、四下午'],
      ['眼科', '钱七', '医师', '', '隔周周六'],
    ];
    const r = readRoster(rows, feed);
    expect(r.layout).toBe('time-list');
    expect(r.sessions).toEqual([
      { department: 'eye', days: ['mon'], start: '08:00', end: '12:00', clinicType: 'expert', doctor: '张三' },
      { department: 'eye', days: ['wed'], start: '14:00', end: '17:30', clinicType: 'expert', doctor: '张三' },
      { department: 'peds', days: ['tue'], start: '08:00', end: '12:00', doctor: '李四' },
      { department: 'peds', days: ['tue'], start: '14:00', end: '17:30', doctor: '李四' },
      { department: 'eye', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '12:00', doctor: '王五' },
      { department: 'eye', days: ['tue', 'thu'], start: '14:00', end: '17:30', doctor: '赵六' },
    ]);
    expect(r.review).toEqual([
      { row: 6, column: '出诊时间', text: '隔周周六', reason: '看不出是星期几的上午还是下午' },
    ]);
  });

  test('without a department column it is not guessed from the doctor’s name: no header found', () => {
    const r = readRoster(
      [
        ['姓名', '职称', '出诊时间'],
        ['张三', '主任医师', '周一上午'],
      ],
      feed,
    );
    expect(r.fatal).toMatch(/找不到表头/);
  });
});

describe('header spellings', () => {
  test('the half day in brackets or after a space: 星期一(上午), 周一（下午）, 周二 上午; marks ●, ✓, 有', () => {
    const header = ['科室', '星期一(上午)', '周一（下午）', '周二 上午', '周二 下午', '周三上午'];
    const r = readRoster([header, ['眼科', '●', '✓', '', '有', '']], feed);
    expect(r.review).toEqual([]);
    expect(r.sessions).toEqual([
      { department: 'eye', days: ['mon'], start: '08:00', end: '12:00' },
      { department: 'eye', days: ['mon', 'tue'], start: '14:00', end: '17:30' },
    ]);
  });
});
