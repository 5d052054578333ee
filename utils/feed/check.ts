/**
 * The feed reader's core: turns bytes, text or parsed JSON into a Feed plus every problem
 * found (feed-v1.md "Errors and warnings"), as findings: codes, JSON Pointers and values,
 * without words (validate.ts adds those). Never throws on bad input: a bad feed is a result.
 */
import type * as z from 'zod/mini';
import type { HolidayCalendar } from '../calendar/holiday-calendar';
import { isDateString, parseDate, parseTime } from '../date/civil';
import { isValidTimeZone, parseInstant } from '../date/zone';
import { fastSessions } from './fast-sessions';
import { fastSlots } from './fast-slots';
import { fastWaitTimes } from './fast-wait-times';
import { MAX_FEED_BYTES } from './feed-size';
import { MAX_JSON_DEPTH, valueTooDeep } from './json-scan';
import {
  echo,
  type Finding,
  MAX_ECHO,
  type ProblemCode,
  type ProblemParams,
  severityOf,
  toPointer,
} from './problem-codes';
import {
  CLINIC_TYPE_VALUES,
  DATE_YEARS,
  type Feed,
  feedSchemas,
  ID_PATTERN,
  INSTANT_PATTERN,
  MAX_ENTRY_DAYS,
} from './schema';

/** Feeds larger than this are refused before parsing (feed-v1 "Size"; its one definition is feed-size.ts). */
export { MAX_FEED_BYTES };

export interface CheckOptions {
  /** National calendar for the checks that resolve the schedule; default built-in. */
  calendar?: HolidayCalendar;
  /** Stop listing after this many problems (a last warning says how many more). Default 1000. */
  maxProblems?: number;
  /** zod's error map (a locale), for the rare issue this reader has no words of its own for. */
  zodError?: z.core.$ZodErrorMap;
  /**
   * Checks that can only warn (check-warnings.ts). Validity never depends on them, so the
   * widget's first render skips them; the CLI, the extension and the webmaster tools run them.
   */
  warnings?: WarningChecks;
  issues?: IssueMapper;
}

/**
 * Turns zod's issues and JSON syntax errors into exact findings (check-issues.ts). Without
 * it a failed check is provisional: right about validity and where, not about the code.
 * The widget loads it only when a feed fails; validate.ts always passes it.
 */
export interface IssueMapper {
  mapIssues(issues: readonly z.core.$ZodIssue[], root: unknown, add: AddFinding): void;
  syntax(text: string): ProblemParams;
}

/** Reports one finding; `path` as keys or as a JSON Pointer. */
export type AddFinding = (code: ProblemCode, path: Path | string, params?: ProblemParams) => void;
/** Runs after the structural and cross-field checks; `feed` is set only when there is no error. */
export type WarningChecks = (
  data: unknown,
  feed: Feed | undefined,
  add: AddFinding,
  calendar: HolidayCalendar | undefined,
  source: SourceText | undefined,
) => void;

/** The text the value was parsed from (not there for a value handed in already parsed). */
export interface SourceText {
  text: string;
  /** The most findings of one code that are listed. */
  max: number;
  /** Counts findings beyond `max` that were not even reported (feed.too-many-problems names them all). */
  unlisted: (count: number) => void;
}

export interface CheckResult {
  /** The feed, only when it has no errors: a feed with errors is never used as good. */
  feed: Feed | undefined;
  valid: boolean;
  /** Every finding, errors and warnings, in document order. */
  findings: Finding[];
}

type Json = unknown;
const DEFAULT_MAX_PROBLEMS = 1000;
const BUILT_IN_CLINIC_TYPES: ReadonlySet<string> = new Set(CLINIC_TYPE_VALUES);
export type Path = (string | number)[];

class Collector {
  readonly findings: Finding[] = [];
  /** Findings beyond the most one code may list: counted, not kept, so a flood stays cheap. */
  unlisted = 0;
  readonly #perCode = new Map<ProblemCode, number>();
  readonly #max: number;
  constructor(options: CheckOptions) {
    this.#max = options.maxProblems ?? DEFAULT_MAX_PROBLEMS;
  }
  add(code: ProblemCode, path: Path | string, params: ProblemParams = {}) {
    // The list is cut to `max` findings anyway: a code found more often keeps its first `max`
    // (then not always the first in document order) and counts the rest, and a flood of one
    // code (a value repeated through a 5 MiB feed) costs no sort of a hundred thousand.
    const count = (this.#perCode.get(code) ?? 0) + 1;
    this.#perCode.set(code, count);
    if (count > this.#max) {
      this.unlisted++;
      return;
    }
    this.findings.push({
      severity: severityOf(code),
      code,
      path: typeof path === 'string' ? path : toPointer(path),
      params: echoed(params),
    });
  }
  /** How many findings of one code are kept at most. */
  get max() {
    return this.#max;
  }
  get hasErrors() {
    return this.findings.some((p) => p.severity === 'error');
  }
}

/**
 * The values a finding echoes (an id, a date, a time zone …), each cut to MAX_ECHO characters:
 * a value is the publisher's, and one a megabyte long made a message a megabyte long. Only
 * `dates`, the checker's own list of the dates it names, is whole.
 */
function echoed(params: ProblemParams): ProblemParams {
  let out: ProblemParams | undefined;
  for (const key in params) {
    const value = params[key];
    if (typeof value !== 'string' || value.length <= MAX_ECHO || key === 'dates') continue;
    out ??= { ...params };
    out[key] = echo(value);
  }
  return out ?? params;
}

/** Checks feed bytes (UTF-8) or text. */
export function checkFeedText(input: string | Uint8Array, options: CheckOptions = {}): CheckResult {
  const out = new Collector(options);
  const size = typeof input === 'string' ? utf8Length(input) : input.byteLength;
  if (size > MAX_FEED_BYTES) return oversizeResult(size, options);
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
    } catch {
      out.add('json.encoding', '');
      return finish(out, undefined);
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
    out.add('json.syntax', '', options.issues?.syntax(text) ?? {});
    return finish(out, undefined);
  }
  return validateInto(out, data, options, false, text);
}

/** The result for a feed of `size` bytes, over the limit: refused before reading or parsing. */
export function oversizeResult(size: number, options: CheckOptions = {}): CheckResult {
  const out = new Collector(options);
  out.add('feed.too-large', '', { size: formatBytes(size), bytes: size });
  return finish(out, undefined);
}

/** Checks an already-parsed JSON value. */
export function checkFeed(data: Json, options: CheckOptions = {}): CheckResult {
  // A caller's value need not come from JSON.parse: it may share objects, even contain itself.
  return validateInto(new Collector(options), data, options, true);
}

function validateInto(out: Collector, data: Json, options: CheckOptions, shared = false, text?: string): CheckResult {
  // JSON.parse reads any depth, but zod's error paths, JSON.stringify and String() recurse:
  // a value nested thousands deep would overflow the stack in any of them, so it is refused
  // before anything else looks at it.
  const tooDeep = valueTooDeep(data, MAX_JSON_DEPTH, shared);
  if (tooDeep.length > 0) {
    for (const path of tooDeep) out.add('json.too-deep', path, { max: MAX_JSON_DEPTH });
    return finish(out, undefined);
  }
  if (!isObject(data)) {
    out.add('schema.type', '', { expected: 'object', received: jsonType(data) });
    return finish(out, undefined);
  }
  // 1e400 (Infinity) is no version at all: the schema says it is out of range.
  if (typeof data.version === 'number' && data.version > 1 && Number.isFinite(data.version)) {
    out.add('feed.unsupported-version', '/version', { version: data.version });
    return finish(out, undefined);
  }
  // Slots, the weekly roster and the wait figures are most of a large feed: where a fast path
  // vouches for all of one, zod checks the rest and that part joins its output; else zod
  // checks it too and says exactly what is wrong.
  const slots = data.slots === undefined ? undefined : fastSlots(data.slots);
  const schedule = obj(data.schedule);
  const regular = schedule ? fastSessions(schedule.regular) : undefined;
  const waitTimes = data.waitTimes === undefined ? undefined : fastWaitTimes(data.waitTimes);
  const rest: Record<string, Json> = slots || regular || waitTimes ? { ...data } : data;
  if (slots) rest.slots = [];
  if (regular) rest.schedule = { ...schedule, regular: [] };
  if (waitTimes) rest.waitTimes = [];
  const parsed = feedSchemas().FeedSchema.safeParse(rest, options.zodError ? { error: options.zodError } : undefined);
  if (parsed.success) {
    if (slots) parsed.data.slots = slots;
    if (regular) parsed.data.schedule.regular = regular;
    if (waitTimes) parsed.data.waitTimes = waitTimes;
  }
  if (!parsed.success) {
    const add: AddFinding = (code, path, params) => out.add(code, path, params);
    if (options.issues) options.issues.mapIssues(parsed.error.issues, data, add);
    else for (const issue of parsed.error.issues) add('schema.type', issue.path as Path, { provisional: true });
  }
  crossFieldChecks(data, out);
  options.warnings?.(
    data,
    parsed.success && !out.hasErrors ? parsed.data : undefined,
    (code, path, params) => out.add(code, path, params),
    options.calendar,
    text === undefined
      ? undefined
      : {
          text,
          max: out.max,
          unlisted: (count) => {
            out.unlisted += count;
          },
        },
  );
  return finish(out, parsed.success ? parsed.data : undefined);
}

function finish(out: Collector, feed: Feed | undefined): CheckResult {
  const max = out.max;
  const valid = !out.hasErrors;
  let findings = out.findings.sort((a, b) => comparePointers(a.path, b.path));
  if (findings.length + out.unlisted > max) {
    const more = findings.length + out.unlisted - max;
    // Errors first: a flood of warnings (a key repeated all through the file) must not push
    // out the errors that make the feed invalid. Each kind keeps its document order.
    const errors = findings.filter((f) => f.severity === 'error');
    findings =
      errors.length >= max
        ? errors.slice(0, max)
        : [...errors, ...findings.filter((f) => f.severity !== 'error').slice(0, max - errors.length)].sort((a, b) =>
            comparePointers(a.path, b.path),
          );
    findings.push({
      severity: severityOf('feed.too-many-problems'),
      code: 'feed.too-many-problems',
      path: '',
      params: { count: more },
    });
  }
  return { feed: valid ? feed : undefined, valid, findings };
}

// ---------------------------------------------------------------------------------------
// JSON layer

function utf8Length(text: string): number {
  if (text.length > MAX_FEED_BYTES) return text.length; // each UTF-16 unit is at least one byte
  if (text.length * 3 <= MAX_FEED_BYTES) return text.length; // at most 3 bytes a unit: surely within the limit
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

// ---------------------------------------------------------------------------------------
// Rules across fields, on the raw value so that they run even where other parts are broken

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

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

/**
 * Every rule across fields, one named step each: identities and references (which the later
 * steps use), the schedule, the notices, the slots, the wait figures, the guide, the calendar.
 */
function crossFieldChecks(feed: Record<string, Json>, out: Collector) {
  timeZoneCheck(feed.timeZone, out);
  instantValid(feed.updatedAt, () => ['updatedAt'], out);
  const refs = referenceChecks(feed, out);
  const schedule = obj(feed.schedule);
  scheduleChecks(schedule, refs, out);
  noticeChecks(arr(schedule?.notices), refs, out);
  slotChecks(arr(feed.slots), refs, out);
  waitChecks(arr(feed.waitTimes), refs, out);
  guideChecks(obj(feed.guide), refs, out);
  calendarChecks(arr(feed.holidayCalendar), out);
}

function timeZoneCheck(timeZone: Json, out: Collector) {
  if (typeof timeZone === 'string' && timeZone !== '' && !isValidTimeZone(timeZone)) {
    out.add('timezone.unknown', '/timeZone', { received: timeZone });
  }
}

interface Refs {
  departmentRef: (value: Json, path: Path | (() => Path)) => void;
  campusRef: Ref;
  clinicTypeRef: Ref;
  categoryOf: (type: string) => string | undefined;
  /** The departments' ids (the slots' loop tests them directly). */
  departments: ReadonlySet<string>;
}

/** Unique ids of campuses, departments and clinic types, and the checks of a reference to each. */
function referenceChecks(feed: Record<string, Json>, out: Collector): Refs {
  const campuses = uniqueIds(arr(obj(feed.hospital)?.campuses), ['hospital', 'campuses'], 'id', out);
  const campusRef = (value: Json, path: Path) => {
    const id = str(value);
    if (id !== undefined && !campuses.has(id)) out.add('ref.unknown-campus', path, { id });
  };
  const departmentList = arr(feed.departments);
  const departments = uniqueIds(departmentList, ['departments'], 'id', out);
  departmentList.forEach((d, i) => {
    campusRef(obj(d)?.campus, ['departments', i, 'campus']);
  });
  const departmentRef = (value: Json, path: Path | (() => Path)) => {
    const id = str(value);
    if (id !== undefined && ID_PATTERN.test(id) && !departments.has(id))
      out.add('ref.unknown-department', typeof path === 'function' ? path() : path, { id });
  };
  const clinicTypeRef = clinicTypeChecks(obj(feed.schedule), out);
  return { departmentRef, campusRef, clinicTypeRef, categoryOf: clinicTypeRef.categoryOf, departments };
}

/** The weekly roster, always-open services and day parts: references, time and date order. */
function scheduleChecks(schedule: Record<string, Json> | undefined, refs: Refs, out: Collector) {
  arr(schedule?.regular).forEach((s, i) => {
    const session = obj(s);
    const base: Path = ['schedule', 'regular', i];
    refs.departmentRef(session?.department, [...base, 'department']);
    refs.clinicTypeRef(session?.clinicType, [...base, 'clinicType']);
    timeOrder(session, base, out);
    datePair(session, base, 'validFrom', 'validThrough', out);
  });
  arr(schedule?.alwaysOpen).forEach((a, i) => {
    refs.departmentRef(obj(a)?.department, ['schedule', 'alwaysOpen', i, 'department']);
    datePair(obj(a), ['schedule', 'alwaysOpen', i], 'validFrom', 'validThrough', out);
  });
  arr(schedule?.dayParts).forEach((p, i) => {
    timeOrder(obj(p), ['schedule', 'dayParts', i], out);
    datePair(obj(p), ['schedule', 'dayParts', i], 'validFrom', 'validThrough', out);
  });
}

/**
 * Slots can be thousands, checked in one plain loop: each distinct instant is parsed once
 * (the same times recur in every department), and paths are built only for what is reported.
 */
function slotChecks(slots: Json[], refs: Refs, out: Collector) {
  const instants = new Map<string, number | undefined>();
  const slotInstant = (value: Json, i: number, key: string): number | undefined => {
    if (typeof value !== 'string') return undefined;
    if (instants.has(value)) return instants.get(value);
    const ms = instantValid(value, () => ['slots', i, key], out);
    // A malformed instant is reported at each place it occurs, so it is never remembered.
    if (ms !== undefined) instants.set(value, ms);
    return ms;
  };
  for (let i = 0; i < slots.length; i++) {
    const slot = obj(slots[i]!);
    if (!slot) continue;
    const department = slot.department;
    if (typeof department === 'string' && !refs.departments.has(department) && ID_PATTERN.test(department)) {
      out.add('ref.unknown-department', ['slots', i, 'department'], { id: department });
    }
    const start = slotInstant(slot.start, i, 'start');
    const end = slotInstant(slot.end, i, 'end');
    if (start !== undefined && end !== undefined && end <= start) {
      out.add('time.order', ['slots', i, 'end'], { start: String(slot.start), end: String(slot.end) });
    }
    if (typeof slot.clinicType === 'string' && slot.clinicType !== 'general')
      refs.clinicTypeRef(slot.clinicType, ['slots', i, 'clinicType']);
    const { capacity, booked } = slot;
    if (typeof capacity === 'number' && typeof booked === 'number' && Number.isFinite(booked) && booked > capacity) {
      out.add('slot.overbooked', ['slots', i, 'booked'], { booked, capacity });
    }
  }
}

function waitChecks(waitTimes: Json[], refs: Refs, out: Collector) {
  waitTimes.forEach((w, i) => {
    const stat = obj(w);
    if (stat?.department !== '*') refs.departmentRef(stat?.department, ['waitTimes', i, 'department']);
    datePair(stat, ['waitTimes', i], 'periodStart', 'periodEnd', out);
  });
}

/** The guide: its date, unique items, materials stated or waived, and the campuses of its places. */
function guideChecks(guide: Record<string, Json> | undefined, refs: Refs, out: Collector) {
  instantValid(guide?.publishedAt, () => ['guide', 'publishedAt'], out);
  const items = arr(guide?.items);
  uniqueIds(items, ['guide', 'items'], 'id', out);
  items.forEach((it, i) => {
    const item = obj(it);
    if (Array.isArray(item?.materials) && item.materials.length === 0 && item.noMaterials !== true) {
      out.add('guide.materials-empty', ['guide', 'items', i, 'materials']);
    }
    arr(item?.locations).forEach((l, k) => {
      refs.campusRef(obj(l)?.campus, ['guide', 'items', i, 'locations', k, 'campus']);
    });
  });
}

/** The feed's own holiday calendar names each date once. */
function calendarChecks(days: Json[], out: Collector) {
  const firstDate = new Map<string, string>();
  days.forEach((c, i) => {
    const date = str(obj(c)?.date);
    if (date === undefined) return;
    dateInRange(date, () => ['holidayCalendar', i, 'date'], out);
    const here = toPointer(['holidayCalendar', i, 'date']);
    const seen = firstDate.get(date);
    if (seen !== undefined) out.add('calendar.duplicate-date', here, { date, first: seen });
    else firstDate.set(date, here);
  });
}

type Ref = (value: Json, path: Path) => void;
interface ClinicTypeRef extends Ref {
  /** The built-in type a clinic type counts as (itself when built in; undefined when unknown). */
  categoryOf: (type: string) => string | undefined;
}

/** The hospital's own clinic types: unique, never a built-in name; returns the check of a reference to one. */
function clinicTypeChecks(schedule: Record<string, Json> | undefined, out: Collector): ClinicTypeRef {
  const own = arr(schedule?.clinicTypes);
  const ids = uniqueIds(own, ['schedule', 'clinicTypes'], 'id', out);
  const category = new Map<string, string>();
  own.forEach((c, i) => {
    const id = str(obj(c)?.id);
    if (id === undefined) return;
    if (BUILT_IN_CLINIC_TYPES.has(id))
      out.add('id.duplicate', ['schedule', 'clinicTypes', i, 'id'], { id, first: 'built-in' });
    const cat = str(obj(c)?.category);
    if (cat !== undefined && !category.has(id)) category.set(id, cat);
  });
  const categoryOf = (type: string) =>
    BUILT_IN_CLINIC_TYPES.has(type) ? type : ids.has(type) ? category.get(type) : undefined;
  const ref = ((value: Json, path: Path) => {
    const id = str(value);
    if (id !== undefined && ID_PATTERN.test(id) && !BUILT_IN_CLINIC_TYPES.has(id) && !ids.has(id))
      out.add('ref.unknown-clinic-type', path, { id });
  }) as ClinicTypeRef;
  ref.categoryOf = categoryOf;
  return ref;
}

/** Notices: ids, references (departments, campuses, clinic types, superseded notices), ranges and scopes of their entries. */
function noticeChecks(notices: Json[], refs: Refs, out: Collector) {
  const ids = uniqueIds(notices, ['schedule', 'notices'], 'id', out);
  notices.forEach((n, i) => {
    const notice = obj(n);
    const base: Path = ['schedule', 'notices', i];
    instantValid(notice?.publishedAt, () => [...base, 'publishedAt'], out);
    arr(notice?.supersedes).forEach((s, k) => {
      const id = str(s);
      if (id !== undefined && ID_PATTERN.test(id) && (!ids.has(id) || id === str(notice?.id)))
        out.add('ref.unknown-notice', [...base, 'supersedes', k], { id });
    });
    const scopes = new Map<string, string>();
    arr(notice?.entries).forEach((e, j) => {
      const entry = obj(e);
      const at: Path = [...base, 'entries', j];
      arr(entry?.departments).forEach((d, k) => {
        refs.departmentRef(d, [...at, 'departments', k]);
      });
      arr(entry?.campuses).forEach((c, k) => {
        refs.campusRef(c, [...at, 'campuses', k]);
      });
      const scopeTypes = arr(entry?.clinicTypes);
      scopeTypes.forEach((c, k) => {
        refs.clinicTypeRef(c, [...at, 'clinicTypes', k]);
      });
      const referTo = obj(entry?.referTo);
      refs.departmentRef(referTo?.department, [...at, 'referTo', 'department']);
      refs.campusRef(referTo?.campus, [...at, 'referTo', 'campus']);
      if (entry?.status === 'roster' && entry.rosterOf === undefined)
        out.add('schema.required', [...at, 'rosterOf'], { field: 'rosterOf' });
      entryRange(entry, at, out);
      const listed = scopeTypes.filter((c): c is string => typeof c === 'string');
      arr(entry?.sessions).forEach((s, k) => {
        const session = obj(s);
        timeOrder(session, [...at, 'sessions', k], out);
        const type = str(session?.clinicType);
        refs.clinicTypeRef(type, [...at, 'sessions', k, 'clinicType']);
        // A session's type must lie in the entry's scope (a hospital type counts by its category too).
        if (listed.length === 0) return;
        const effective = type ?? (listed.length === 1 ? listed[0]! : 'general');
        const category = refs.categoryOf(effective);
        if (!listed.includes(effective) && (category === undefined || !listed.includes(category))) {
          out.add('notice.clinic-type-scope', [...at, 'sessions', k, ...(type === undefined ? [] : ['clinicType'])], {
            type: effective,
            scope: listed.join(', '),
          });
        }
      });
      // Two entries of one notice with the same scope on the same date: the later one makes the earlier irrelevant.
      const date = str(entry?.date);
      if (date === undefined || entry?.through !== undefined) return;
      const key = JSON.stringify([
        date,
        entry?.departments ?? '*',
        entry?.campuses ?? null,
        entry?.clinicTypes ?? null,
        entry?.part ?? null,
      ]);
      const seen = scopes.get(key);
      if (seen !== undefined) out.add('notice.duplicate-entry', toPointer(at), { date, first: seen });
      else scopes.set(key, toPointer(at));
    });
  });
}

/** `date` and `through` within DATE_YEARS; `through` not before `date` (date.order), at most MAX_ENTRY_DAYS after it (notice.range). */
function entryRange(entry: Record<string, Json> | undefined, at: Path, out: Collector) {
  const from = str(entry?.date);
  const through = str(entry?.through);
  dateInRange(from, () => [...at, 'date'], out);
  dateInRange(through, () => [...at, 'through'], out);
  if (from === undefined || through === undefined || !isDateString(from) || !isDateString(through)) return;
  const a = parseDate(from)!;
  const b = parseDate(through)!;
  if (b < a) out.add('date.order', [...at, 'through'], { start: from, end: through });
  else if (b - a > MAX_ENTRY_DAYS)
    out.add('notice.range', [...at, 'through'], { start: from, end: through, days: b - a, max: MAX_ENTRY_DAYS });
}

function timeOrder(session: Record<string, Json> | undefined, base: Path, out: Collector) {
  const start = str(session?.start);
  const end = str(session?.end);
  const a = start === undefined ? undefined : parseTime(start);
  const b = end === undefined ? undefined : parseTime(end);
  if (a !== undefined && b !== undefined && b <= a)
    out.add('time.order', [...base, 'end'], { start: start!, end: end! });
}

/** Two dates of one object (validFrom and validThrough …): each within DATE_YEARS, the second not before the first. */
function datePair(
  item: Record<string, Json> | undefined,
  base: Path,
  fromKey: string,
  throughKey: string,
  out: Collector,
) {
  const from = item?.[fromKey];
  const through = item?.[throughKey];
  if (from === undefined && through === undefined) return;
  dateInRange(from, () => [...base, fromKey], out);
  dateInRange(through, () => [...base, throughKey], out);
  if (
    typeof from === 'string' &&
    typeof through === 'string' &&
    isDateString(from) &&
    isDateString(through) &&
    through < from
  ) {
    out.add('date.order', [...base, throughKey], { start: from, end: through });
  }
}

/**
 * Whether a real date (or the date of an instant) lies within DATE_YEARS; reports it when
 * not. Nothing outside is a clinic's date, and no calendar or law speaks of those years.
 */
function yearInRange(value: string, path: () => Path, out: Collector): boolean {
  const year = Number(value.slice(0, 4));
  if (year >= DATE_YEARS.first && year <= DATE_YEARS.last) return true;
  out.add('date.range', path(), { received: value, first: DATE_YEARS.first, last: DATE_YEARS.last });
  return false;
}

function dateInRange(value: Json, path: () => Path, out: Collector) {
  if (typeof value === 'string' && isDateString(value)) yearInRange(value, path, out);
}

/** The instant's time, or undefined; reports well-shaped instants that name no real time, or a year out of range. */
function instantValid(value: Json, path: () => Path, out: Collector): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = parseInstant(value);
  // Well-shaped but no real time (02-30, 25:00): the schema's pattern passed it, so say it here.
  if (ms === undefined && INSTANT_PATTERN.test(value)) out.add('instant.format', path(), { received: value });
  return ms !== undefined && yearInRange(value, path, out) ? ms : undefined;
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
