/**
 * schema.org JSON-LD for a hospital's site, generated from its feed: the Hospital with its
 * identifier and contacts, its regular outpatient hours per weekday, and, for the coming
 * weeks, every date whose hours differ from that weekday's (holidays, make-up workdays,
 * notices) as dated special hours (closed all day = opens and closes 00:00).
 */
import { type DayNumber, formatTime, WEEKDAYS, weekdayIndex } from '../date/civil';
import type { Feed } from '../feed/schema';
import { jsonInScript } from '../html/json-in-script';
import { type Lang, textIn } from '../i18n/local-text';
import { isSessionProper, type ResolvedSession, ScheduleEngine } from '../schedule/engine';

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

type Interval = [number, number];

/** The union of sessions as sorted, merged minute intervals. */
function merged(sessions: readonly ResolvedSession[]): Interval[] {
  const out: Interval[] = [];
  for (const s of [...sessions].sort((a, b) => a.startMinute - b.startMinute)) {
    const last = out.at(-1);
    if (last && s.startMinute <= last[1]) last[1] = Math.max(last[1], s.endMinute);
    else out.push([s.startMinute, s.endMinute]);
  }
  return out;
}

const same = (a: Interval[], b: Interval[]) =>
  a.length === b.length && a.every((x, i) => x[0] === b[i]![0] && x[1] === b[i]![1]);
const hhmm = (m: number) => (m >= 1440 ? '23:59' : formatTime(m));

export interface JsonLdOptions {
  /** First date of the special hours; default today in the feed's zone. */
  from?: DayNumber;
  /** How many days of special hours; default 60. */
  days?: number;
  lang?: Lang;
}

export function hospitalJsonLd(feed: Feed, options: JsonLdOptions = {}): Record<string, unknown> {
  const lang = options.lang ?? 'zh-CN';
  const engine = new ScheduleEngine(feed);
  const from = options.from ?? engine.today();
  const days = options.days ?? 60;
  const outpatient = { includeAlwaysOpen: false };

  // The regular week: a date's own roster, on a week of plain days (no holiday, no notice).
  const weekly: Interval[][] = WEEKDAYS.map(() => []);
  const seen = new Set<number>();
  for (let d = from; seen.size < 7 && d < from + 120; d++) {
    const w = weekdayIndex(d);
    if (seen.has(w)) continue;
    const info = engine.dayInfo(d);
    const lines = engine.resolveLines(d, outpatient);
    if (info.dayType === 'holiday' || info.dayType === 'makeup-workday' || lines.some((s) => s.basis !== 'regular'))
      continue;
    const sessions = lines.filter(isSessionProper);
    weekly[w] = merged(sessions);
    seen.add(w);
  }
  const openingHoursSpecification = weekly.flatMap((intervals, w) =>
    intervals.map(([opens, closes]) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${DAY_NAMES[w]}`,
      opens: hhmm(opens),
      closes: hhmm(closes),
    })),
  );

  const specialOpeningHoursSpecification: Record<string, unknown>[] = [];
  for (let d = from; d < from + days; d++) {
    // Only open lines whose hours were published are hours. A date the hospital left
    // unannounced (or without clock times) and with nothing open stated is left out: saying
    // "closed" there would be a guess.
    const lines = engine.resolveLines(d, outpatient);
    const sessions = lines.filter(isSessionProper);
    if (
      sessions.length === 0 &&
      lines.some((l) => l.status === 'unknown' || (l.status === 'open' && l.hoursStated === false))
    )
      continue;
    const intervals = merged(sessions);
    if (same(intervals, weekly[weekdayIndex(d)]!)) continue;
    const date = engine.dayInfo(d).date;
    const spec = (opens: string, closes: string) => ({
      '@type': 'OpeningHoursSpecification',
      validFrom: date,
      validThrough: date,
      opens,
      closes,
    });
    if (intervals.length === 0) specialOpeningHoursSpecification.push(spec('00:00', '00:00'));
    else
      for (const [opens, closes] of intervals) specialOpeningHoursSpecification.push(spec(hhmm(opens), hhmm(closes)));
  }

  const h = feed.hospital;
  return {
    '@context': 'https://schema.org',
    '@type': 'Hospital',
    name: textIn(h.name, lang),
    identifier: { '@type': 'PropertyValue', propertyID: '统一社会信用代码', value: h.id },
    ...(h.website && { url: h.website }),
    ...(h.phone && { telephone: h.phone }),
    address: {
      '@type': 'PostalAddress',
      addressCountry: 'CN',
      addressRegion: h.province,
      addressLocality: h.city,
      ...(h.address && { streetAddress: h.address }),
    },
    openingHoursSpecification,
    ...(specialOpeningHoursSpecification.length > 0 && { specialOpeningHoursSpecification }),
    department: feed.departments.map((d) => ({
      '@type': 'MedicalClinic',
      name: textIn(d.name, lang),
      ...(engine.alwaysOpen.has(d.id) && {
        openingHoursSpecification: {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: DAY_NAMES.map((n) => `https://schema.org/${n}`),
          opens: '00:00',
          closes: '23:59',
        },
      }),
    })),
  };
}

/** The JSON-LD as a <script> element's markup, ready to paste into a page's <head>. */
export function jsonLdScript(data: unknown): string {
  return `<script type="application/ld+json">\n${jsonInScript(data, 2)}\n</script>`;
}
