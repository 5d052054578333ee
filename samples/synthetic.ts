/**
 * Large generated feeds for benchmarks: `departments` departments with a weekday roster,
 * weekend clinics on some, 24-hour emergency, and a notice per holiday period of `year`
 * (days off closed, a few departments holding holiday clinics, make-up days 按星期X排班).
 */
import { dayFromCivil, type Weekday } from '../utils/date/civil';
import type { Feed, Session } from '../utils/feed/schema';
import { makeCreditCode } from './credit-code';
import { holidayNotices } from './holiday-notices';
import { seeded } from './random';
import { generateSlots } from './slots-and-waits';

export interface SyntheticOptions {
  departments: number;
  year: number;
  seed?: number;
  /** Days of explicit slots from the first of the year (0 = none). */
  slotDays?: number;
}

export const SYNTHETIC_ROSTER = {
  weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] as Weekday[],
  morning: ['08:00', '11:30'] as const,
  afternoon: ['13:30', '17:00'] as const,
  holidayClinic: ['08:00', '12:00'] as const,
};

/** Which weekend days a department holds clinics on: half on Saturday, a quarter on Sunday too. */
export const weekendDaysOf = (index: number): Weekday[] =>
  index % 4 === 0 ? ['sat', 'sun'] : index % 2 === 0 ? ['sat'] : [];
/** Every tenth department holds holiday clinics. */
export const holdsHolidayClinic = (index: number) => index % 10 === 0;

export function syntheticFeed(options: SyntheticOptions): Feed {
  const rng = seeded(options.seed ?? 1);
  const ids = Array.from({ length: options.departments }, (_, i) => `dept-${String(i).padStart(3, '0')}`);
  const { weekdays, morning, afternoon, holidayClinic } = SYNTHETIC_ROSTER;
  const regular: Session[] = [];
  ids.forEach((department, i) => {
    regular.push({ department, days: weekdays, start: morning[0], end: morning[1] });
    regular.push({ department, days: weekdays, start: afternoon[0], end: afternoon[1] });
    const weekend = weekendDaysOf(i);
    if (weekend.length) regular.push({ department, days: weekend, start: morning[0], end: morning[1] });
  });
  const feed: Feed = {
    format: 'clearclinic-feed',
    version: 1,
    updatedAt: `${options.year}-01-01T08:00:00+08:00`,
    hospital: {
      id: makeCreditCode('210899', `9B${String(options.seed ?? 1).padStart(6, '0')}`),
      name: `合成测试医院 ${options.seed ?? 1}（示例）`,
      level: 3,
      grade: '甲',
      ownership: 'public',
      type: 'A100',
      province: '辽宁省',
      city: '辽河市',
    },
    departments: [
      ...ids.map((id, i) => ({
        id,
        name: { 'zh-CN': `科室${i}`, en: `Department ${i}` },
        category: rng.pick(['internal', 'surgery', 'pediatrics', 'other']),
      })),
      { id: 'emergency', name: '急诊科', category: 'emergency' },
    ],
    schedule: {
      regular,
      onHoliday: 'closed',
      alwaysOpen: [{ department: 'emergency' }],
      notices: holidayNotices({
        year: options.year,
        openDepartments: ids.filter((_, i) => holdsHolidayClinic(i)),
        sessions: [{ start: holidayClinic[0], end: holidayClinic[1] }],
        leadDays: { default: 14 },
        noticeUrl: (id) => `https://synthetic.example/notices/${id}`,
      }),
    },
  };
  if (options.slotDays) {
    feed.slots = generateSlots(
      feed,
      dayFromCivil(options.year, 1, 1),
      options.slotDays,
      ids,
      rng,
      'https://synthetic.example/book',
    );
  }
  return feed;
}
