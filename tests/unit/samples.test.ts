import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDate } from '../../utils/date/civil';
import type { Feed } from '../../utils/feed/schema';
import { validateFeedText } from '../../utils/feed/validate';
import { ScheduleEngine } from '../../utils/schedule/engine';
import { SAMPLE_DATE, SAMPLES } from '../../samples';

const read = (file: string) => readFileSync(new URL(`../../public/samples/${file}`, import.meta.url), 'utf8');

describe.each(SAMPLES)('sample $file', ({ file, build }) => {
  test('is exactly what the generator makes for SAMPLE_DATE (run `npm run samples` if not)', () => {
    expect(JSON.parse(read(file))).toEqual(JSON.parse(JSON.stringify(build(parseDate(SAMPLE_DATE)!))));
  });
  test('is a valid feed, clearly fictional', () => {
    const r = validateFeedText(read(file));
    expect(r.errors).toEqual([]);
    const feed = r.feed!;
    expect(JSON.stringify(feed.hospital.name)).toContain('示例');
    expect(feed.hospital.website).toMatch(/\.example$/);
    expect(r.warnings.filter((w) => w.code === 'hospital.id-checksum')).toEqual([]);
  });
  test('generated for another date, moves with it and stays valid', () => {
    const feed = build(parseDate('2026-12-15')!);
    expect(feed.updatedAt.slice(0, 10) >= '2026-12-10').toBe(true);
    expect(validateFeedText(JSON.stringify(feed)).errors).toEqual([]);
  });
});

describe('the general hospital sample shows a real hospital’s complexity', () => {
  const feed = JSON.parse(read('liaohe-first.json')) as Feed;
  const engine = new ScheduleEngine(feed);
  const day = (s: string) => parseDate(s)!;
  test('a 三级甲等 general hospital with 40+ departments over two campuses', () => {
    expect(feed.hospital).toMatchObject({ level: 3, grade: '甲', type: 'A100', ownership: 'public' });
    expect(feed.departments.length).toBeGreaterThanOrEqual(40);
    expect(new Set(feed.departments.map((d) => d.campus))).toEqual(new Set(['south', 'north']));
  });
  test('weekend clinics, seasonal afternoons, expert clinics, 24-hour emergency and fever clinics', () => {
    expect(engine.resolveDay(day('2026-11-28'), { includeAlwaysOpen: false }).length).toBeGreaterThan(20);
    const afternoon = (date: string) => engine.resolveDay(day(date), { departments: ['cardiology'] }).find((s) => s.startMinute >= 13 * 60 && s.clinicType === 'general');
    expect(afternoon('2026-07-06')?.start).toBe('14:00');
    expect(afternoon('2026-11-23')?.start).toBe('13:30');
    expect(feed.schedule.regular.some((s) => s.clinicType === 'expert')).toBe(true);
    expect(feed.schedule.alwaysOpen?.map((a) => a.department)).toEqual(expect.arrayContaining(['emergency', 'fever-clinic']));
  });
  test('a notice for every 2026 holiday, Spring Festival make-up days run 按星期X排班', () => {
    const titles = feed.schedule.notices!.map((n) => (n.title as Record<string, string>)['zh-CN']);
    for (const h of ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']) expect(titles.some((t) => t?.includes(h)), h).toBe(true);
    const s14 = engine.resolveDay(day('2026-02-14'), { departments: ['cardiology'] });
    expect(s14[0]).toMatchObject({ basis: 'notice:2026-spring-festival', rosterOf: 'fri', dayType: 'makeup-workday' });
    const s28 = engine.resolveDay(day('2026-02-28'), { departments: ['cardiology'] });
    expect(s28[0]).toMatchObject({ rosterOf: 'mon' });
    // 初三 (02-19): pediatrics holds a holiday clinic, cardiology does not.
    expect(engine.resolveDay(day('2026-02-19'), { departments: ['pediatrics'] })).toHaveLength(1);
    expect(engine.resolveDay(day('2026-02-19'), { departments: ['cardiology'] })).toHaveLength(0);
  });
  test('explicit slots, 12 months of wait figures, a full guide with its lists', () => {
    expect(feed.slots!.length).toBeGreaterThan(1000);
    expect(new Set(feed.waitTimes!.filter((w) => w.department === '*').map((w) => w.periodStart)).size).toBe(12);
    expect(feed.guide!.items.length).toBeGreaterThanOrEqual(15);
    expect(feed.guide!.prohibited!.length).toBeGreaterThan(0);
    expect(feed.guide!.waivable!.length).toBeGreaterThan(0);
  });
});

test('the other samples: a level-2 TCM hospital and a 妇幼保健院', () => {
  const tcm = JSON.parse(read('liaohe-tcm.json')) as Feed;
  const mch = JSON.parse(read('liaohe-mch.json')) as Feed;
  expect(tcm.hospital).toMatchObject({ level: 2, type: 'A210' });
  expect(mch.hospital).toMatchObject({ type: 'G100' });
});
