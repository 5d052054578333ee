/**
 * The feed reader's core: turns bytes, text or parsed JSON into a Feed plus every problem
 * found (feed-v1.md "Errors and warnings"), as findings: codes, JSON Pointers and values,
 * without words (validate.ts adds those). Never throws on bad input: a bad feed is a result.
 */
import type * as z from 'zod/mini';
import { isDateString, parseDate, parseTime, yearOf, type DayNumber } from '../date/civil';
import { DEFAULT_TIME_ZONE, isLocalDateTime, isValidTimeZone, parseInstant, wallClockAt } from '../date/zone';
import { checkCreditCode } from '../identity/credit-code';
import type { HolidayCalendar } from '../calendar/holiday-calendar';
import { ScheduleEngine, type ResolvedSession } from '../schedule/engine';
import { jsonErrorOffset } from './json-error';
import { SEVERITY, toPointer, type Finding, type ProblemCode, type ProblemParams } from './problem-codes';
import { FeedSchema, ID_PATTERN, INSTANT_PATTERN, TIME_PATTERN, type Feed } from './schema';

/** Feeds larger than this are refused before parsing (feed-v1 "Size"). */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

export interface CheckOptions {
  /** National calendar for the checks that resolve the schedule; default built-in. */
  calendar?: HolidayCalendar;
  /** Stop listing after this many problems (a last warning says how many more). Default 1000. */
  maxProblems?: number;
  /** zod's error map (a locale), for the rare issue this reader has no words of its own for. */
  zodError?: z.core.$ZodErrorMap;
}

export interface CheckResult {
  /** The feed, only when it has no errors: a feed with errors is never used as good. */
  feed: Feed | undefined;
  valid: boolean;
  /** Every finding, errors and warnings, in document order. */
  findings: Finding[];
}

type Json = unknown;
type Path = (string | number)[];

class Collector {
  readonly findings: Finding[] = [];
  add(code: ProblemCode, path: Path | string, params: ProblemParams = {}) {
    this.findings.push({ severity: SEVERITY[code], code, path: typeof path === 'string' ? path : toPointer(path), params });
  }
  get hasErrors() {
    return this.findings.some((p) => p.severity === 'error');
  }
}

/** Checks feed bytes (UTF-8) or text. */
export function checkFeedText(input: string | Uint8Array, options: CheckOptions = {}): CheckResult {
  const out = new Collector();
  const size = typeof input === 'string' ? utf8Length(input) : input.byteLength;
  if (size > MAX_FEED_BYTES) return oversizeResult(size, options);
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
    } catch {
      out.add('json.encoding', '');
      return finish(out, undefined, options);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) {
    out.add('json.bom', '');
    text = text.slice(1);
  }
  let data: Json;
  try {
    data = JSON.parse(text);
  } catch {
    out.add('json.syntax', '', syntaxLocation(text));
    return finish(out, undefined, options);
  }
  return validateInto(out, data, options);
}

/** The result for a feed of `size` bytes, over the limit: refused before reading or parsing. */
export function oversizeResult(size: number, options: CheckOptions = {}): CheckResult {
  const out = new Collector();
  out.add('feed.too-large', '', { size: formatBytes(size), bytes: size });
  return finish(out, undefined, options);
}

/** Checks an already-parsed JSON value. */
export function checkFeed(data: Json, options: CheckOptions = {}): CheckResult {
  return validateInto(new Collector(), data, options);
}

function validateInto(out: Collector, data: Json, options: CheckOptions): CheckResult {
  if (!isObject(data)) {
    out.add('schema.type', '', { expected: 'object', received: jsonType(data) });
    return finish(out, undefined, options);
  }
  if (typeof data.version === 'number' && data.version > 1) {
    out.add('feed.unsupported-version', '/version', { version: data.version });
    return finish(out, undefined, options);
  }
  const parsed = FeedSchema.safeParse(data, options.zodError ? { error: options.zodError } : undefined);
  if (!parsed.success) for (const issue of parsed.error.issues) mapIssue(issue, [], data, out);
  crossFieldChecks(data, out);
  scanText(data, [], out);
  if (parsed.success && !out.hasErrors) engineChecks(parsed.data, out, options.calendar);
  return finish(out, parsed.success ? parsed.data : undefined, options);
}

function finish(out: Collector, feed: Feed | undefined, options: CheckOptions): CheckResult {
  const max = options.maxProblems ?? 1000;
  const valid = !out.hasErrors;
  let findings = out.findings.sort((a, b) => comparePointers(a.path, b.path));
  if (findings.length > max) {
    const more = findings.length - max;
    findings = findings.slice(0, max);
    findings.push({ severity: SEVERITY['feed.too-many-problems'], code: 'feed.too-many-problems', path: '', params: { count: more } });
  }
  return { feed: valid ? feed : undefined, valid, findings };
}

// ---------------------------------------------------------------------------------------
// JSON layer

function utf8Length(text: string): number {
  if (text.length > MAX_FEED_BYTES) return text.length; // each UTF-16 unit is at least one byte
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) (bytes += 4), i++;
    else bytes += 3;
  }
  return bytes;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

function syntaxLocation(text: string): ProblemParams {
  const pos = jsonErrorOffset(text);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < pos; i++) if (text.charCodeAt(i) === 10) line++, (lineStart = i + 1);
  return { line, column: pos - lineStart + 1, found: charAt(text, pos) };
}

function charAt(text: string, pos: number): string {
  return pos >= text.length ? 'end' : JSON.stringify(text.slice(pos, pos + 1));
}

// ---------------------------------------------------------------------------------------
// zod issues → problems

type Issue = z.core.$ZodIssue;

function getAt(root: Json, path: readonly PropertyKey[]): Json {
  let value: Json = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, Json>)[key];
  }
  return value;
}

function mapIssue(issue: Issue, prefix: Path, root: Json, out: Collector) {
  const path = [...prefix, ...(issue.path as Path)];
  const value = getAt(root, path);
  const received = preview(value);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) out.add('schema.required', path, { field: String(path.at(-1) ?? '') });
      else out.add('schema.type', path, { expected: issue.expected === 'int' ? 'integer' : issue.expected, received: jsonType(value) });
      return;
    case 'invalid_value':
      if (value === undefined) out.add('schema.required', path, { field: String(path.at(-1) ?? '') });
      else if (issue.values.every((v) => jsonType(v) !== jsonType(value))) {
        // "3" where 3 is meant: the type is wrong, not the choice.
        out.add('schema.type', path, { expected: [...new Set(issue.values.map(jsonType))].join(' | '), received: jsonType(value) });
      } else out.add('schema.enum', path, { values: issue.values.map((v) => JSON.stringify(v)).join(', '), received });
      return;
    case 'invalid_format':
      return mapFormat(issue, path, value, out);
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? { minimum: Number(issue.minimum) } : { maximum: Number(issue.maximum) };
      out.add('schema.range', path, { ...bound, origin: issue.origin, received });
      return;
    }
    case 'invalid_union':
      return mapUnion(issue, path, value, root, out);
    default:
      // Codes this schema does not produce today; keep zod's localized message readable.
      out.add('schema.type', path, { expected: issue.message, received: jsonType(value) });
  }
}

function mapFormat(issue: Extract<Issue, { code: 'invalid_format' }>, path: Path, value: Json, out: Collector) {
  const received = preview(value);
  const pattern = 'pattern' in issue ? String(issue.pattern) : '';
  if (issue.format === 'url') {
    const scheme = urlScheme(value);
    if (scheme && scheme !== 'http:' && scheme !== 'https:') out.add('url.scheme', path, { scheme, received });
    else out.add('url.format', path, { received });
  } else if (issue.format === 'date') out.add('date.format', path, { received });
  else if (pattern === String(TIME_PATTERN)) out.add('time.format', path, { received });
  else if (pattern === String(ID_PATTERN)) out.add('id.format', path, { received });
  else if (pattern === String(INSTANT_PATTERN)) {
    out.add(typeof value === 'string' && isLocalDateTime(value) ? 'instant.offset-missing' : 'instant.format', path, {
      received: typeof value === 'string' ? value : received,
    });
  } else out.add('schema.type', path, { expected: issue.format, received });
}

/**
 * A union failed. When the value has the shape of one alternative (its problems lie deeper
 * than the union, or are format problems), report that alternative's problems; else a type
 * problem naming what the union accepts.
 */
function mapUnion(issue: Extract<Issue, { code: 'invalid_union' }>, path: Path, value: Json, root: Json, out: Collector) {
  const alternatives = issue.errors;
  if (alternatives.length === 0 && 'discriminator' in issue) {
    const key = String((issue as { discriminator?: string }).discriminator);
    const discriminant = getAt(value, [key]);
    if (discriminant === undefined) out.add('schema.required', [...path, key], { field: key });
    else out.add('schema.enum', [...path, key], { values: 'true, false', received: preview(discriminant) });
    return;
  }
  const closest = alternatives.find((issues) =>
    issues.some((i) => i.path.length > 0 || (i.code !== 'invalid_type' && i.code !== 'invalid_value')),
  );
  if (closest) {
    for (const i of closest) mapIssue(i, path, root, out);
    return;
  }
  const expected = [
    ...new Set(
      alternatives.flat().map((i) =>
        i.code === 'invalid_type'
          ? i.expected === 'record'
            ? 'language-map'
            : i.expected === 'int'
              ? 'integer'
              : i.expected
          : i.code === 'invalid_value'
            ? i.values.map((v) => JSON.stringify(v)).join(' | ')
            : i.code,
      ),
    ),
  ].join(' | ');
  out.add('schema.type', path, { expected, received: jsonType(value) });
}

function urlScheme(value: Json): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(value.trim());
  return m ? m[1]!.toLowerCase() + ':' : undefined;
}

function jsonType(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function preview(value: Json): string {
  if (value === undefined) return '(none)';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}

// ---------------------------------------------------------------------------------------
// Rules across fields, on the raw value so that they run even where other parts are broken

function isObject(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
const obj = (value: Json): Record<string, Json> | undefined => (isObject(value) ? value : undefined);
const arr = (value: Json): Json[] => (Array.isArray(value) ? value : []);
const str = (value: Json): string | undefined => (typeof value === 'string' ? value : undefined);

/** Reports the second and later uses of each id among `items[*][key]`; returns the set of ids. */
function uniqueIds(items: Json[], base: Path, key: string, out: Collector): Set<string> {
  const first = new Map<string, string>();
  items.forEach((item, i) => {
    const id = str(obj(item)?.[key]);
    if (id === undefined) return;
    const here = toPointer([...base, i, key]);
    const seen = first.get(id);
    if (seen !== undefined) out.add('id.duplicate', here, { id, first: seen });
    else first.set(id, here);
  });
  return new Set(first.keys());
}

function crossFieldChecks(feed: Record<string, Json>, out: Collector) {
  const timeZone = feed.timeZone;
  if (typeof timeZone === 'string' && timeZone !== '' && !isValidTimeZone(timeZone)) {
    out.add('timezone.unknown', '/timeZone', { received: timeZone });
  }

  const hospital = obj(feed.hospital);
  const hospitalId = str(hospital?.id);
  if (hospitalId) {
    const check = checkCreditCode(hospitalId);
    if (!check.valid) {
      out.add('hospital.id-checksum', '/hospital/id', {
        received: hospitalId,
        reason: check.reason,
        expected: check.reason === 'format' ? undefined : check.expected,
      });
    }
  }
  const campuses = uniqueIds(arr(hospital?.campuses), ['hospital', 'campuses'], 'id', out);
  const campusRef = (value: Json, path: Path) => {
    const id = str(value);
    if (id !== undefined && !campuses.has(id)) out.add('ref.unknown-campus', path, { id });
  };

  const departmentList = arr(feed.departments);
  const departments = uniqueIds(departmentList, ['departments'], 'id', out);
  departmentList.forEach((d, i) => campusRef(obj(d)?.campus, ['departments', i, 'campus']));
  const departmentRef = (value: Json, path: Path) => {
    const id = str(value);
    if (id !== undefined && ID_PATTERN.test(id) && !departments.has(id)) out.add('ref.unknown-department', path, { id });
  };

  const schedule = obj(feed.schedule);
  arr(schedule?.regular).forEach((s, i) => {
    const session = obj(s);
    const base: Path = ['schedule', 'regular', i];
    departmentRef(session?.department, [...base, 'department']);
    timeOrder(session, base, out);
    dateOrder(session?.validFrom, session?.validThrough, [...base, 'validThrough'], out);
  });
  arr(schedule?.alwaysOpen).forEach((a, i) => departmentRef(obj(a)?.department, ['schedule', 'alwaysOpen', i, 'department']));

  const notices = arr(schedule?.notices);
  uniqueIds(notices, ['schedule', 'notices'], 'id', out);
  notices.forEach((n, i) => {
    const base: Path = ['schedule', 'notices', i];
    instantValid(obj(n)?.publishedAt, [...base, 'publishedAt'], out);
    const firstEntry = new Map<string, string>();
    arr(obj(n)?.entries).forEach((e, j) => {
      const entry = obj(e);
      const at: Path = [...base, 'entries', j];
      const targets = entry?.departments;
      arr(targets).forEach((d, k) => departmentRef(d, [...at, 'departments', k]));
      if (entry?.status === 'open' && entry.sessions === undefined) out.add('schema.required', [...at, 'sessions'], { field: 'sessions' });
      if (entry?.status === 'roster' && entry.rosterOf === undefined) out.add('schema.required', [...at, 'rosterOf'], { field: 'rosterOf' });
      arr(entry?.sessions).forEach((s, k) => timeOrder(obj(s), [...at, 'sessions', k], out));
      const date = str(entry?.date);
      if (date === undefined) return;
      const keys = targets === undefined || targets === '*' ? ['*'] : arr(targets).map(String);
      for (const key of keys) {
        const seen = firstEntry.get(`${date} ${key}`);
        if (seen !== undefined) {
          out.add('notice.duplicate-entry', toPointer(at), { date, first: seen });
          break;
        }
      }
      for (const key of keys) if (!firstEntry.has(`${date} ${key}`)) firstEntry.set(`${date} ${key}`, toPointer(at));
    });
  });

  arr(feed.slots).forEach((s, i) => {
    const slot = obj(s);
    const base: Path = ['slots', i];
    departmentRef(slot?.department, [...base, 'department']);
    const start = instantValid(slot?.start, [...base, 'start'], out);
    const end = instantValid(slot?.end, [...base, 'end'], out);
    if (start !== undefined && end !== undefined && end <= start) {
      out.add('time.order', [...base, 'end'], { start: String(slot?.start), end: String(slot?.end) });
    }
    const capacity = slot?.capacity;
    const booked = slot?.booked;
    if (typeof capacity === 'number' && typeof booked === 'number' && booked > capacity) {
      out.add('slot.overbooked', [...base, 'booked'], { booked, capacity });
    }
  });

  arr(feed.waitTimes).forEach((w, i) => {
    const stat = obj(w);
    if (stat?.department !== '*') departmentRef(stat?.department, ['waitTimes', i, 'department']);
    dateOrder(stat?.periodStart, stat?.periodEnd, ['waitTimes', i, 'periodEnd'], out);
  });

  instantValid(feed.updatedAt, ['updatedAt'], out);
  const guide = obj(feed.guide);
  instantValid(guide?.publishedAt, ['guide', 'publishedAt'], out);
  const items = arr(guide?.items);
  uniqueIds(items, ['guide', 'items'], 'id', out);
  items.forEach((it, i) => {
    const item = obj(it);
    if (Array.isArray(item?.materials) && item.materials.length === 0 && item.noMaterials !== true) {
      out.add('guide.materials-empty', ['guide', 'items', i, 'materials']);
    }
    arr(item?.locations).forEach((l, k) => campusRef(obj(l)?.campus, ['guide', 'items', i, 'locations', k, 'campus']));
  });

  const firstDate = new Map<string, string>();
  arr(feed.holidayCalendar).forEach((c, i) => {
    const date = str(obj(c)?.date);
    if (date === undefined) return;
    const here = toPointer(['holidayCalendar', i, 'date']);
    const seen = firstDate.get(date);
    if (seen !== undefined) out.add('calendar.duplicate-date', here, { date, first: seen });
    else firstDate.set(date, here);
  });
}

function timeOrder(session: Record<string, Json> | undefined, base: Path, out: Collector) {
  const start = str(session?.start);
  const end = str(session?.end);
  const a = start === undefined ? undefined : parseTime(start);
  const b = end === undefined ? undefined : parseTime(end);
  if (a !== undefined && b !== undefined && b <= a) out.add('time.order', [...base, 'end'], { start: start!, end: end! });
}

function dateOrder(from: Json, through: Json, path: Path, out: Collector) {
  if (typeof from === 'string' && typeof through === 'string' && isDateString(from) && isDateString(through) && through < from) {
    out.add('date.order', path, { start: from, end: through });
  }
}

/** The instant's time, or undefined; reports well-shaped instants that name no real time. */
function instantValid(value: Json, path: Path, out: Collector): number | undefined {
  if (typeof value !== 'string' || !INSTANT_PATTERN.test(value)) return undefined;
  const ms = parseInstant(value);
  if (ms === undefined) out.add('instant.format', path, { received: value });
  return ms;
}

// C0 controls except tab, line feed and carriage return; DEL; C1 controls; bidi overrides.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function scanText(value: Json, path: Path, out: Collector) {
  if (typeof value === 'string') {
    if (CONTROL.test(value)) out.add('text.control-character', path);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) scanText(value[i], [...path, i], out);
  } else if (isObject(value)) {
    for (const key of Object.keys(value)) scanText(value[key], [...path, key], out);
  }
}

// ---------------------------------------------------------------------------------------
// Checks that need the resolved schedule (only on a structurally sound feed)

function engineChecks(feed: Feed, out: Collector, calendar: HolidayCalendar | undefined) {
  const engine = new ScheduleEngine(feed, { calendar });
  const zone = feed.timeZone ?? DEFAULT_TIME_ZONE;
  const byDay = new Map<DayNumber, Map<string, ResolvedSession[]>>();
  const sessionsOf = (day: DayNumber, department: string) => {
    let map = byDay.get(day);
    if (!map) {
      map = new Map();
      for (const s of engine.resolveDay(day)) {
        const list = map.get(s.department);
        if (list) list.push(s);
        else map.set(s.department, [s]);
      }
      byDay.set(day, map);
    }
    return map.get(department) ?? [];
  };

  // The feed's time range: from its update to the farthest date it names.
  const reach = new Map<number, string>();
  const reachYear = (day: DayNumber | undefined, path: Path) => {
    if (day === undefined) return;
    const year = yearOf(day);
    if (!reach.has(year)) reach.set(year, toPointer(path));
  };
  const updated = parseInstant(feed.updatedAt);
  if (updated !== undefined) reachYear(wallClockAt(zone, updated).day, ['updatedAt']);

  feed.slots?.forEach((slot, i) => {
    const start = parseInstant(slot.start)!;
    const end = parseInstant(slot.end)!;
    const a = wallClockAt(zone, start);
    const b = wallClockAt(zone, end);
    reachYear(a.day, ['slots', i, 'start']);
    const endMinute = b.day === a.day ? b.minute : b.day === a.day + 1 && b.minute === 0 ? 1440 : Infinity;
    const inside = sessionsOf(a.day, slot.department).some((s) => s.startMinute <= a.minute && endMinute <= s.endMinute);
    if (!inside) out.add('slot.outside-hours', ['slots', i], { start: slot.start, department: slot.department });
  });
  feed.schedule.notices?.forEach((n, i) =>
    n.entries.forEach((e, j) => reachYear(parseDate(e.date), ['schedule', 'notices', i, 'entries', j, 'date'])),
  );
  feed.schedule.regular.forEach((s, i) => {
    if (s.validFrom) reachYear(parseDate(s.validFrom), ['schedule', 'regular', i, 'validFrom']);
    if (s.validThrough) reachYear(parseDate(s.validThrough), ['schedule', 'regular', i, 'validThrough']);
  });

  const years = [...reach.keys()];
  if (years.length === 0) return;
  const last = Math.max(...years);
  for (let year = Math.min(...years); year <= last; year++) {
    if (!engine.calendar.isPublished(year)) {
      const path = reach.get(year) ?? reach.get(last)!;
      out.add('calendar.pending', path, { year });
    }
  }
}

/** Orders JSON Pointers as document order would: numeric tokens numerically. */
function comparePointers(a: string, b: string): number {
  if (a === b) return 0;
  const as = a.split('/');
  const bs = b.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i]!;
    const y = bs[i]!;
    if (x === y) continue;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return as.length - bs.length;
}
