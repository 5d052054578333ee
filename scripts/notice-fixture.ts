/**
 * Finishing a real-notice fixture (tests/fixtures/real-notices/<folder>/): given its feed.json —
 * the hospital's departments, an assumed roster and the notice written by hand as feed-v1
 * entries (the reading) — fill in `holidayCalendar` for a year the built-in calendar does not
 * hold (the State Council's days off and make-up days around the notice's dates, from
 * chinese-days), check the feed, and write expected.json: every line the feed resolves to on
 * each listed date, and the (date, department) pairs with none.
 *
 *   npx tsx scripts/notice-fixture.ts <folder> <date | first..last>…
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import chineseDays from 'chinese-days';
import { normal, project } from '../tests/helpers/resolved-lines';
import { nationalCalendar } from '../utils/calendar/holiday-calendar';
import { formatDate, parseDate, yearOf } from '../utils/date/civil';
import type { Feed } from '../utils/feed/schema';
import { validateFeed } from '../utils/feed/validate';
import { ScheduleEngine } from '../utils/schedule/engine';

const [folder, ...spans] = process.argv.slice(2);
const listed: number[] = [];
for (const span of spans) {
  const [a, b = a] = span.split('..');
  const [x, y] = [parseDate(a!), parseDate(b!)];
  if (x === undefined || y === undefined || y < x) {
    console.error(`not a date or a range: ${span}`);
    process.exit(2);
  }
  for (let d = x; d <= y; d++) listed.push(d);
}
if (!folder || listed.length === 0) {
  console.error('usage: npx tsx scripts/notice-fixture.ts <folder> <date | first..last>…');
  process.exit(2);
}
const dir = join(import.meta.dirname, '../tests/fixtures/real-notices', folder);
const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')) as Feed;
const first = Math.min(...listed);
const last = Math.max(...listed);

// The State Council's arrangement for a year the built-in calendar does not hold, a week either side.
const { getDayDetail } = chineseDays as unknown as { getDayDetail(d: string): { work: boolean; name: string } };
if (!nationalCalendar().isPublished(yearOf(first))) {
  const days: NonNullable<Feed['holidayCalendar']> = [];
  for (let d = first - 7; d <= last + 7; d++) {
    const date = formatDate(d);
    const detail = getDayDetail(date);
    const [en, zh] = detail.name.split(',');
    if (!zh) continue;
    const weekend = [0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay());
    if (!detail.work)
      days.push({ date, kind: 'off', name: { 'zh-CN': zh.endsWith('节') || zh === '元旦' ? zh : `${zh}节`, en: en! } });
    else if (weekend)
      days.push({
        date,
        kind: 'makeup-workday',
        name: { 'zh-CN': zh.endsWith('节') || zh === '元旦' ? zh : `${zh}节`, en: en! },
      });
  }
  feed.holidayCalendar = days;
}
const checked = validateFeed(feed);
if (!checked.feed) {
  console.error(checked.errors.map((e) => `${e.path} ${e.code} ${e.message}`).join('\n'));
  process.exit(1);
}
writeFileSync(join(dir, 'feed.json'), `${JSON.stringify(feed, null, 2)}\n`);
const engine = new ScheduleEngine(checked.feed);
const dates: string[] = [];
const lines: Record<string, unknown>[] = [];
const noLines: { date: string; department: string }[] = [];
for (const d of [...new Set(listed)].sort((a, b) => a - b)) {
  const date = formatDate(d);
  dates.push(date);
  const resolved = engine.resolveLines(d).map(project);
  lines.push(...resolved);
  for (const dep of feed.departments)
    if (!resolved.some((l) => l.department === dep.id)) noLines.push({ date, department: dep.id });
  console.log(date, resolved.map((l) => normal(l)).join('\n           '));
}
writeFileSync(join(dir, 'expected.json'), `${JSON.stringify({ dates, lines, noLines }, null, 1)}\n`);
