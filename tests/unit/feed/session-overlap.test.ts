/**
 * Two sessions of one department and clinic type at the same time were accepted without a
 * word: identical ones showed every clinic twice, overlapping ones hours nobody meant.
 */
import { describe, expect, test } from 'vitest';
import type { Feed, Session } from '../../../utils/feed/schema';
import { validateFeed } from '../../../utils/feed/validate';
import { feedWith } from '../../helpers/feed';

const overlaps = (feed: Feed, lang: 'zh-CN' | 'en' = 'en') =>
  validateFeed(feed, { lang })
    .warnings.filter((w) => w.code === 'session.overlap')
    .map((w) => `${w.path} ${w.message}`);
/** The base feed's roster (peds: mon–fri 08:00–12:00 general, …) plus `more`. */
const withSessions = (...more: Partial<Session>[]) =>
  feedWith((f) => {
    for (const s of more) f.schedule.regular.push({ ...f.schedule.regular[0]!, ...s });
  });

describe('session.overlap in the roster', () => {
  test('an identical session: a warning at the repeat, naming the first', () => {
    expect(overlaps(withSessions({}))).toEqual([
      '/schedule/regular/4 Repeats the session at /schedule/regular/0 (Mon 08:00–12:00); it counts once',
    ]);
    expect(overlaps(withSessions({}), 'zh-CN')).toEqual([
      '/schedule/regular/4 与 /schedule/regular/0 的出诊时段完全相同（周一 08:00–12:00），重复的只算一次',
    ]);
  });

  test('an overlap names the first weekday both run and the hours they share', () => {
    expect(overlaps(withSessions({ days: ['sun', 'wed'], start: '11:00', end: '13:00' }))).toEqual([
      '/schedule/regular/4 Overlaps the session at /schedule/regular/0 (Wed 11:00–12:00), of the same department and clinic type',
    ]);
  });

  test('each repeat is named once, against the first it meets', () => {
    expect(overlaps(withSessions({}, {}, { start: '07:00', end: '09:00' })).map((m) => m.split(' (')[0])).toEqual([
      '/schedule/regular/4 Repeats the session at /schedule/regular/0',
      '/schedule/regular/5 Repeats the session at /schedule/regular/0',
      '/schedule/regular/6 Overlaps the session at /schedule/regular/0',
    ]);
  });

  test('no warning where the two cannot meet, or are meant to run side by side', () => {
    for (const change of [
      { start: '12:00', end: '14:00' }, // back to back
      { clinicType: 'expert' }, // another clinic type
      { doctor: '王医生' }, // a named doctor next to the general clinic
      { validFrom: '2026-07-01', validThrough: '2026-08-31' }, // fine alone …
    ]) {
      expect(overlaps(withSessions(change)), JSON.stringify(change)).toEqual(
        'validFrom' in change
          ? ['/schedule/regular/4 Repeats the session at /schedule/regular/0 (Mon 08:00–12:00); it counts once']
          : [],
      );
    }
    // … but seasons that do not meet are a summer and a winter roster.
    const seasons = feedWith((f) => {
      f.schedule.regular[0]!.validThrough = '2026-06-30';
      f.schedule.regular.push({ ...f.schedule.regular[0]!, validFrom: '2026-07-01', validThrough: undefined });
    });
    expect(overlaps(seasons)).toEqual([]);
    // No common weekday.
    const tuesday = feedWith((f) => {
      f.schedule.regular[0]!.days = ['mon'];
      f.schedule.regular.push({ ...f.schedule.regular[0]!, days: ['tue'] });
    });
    expect(overlaps(tuesday)).toEqual([]);
    // Two doctors side by side, each named.
    expect(overlaps(withSessions({ doctor: '王医生' }, { doctor: { 'zh-CN': '李医生' } }))).toEqual([]);
  });

  test('a feed with errors hears of it too; malformed sessions are left to the errors', () => {
    const feed = withSessions({}, { start: '8:00' }, { days: ['mon', 'someday' as never] });
    feed.departments[0]!.id = 'Peds';
    const r = validateFeed(feed);
    expect(r.valid).toBe(false);
    expect(r.warnings.filter((w) => w.code === 'session.overlap').map((w) => w.path)).toEqual(['/schedule/regular/4']);
  });

  test('thousands of identical sessions: linear, the list capped', () => {
    const feed = feedWith((f) => {
      for (let i = 0; i < 20_000; i++) f.schedule.regular.push({ ...f.schedule.regular[0]! });
    });
    const r = validateFeed(feed);
    expect(r.warnings.filter((w) => w.code === 'session.overlap')).toHaveLength(1000);
    expect(r.warnings.at(-1)!.code).toBe('feed.too-many-problems');
  });
});

describe('session.overlap in a notice entry', () => {
  test('sessions of one type that overlap, the entry’s one listed type counting for those without', () => {
    const feed = feedWith(
      (f) =>
        (f.schedule.notices = [
          {
            id: 'n',
            title: 'n',
            publishedAt: '2026-11-20T09:00:00+08:00',
            entries: [
              {
                date: '2026-11-26',
                status: 'open',
                clinicTypes: ['expert'],
                sessions: [
                  { start: '08:00', end: '10:00' },
                  { start: '09:00', end: '11:00', clinicType: 'expert' },
                ],
              },
              {
                date: '2026-11-27',
                status: 'open',
                sessions: [
                  { start: '08:00', end: '10:00' },
                  { start: '09:00', end: '11:00', clinicType: 'expert' },
                  { start: '08:00', end: '10:00', clinicType: 'general' },
                ],
              },
            ],
          },
        ]),
    );
    expect(overlaps(feed)).toEqual([
      '/schedule/notices/0/entries/0/sessions/1 Overlaps the session at /schedule/notices/0/entries/0/sessions/0 (09:00–10:00), of the same department and clinic type',
      '/schedule/notices/0/entries/1/sessions/2 Repeats the session at /schedule/notices/0/entries/1/sessions/0 (08:00–10:00); it counts once',
    ]);
  });
});
