/**
 * The notice reader on the forms hospitals write (issue 15: dates, lunar days, ranges, parts of
 * the day, statuses, clock times, names matched against the feed), and its promise: what it
 * cannot represent exactly becomes a review line and no entry.
 */
import { describe, expect, test } from 'vitest';
import type { Feed } from '../../../utils/feed/schema';
import { validateFeed } from '../../../utils/feed/validate';
import { chineseNumber, clockMinutes, normalizeNoticeText } from '../../../utils/notice/notice-text';
import { readNotice } from '../../../utils/notice/read-notice';
import { baseFeed, feedWith } from '../../helpers/feed';

const PUBLISHED = '2026-01-20T10:00:00+08:00';
const feed = feedWith((f) => {
  f.departments.push(
    { id: 'ent', name: '耳鼻咽喉科' },
    { id: 'derm', name: '皮肤科' },
    { id: 'dental', name: '口腔科' },
  );
  f.hospital.campuses = [{ id: 'north', name: '北院区' }];
});
const read = (text: string, f: Feed = feed) => readNotice(text, f, { publishedAt: PUBLISHED });
const entries = (text: string) => read(text).notice?.entries;

describe('words', () => {
  test('full-width forms, dashes and Chinese numerals', () => {
    expect(normalizeNoticeText('８：００－１２：００（周六）')).toBe('8:00-12:00(周六)');
    expect(normalizeNoticeText('2月15日—21日~3日')).toBe('2月15日-21日-3日');
    expect([chineseNumber('十'), chineseNumber('二十一'), chineseNumber('三十'), chineseNumber('二〇一七')]).toEqual([
      10, 21, 30, 2017,
    ]);
    expect([clockMinutes('8:00'), clockMinutes('8点'), clockMinutes('11点半'), clockMinutes('8时30分')]).toEqual([
      480, 480, 690, 510,
    ]);
    expect(clockMinutes('25:00')).toBeUndefined();
  });
});

describe('dates', () => {
  test('a day, a range in one month, a range across months, lunar days, and the year around the holiday', () => {
    expect(entries('2026年春节门诊安排\n2月16日(星期一)全天停诊。')).toEqual([
      { date: '2026-02-16', status: 'closed' },
    ]);
    expect(entries('2026年春节\n2月15日-21日停诊。')).toEqual([
      { date: '2026-02-15', through: '2026-02-21', status: 'closed' },
    ]);
    expect(entries('2026年春节\n2月15日至2月17日停诊。')).toEqual([
      { date: '2026-02-15', through: '2026-02-17', status: 'closed' },
    ]);
    // 除夕 2026 is 2月16日; 初一…初三 follow.
    expect(entries('2026年春节\n除夕至初三停诊。')).toEqual([
      { date: '2026-02-16', through: '2026-02-19', status: 'closed' },
    ]);
    expect(entries('2026年春节\n正月初四照常开诊。')).toEqual([{ date: '2026-02-20', status: 'regular' }]);
    // 12月31日 in a 2027 元旦 notice is 2026's.
    expect(entries('2027年元旦门诊安排\n12月31日下午停诊。')).toEqual([
      { date: '2026-12-31', part: 'pm', status: 'closed' },
    ]);
    expect(entries('2026年春节\n1月26-30日停诊。')).toEqual([
      { date: '2026-01-26', through: '2026-01-30', status: 'closed' },
    ]);
  });

  test('what brackets say must agree with the dates: weekdays, lunar days, the same dates again', () => {
    expect(entries('2026年春节\n2月17日(初一,星期二)停诊。')).toEqual([{ date: '2026-02-17', status: 'closed' }]);
    expect(entries('2026年春节\n2月17日-19日(初一至初三)停诊。')).toEqual([
      { date: '2026-02-17', through: '2026-02-19', status: 'closed' },
    ]);
    expect(entries('2026年春节\n初一至初三(即2月17日-2月19日)停诊。')).toEqual([
      { date: '2026-02-17', through: '2026-02-19', status: 'closed' },
    ]);
    const wrong = read('2026年春节\n2月17日(星期一)停诊。');
    expect(wrong.notice).toBeUndefined();
    expect(wrong.review).toEqual([{ line: 2, text: '2月17日(星期一)停诊', reason: '括号里的“星期一”与日期不符' }]);
  });

  test('节后第一天-like words it does not know, and a date that does not exist, are review lines', () => {
    const r = read('2026年春节\n2月30日停诊。\n节后第一天照常开诊。');
    expect(r.notice).toBeUndefined();
    expect(r.review.map((l) => l.line)).toEqual([2, 3]);
  });
});

describe('what runs', () => {
  test('parts of the day, clock times in the forms hospitals type, statuses and 按周X排班', () => {
    expect(entries('2026年春节\n2月21日上午8:00-11:30开诊，下午停诊。')).toEqual([
      { date: '2026-02-21', part: 'am', status: 'open', sessions: [{ start: '08:00', end: '11:30' }] },
      { date: '2026-02-21', part: 'pm', status: 'closed' },
    ]);
    expect(entries('2026年春节\n2月21日上午8点至11点半开诊。')).toEqual([
      { date: '2026-02-21', part: 'am', status: 'open', sessions: [{ start: '08:00', end: '11:30' }] },
    ]);
    expect(entries('2026年春节\n2月22日按周六排班。')).toEqual([
      { date: '2026-02-22', status: 'roster', rosterOf: 'sat' },
    ]);
    expect(entries('2026年春节\n2月23日急诊听班。')).toEqual([{ date: '2026-02-23', status: 'emergency-only' }]);
    expect(entries('2026年春节\n2月24日门诊另行通知。')).toEqual([{ date: '2026-02-24', status: 'unannounced' }]);
  });

  test('排周X班 in brackets, 上午开诊半天, 大年初X, 暂停, bullets', () => {
    // From a real notice (中山大学附属第七医院 2021): the roster a day runs, and half days.
    expect(entries('2026年春节\n2月14日(周六,排周一班)全天开诊，2月22日(周日,排周日班)上午开诊半天。')).toEqual([
      { date: '2026-02-14', status: 'roster', rosterOf: 'mon' },
      { date: '2026-02-22', status: 'roster', rosterOf: 'sun' },
      { date: '2026-02-22', part: 'pm', status: 'closed' },
    ]);
    expect(entries('2026年春节\n2月20日上午开诊半天。')).toEqual([
      { date: '2026-02-20', part: 'am', status: 'open' },
      { date: '2026-02-20', part: 'pm', status: 'closed' },
    ]);
    expect(entries('2026年春节\n★大年初三(2月19日)至大年初五(2月21日)皮肤科暂停。')).toEqual([
      { date: '2026-02-19', through: '2026-02-21', departments: ['derm'], status: 'closed' },
    ]);
    // 24 hours for a department the feed keeps always open says nothing new; for one it does not, it is reviewed.
    const r = read(
      '2026年春节\n●急诊科24小时接诊。\n●皮肤科24小时接诊。',
      feedWith((f) => {
        f.departments.push({ id: 'derm', name: '皮肤科' });
        f.schedule.alwaysOpen = [{ department: 'er' }];
      }),
    );
    expect(r.review.map((l) => l.line)).toEqual([3]);
  });

  test('departments by name and by variant, campuses, clinic types; 门急诊 is both', () => {
    expect(entries('2026年春节\n2月17日儿科、耳鼻喉科停诊。')).toEqual([
      { date: '2026-02-17', departments: ['peds', 'ent'], status: 'closed' },
    ]);
    expect(entries('2026年春节\n2月18日北院区停诊。')).toEqual([
      { date: '2026-02-18', campuses: ['north'], status: 'closed' },
    ]);
    expect(entries('2026年春节\n2月18日专家门诊停诊。')).toEqual([
      { date: '2026-02-18', clinicTypes: ['expert'], status: 'closed' },
    ]);
    expect(entries('2026年春节\n2月18日门急诊照常开诊。')).toEqual([
      { date: '2026-02-18', status: 'regular' },
      { date: '2026-02-18', departments: ['er'], status: 'regular' },
    ]);
  });

  test('dates and names carry to the next clause; a heading names the departments of the lines below', () => {
    expect(entries('2026年春节\n2月21日皮肤科上午开诊，下午停诊。')).toEqual([
      { date: '2026-02-21', departments: ['derm'], part: 'am', status: 'open' },
      { date: '2026-02-21', departments: ['derm'], part: 'pm', status: 'closed' },
    ]);
    expect(entries('2026年春节\n3、口腔科\n2月17日-19日停诊；\n2月20日照常开诊。')).toEqual([
      { date: '2026-02-17', through: '2026-02-19', departments: ['dental'], status: 'closed' },
      { date: '2026-02-20', departments: ['dental'], status: 'regular' },
    ]);
  });

  test('a table row reads as its cells; the header row and a weekday column are not entries', () => {
    const table =
      '2026年劳动节门诊安排\n日期 | 星期 | 出诊安排 |\n5月1日 | 周五 | 停诊 |\n5月2日 | 周六 | 按周六排班 |';
    expect(entries(table)).toEqual([
      { date: '2026-05-01', status: 'closed' },
      { date: '2026-05-02', status: 'roster', rosterOf: 'sat' },
    ]);
  });
});

describe('it never guesses', () => {
  test('a name the feed does not have, 半天 without which half, a range of half days: review lines, no entries', () => {
    const r = read(
      '2026年春节\n2月17日中医科停诊。\n2月18日半天门诊。\n2月19日上午-2月21日上午照常开诊。\n2月22日正常开诊。',
    );
    expect(r.notice?.entries).toEqual([{ date: '2026-02-22', status: 'regular' }]);
    expect(r.review.map((l) => l.line)).toEqual([2, 3, 4]);
    expect(r.unmatched).toEqual(['中医科']);
  });

  test('a part and a clinic type without a status, and a referral in prose, are review lines, never dropped', () => {
    // From a real notice (福建省立医院 2020): "上午节假日门诊，下午休息" and "班外时间请前往急诊科就诊".
    const r = read(
      '2026年春节\n2月17日至2月19日，上午专家门诊，下午休息。\n班外时间请前往急诊科就诊。',
      feedWith((f) => {
        f.departments.push({ id: 'er2', name: '急诊科', category: 'emergency' });
      }),
    );
    expect(r.notice?.entries).toEqual([{ date: '2026-02-17', through: '2026-02-19', part: 'pm', status: 'closed' }]);
    expect(r.review.map((l) => [l.line, l.text])).toEqual([
      [2, '上午专家门诊'],
      [3, '班外时间请前往急诊科就诊'],
    ]);
  });

  test('prose says nothing of clinics and is passed over; a status without a date is a review line', () => {
    const r = read(
      '尊敬的患者：\n根据国务院办公厅通知精神，结合我院实际，现将2026年春节门诊安排如下：\n正常开诊，8:00-17:00。\n祝您新春快乐！',
    );
    expect(r.notice).toBeUndefined();
    expect(r.review.map((l) => [l.line, l.reason])).toEqual([
      [3, '没有说明是哪一天'],
      [3, '没有说明是哪一天'],
    ]);
  });

  test('a year and a publication date come from the notice, else are asked for', () => {
    expect(readNotice('2月17日停诊。', baseFeed(), { publishedAt: PUBLISHED }).year).toBe(2026);
    expect(readNotice('2月17日停诊。', baseFeed(), {}).fatal).toMatch(/年份/);
    const signed = readNotice('2026年春节门诊安排\n2月17日停诊。\n某某医院\n二〇二六年一月二十日', baseFeed(), {});
    expect(signed.publishedAt).toBe('2026-01-20T00:00:00+08:00');
    expect(readNotice('2026年春节\n2月17日停诊。', baseFeed(), {}).fatal).toMatch(/落款/);
  });

  test('whatever it reads, the feed with the notice added passes the checker', () => {
    const r = read('2026年春节门诊安排\n2月17日-19日停诊；2月20日上午8:00-12:00开诊，下午停诊；2月21日按周六排班。');
    expect(r.review).toEqual([]);
    const out = structuredClone(feed);
    out.schedule.notices = [r.notice!];
    expect(validateFeed(out).errors).toEqual([]);
    expect(r.notice).toMatchObject({ id: '2026-chunjie', title: '2026年春节门诊安排', publishedAt: PUBLISHED });
  });
});
