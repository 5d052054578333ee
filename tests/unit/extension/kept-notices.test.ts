import { describe, expect, test } from 'vitest';
import { keptMark, withKeptNotices } from '../../../utils/extension/kept-notices';
import type { Notice } from '../../../utils/feed/schema';
import { ScheduleEngine } from '../../../utils/schedule/engine';
import { feedWith } from '../../helpers/feed';

const READ_AT = Date.parse('2026-12-02T02:00:00Z');
const kept = (hospitalId: string, entries: Notice['entries']) => ({
  hospitalId,
  pageUrl: 'https://h.example/news/1.html',
  readAt: READ_AT,
  notice: { id: '2027-yuandan', title: '2027年元旦门诊安排', publishedAt: '2026-12-01T00:00:00+08:00', entries },
});

describe('notices kept from a hospital page', () => {
  const feed = feedWith((f) => {
    f.schedule.notices = [
      {
        id: 'own',
        title: '停诊',
        publishedAt: '2026-11-01T00:00:00+08:00',
        entries: [{ date: '2026-12-31', status: 'regular' }],
      },
    ];
  });

  test('the feed wins on its own dates; the rest joins it, marked as read from the page on that day', () => {
    const out = withKeptNotices(feed, [
      kept(feed.hospital.id, [{ date: '2026-12-30', through: '2027-01-02', status: 'closed' }]),
    ]);
    const added = out.schedule.notices![0]!;
    expect(added).toMatchObject({ id: 'kept-2027-yuandan', url: 'https://h.example/news/1.html' });
    expect(added.entries.map((e) => [e.date, e.through])).toEqual([
      ['2026-12-30', undefined],
      ['2027-01-01', '2027-01-02'],
    ]);
    expect(added.entries[0]!.note).toEqual(keptMark(READ_AT));
    expect(keptMark(READ_AT)['zh-CN']).toBe('读自医院网页（2026-12-02），非医院发布的数据');
    // The feed's own notice still decides 12-31.
    const engine = new ScheduleEngine(out);
    const lines = (d: string) => engine.resolveLines(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
    expect(lines('2026-12-31').some((l) => l.status === 'open')).toBe(true);
    expect(
      lines('2026-12-30')
        .filter((l) => l.department === 'peds')
        .map((l) => l.status),
    ).toEqual(['closed']);
  });

  test('another hospital’s kept notice, or none, leaves the feed as it is', () => {
    expect(withKeptNotices(feed, [])).toBe(feed);
    expect(withKeptNotices(feed, [kept('someone-else', [{ date: '2026-12-30', status: 'closed' }])])).toBe(feed);
    // Entirely inside the feed's own dates: nothing to add.
    expect(withKeptNotices(feed, [kept(feed.hospital.id, [{ date: '2026-12-31', status: 'closed' }])])).toBe(feed);
  });
});
