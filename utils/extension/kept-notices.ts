/**
 * Notices read from a hospital's own page and kept with a saved hospital (extension.md, Read
 * this page). They are not the hospital's feed, so they are marked as read from its page on
 * that date wherever they show, and the hospital's own feed wins: a date any of its notices
 * covers keeps the feed's word, and a kept notice speaks only of the other dates. Pure.
 */
import { formatDate, parseDate } from '../date/civil';
import { todayIn } from '../date/zone';
import type { Feed, Notice, NoticeEntry } from '../feed/schema';

export interface KeptNotice {
  hospitalId: string;
  notice: Notice;
  /** The page it was read from. */
  pageUrl: string;
  /** When it was read, ms since the epoch. */
  readAt: number;
}

/** "读自医院网页（2026-12-02）" — the mark every entry of a kept notice carries (the day it was read, in China). */
export function keptMark(readAt: number): { 'zh-CN': string; en: string } {
  const day = todayIn('Asia/Shanghai', readAt);
  return {
    'zh-CN': `读自医院网页（${day}），非医院发布的数据`,
    en: `Read from the hospital's page on ${day}; not the hospital's feed`,
  };
}

/** One line for a hospital's kept notices, where only a line fits (the popup): "读自医院网页（…）：12-13–12-13". */
export function keptNoteFor(kept: readonly KeptNotice[], hospitalId: string, lang: 'zh-CN' | 'en'): string | undefined {
  const mine = kept.filter((k) => k.hospitalId === hospitalId);
  if (mine.length === 0) return undefined;
  const latest = mine.reduce((a, b) => (b.readAt > a.readAt ? b : a));
  const dates = mine.flatMap((k) => k.notice.entries.flatMap((e) => [e.date, e.through ?? e.date])).sort();
  const span = dates[0] === dates.at(-1) ? dates[0] : `${dates[0]}–${dates.at(-1)}`;
  return `${keptMark(latest.readAt)[lang]}${lang === 'en' ? ': ' : '：'}${span}`;
}

/** The dates any of the feed's own notices speak of. */
function feedDates(feed: Feed): Set<string> {
  const dates = new Set<string>();
  for (const n of feed.schedule.notices ?? [])
    for (const e of n.entries)
      for (let d = parseDate(e.date)!, last = parseDate(e.through ?? e.date)!; d <= last; d++) dates.add(formatDate(d));
  return dates;
}

/** An entry cut to the dates outside `taken`: none, one, or several runs. */
function outside(entry: NoticeEntry, taken: ReadonlySet<string>): NoticeEntry[] {
  const runs: NoticeEntry[] = [];
  let run: { first: number; last: number } | undefined;
  const close = () => {
    if (!run) return;
    const { through: _t, ...rest } = entry;
    runs.push({
      ...rest,
      date: formatDate(run.first),
      ...(run.last > run.first && { through: formatDate(run.last) }),
    });
    run = undefined;
  };
  for (let d = parseDate(entry.date)!, last = parseDate(entry.through ?? entry.date)!; d <= last; d++) {
    if (taken.has(formatDate(d))) close();
    else if (run) run.last = d;
    else run = { first: d, last: d };
  }
  close();
  return runs;
}

/** The feed with the hospital's kept notices added, marked, on the dates its own notices leave alone. */
export function withKeptNotices(feed: Feed, kept: readonly KeptNotice[]): Feed {
  const mine = kept.filter((k) => k.hospitalId === feed.hospital.id);
  if (mine.length === 0) return feed;
  const taken = feedDates(feed);
  const added: Notice[] = [];
  for (const k of mine) {
    const note = keptMark(k.readAt);
    const entries = k.notice.entries.flatMap((e) => outside(e, taken)).map((e) => ({ ...e, note: e.note ?? note }));
    if (entries.length)
      added.push({
        ...k.notice,
        id: `kept-${k.notice.id}`,
        url: k.pageUrl,
        // Oldest first among notices: the feed's own, later, would win anyway.
        publishedAt: '1970-01-01T00:00:00Z',
        entries,
      });
  }
  return added.length
    ? { ...feed, schedule: { ...feed.schedule, notices: [...added, ...(feed.schedule.notices ?? [])] } }
    : feed;
}
