import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SAMPLE_DATE, SAMPLES } from '../../samples';
import { parseDate } from '../../utils/date/civil';
import type { Feed } from '../../utils/feed/schema';
import { validateFeedText } from '../../utils/feed/validate';
import { ScheduleEngine } from '../../utils/schedule/engine';

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
    const afternoon = (date: string) =>
      engine
        .resolveDay(day(date), { departments: ['cardiology'] })
        .find((s) => s.startMinute >= 13 * 60 && s.clinicType === 'general');
    expect(afternoon('2026-07-06')?.start).toBe('14:00');
    expect(afternoon('2026-11-23')?.start).toBe('13:30');
    expect(feed.schedule.regular.some((s) => s.clinicType === 'expert')).toBe(true);
    expect(feed.schedule.alwaysOpen?.map((a) => a.department)).toEqual(
      expect.arrayContaining(['emergency', 'fever-clinic']),
    );
  });
  test('a notice for every 2026 holiday, Spring Festival make-up days run 按星期X排班', () => {
    const titles = feed.schedule.notices!.map((n) => (n.title as Record<string, string>)['zh-CN']);
    for (const h of ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'])
      expect(
        titles.some((t) => t?.includes(h)),
        h,
      ).toBe(true);
    const s14 = engine.resolveDay(day('2026-02-14'), { departments: ['cardiology'] });
    expect(s14[0]).toMatchObject({ basis: 'notice:2026-spring-festival', rosterOf: 'fri', dayType: 'makeup-workday' });
    const s28 = engine.resolveDay(day('2026-02-28'), { departments: ['cardiology'] });
    expect(s28[0]).toMatchObject({ rosterOf: 'mon' });
    // 初三 (02-19): pediatrics holds a holiday clinic, cardiology does not.
    expect(engine.resolveDay(day('2026-02-19'), { departments: ['pediatrics'] })).toHaveLength(1);
    expect(engine.resolveDay(day('2026-02-19'), { departments: ['cardiology'] })).toHaveLength(0);
  });
  test('its notices read as real ones do: 除夕 half day, 无专家诊, a campus closed, 急诊听班 with a referral, an adjustment', () => {
    const lines = (date: string, department: string) =>
      engine
        .resolveLines(day(date), { departments: [department] })
        .map((l) => `${l.status} ${l.start}-${l.end}${l.status === 'open' ? ` ${l.clinicType}` : ''}`);
    // 除夕 (02-16): "上午正常门诊，下午停诊".
    expect(lines('2026-02-16', 'cardiology')).toEqual([
      'open 08:00-11:30 general',
      'open 08:00-11:30 expert',
      'closed 12:00-24:00',
    ]);
    // From 02-20: "按周六安排出诊，无专家诊".
    expect(lines('2026-02-21', 'pediatrics')).toEqual([
      'closed 00:00-24:00',
      'open 08:00-11:30 general',
      'open 13:30-16:30 general',
    ]);
    // The North campus is closed over the Spring Festival, with where to go; its emergency stays open.
    const north = engine.resolveLines(day('2026-02-18'), { departments: ['north-pediatrics', 'north-emergency'] });
    expect(north.map((l) => [l.department, l.status, l.referTo])).toEqual([
      ['north-emergency', 'open', undefined],
      ['north-pediatrics', 'closed', { campus: 'south' }],
    ]);
    // Ophthalmology on call for emergencies over National Day.
    expect(engine.resolveLines(day('2026-10-03'), { departments: ['ophthalmology'] })[0]).toMatchObject({
      status: 'emergency-only',
      referTo: { department: 'emergency' },
    });
    // The Labour Day adjustment replaced the first notice: the last day off has holiday clinics.
    const adjusted = feed.schedule.notices!.find((n) => n.supersedes?.length);
    expect(adjusted?.supersedes).toEqual(['2026-labour-day']);
    expect(engine.resolveDay(day('2026-05-05'), { departments: ['pediatrics'] })[0]).toMatchObject({
      basis: 'notice:2026-labour-day-adjusted',
    });
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
  // The TCM hospital's National Day notice says nothing of the make-up days: they stay 未公布.
  const engine = new ScheduleEngine(tcm);
  for (const date of ['2026-09-20', '2026-10-10']) {
    const lines = engine.resolveLines(parseDate(date)!, { includeAlwaysOpen: false });
    expect(lines.length).toBeGreaterThan(0);
    expect(
      lines.every((l) => l.status === 'unknown' && l.basis === 'not-stated'),
      date,
    ).toBe(true);
  }
});
