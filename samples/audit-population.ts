/**
 * Many hospitals for audit benchmarks: a seeded mix across Liaoning's cities of compliant and
 * non-compliant feeds (weekend clinics, slot length, guide, services, waits, levels, types).
 */
import type { DayNumber } from '../utils/date/civil';
import type { Feed } from '../utils/feed/schema';
import { makeCreditCode } from './credit-code';
import { buildGuide } from './guide';
import { seeded } from './random';
import { generateWaits } from './slots-and-waits';
import { syntheticFeed } from './synthetic';

const CITIES = [
  '沈阳市',
  '大连市',
  '鞍山市',
  '抚顺市',
  '本溪市',
  '丹东市',
  '锦州市',
  '营口市',
  '阜新市',
  '辽阳市',
  '盘锦市',
  '铁岭市',
  '朝阳市',
  '葫芦岛市',
];

export function auditPopulation(count: number, seed: number, asOf: DayNumber, year: number): Feed[] {
  const rng = seeded(seed);
  return Array.from({ length: count }, (_, n) => {
    const feed = syntheticFeed({ departments: rng.int(12, 30), year, seed: seed * 10_000 + n });
    const good = rng.chance(0.5);
    feed.updatedAt = new Date(Date.UTC(year, 10, 18)).toISOString().replace('.000Z', '+00:00');
    feed.hospital = {
      ...feed.hospital,
      id: makeCreditCode(`2101${String(n % 100).padStart(2, '0')}`, `7C${String(n).padStart(6, '0')}`),
      name: `${CITIES[n % CITIES.length]}第${n + 1}医院（模拟）`,
      level: rng.pick([2, 3, 3, 1] as const),
      ownership: rng.chance(0.9) ? 'public' : 'private',
      type: rng.pick(['A100', 'A100', 'A210', 'A519', 'G100']),
      city: CITIES[n % CITIES.length]!,
    };
    if (rng.chance(0.6)) feed.departments.push({ id: 'geriatrics', name: '老年医学科', category: 'geriatrics' });
    if (!good) {
      if (rng.chance(0.5)) feed.schedule.regular = feed.schedule.regular.filter((s) => !s.days.includes('sun'));
      if (rng.chance(0.5)) feed.schedule.regular[0]!.slotMinutes = 60;
    }
    const site = `https://h${n}.example`;
    if (good || rng.chance(0.5)) {
      feed.guide = buildGuide(
        {
          site,
          consultPhone: '024-0000-0000',
          complaintPhone: '024-0000-0001',
          main: 'main',
          publishedAt: `${year}-02-01T09:00:00+08:00`,
          version: `${year}.1`,
        },
        good ? {} : { drop: ['hours', 'locations'], lists: rng.chance(0.5) },
      );
    }
    feed.services = {
      oneStopCenter: { outpatient: true, inpatient: good || rng.chance(0.5) },
      internetHospital: { onlineFollowUp: good || rng.chance(0.5) },
      internetNursing: rng.chance(0.3),
      holidayVaccination: rng.chance(0.3),
      accessibility: good ? ['wheelchair', 'waiting-chairs', 'stretcher', 'mother-baby-room'] : ['wheelchair'],
    };
    feed.waitTimes = generateWaits(asOf, 6, [{ id: feed.departments[0]!.id, meanBase: good ? 14 : 24 }], rng);
    return feed;
  });
}
