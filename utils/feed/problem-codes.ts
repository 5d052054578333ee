/**
 * The codes a feed reader reports and which of them only warn. Small on purpose: the
 * widget's first render needs this, while the messages (messages.ts) load only when shown.
 */
export type Severity = 'error' | 'warning';

/** Every code a feed reader reports (types and tests; the reader itself needs only the warnings). */
export const PROBLEM_CODES = [
  'json.syntax',
  'json.encoding',
  'json.bom',
  'json.too-deep',
  'json.duplicate-key',
  'feed.too-large',
  'feed.unsupported-version',
  'feed.too-many-problems',
  'schema.required',
  'schema.type',
  'schema.enum',
  'schema.range',
  'time.format',
  'time.order',
  'date.format',
  'date.order',
  'date.range',
  'instant.format',
  'instant.offset-missing',
  'timezone.unknown',
  'id.format',
  'id.duplicate',
  'ref.unknown-department',
  'ref.unknown-campus',
  'ref.unknown-clinic-type',
  'ref.unknown-notice',
  'url.scheme',
  'url.format',
  'hospital.id-checksum',
  'slot.overbooked',
  'slot.outside-hours',
  'session.overlap',
  'calendar.pending',
  'calendar.duplicate-date',
  'notice.duplicate-entry',
  'notice.range',
  'notice.clinic-type-scope',
  'schedule.not-stated',
  'guide.materials-empty',
  'text.control-character',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** The codes that only warn: a feed with nothing else is valid. Every other code is an error. */
const WARNINGS: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'json.bom',
  'json.duplicate-key',
  'feed.too-many-problems',
  'hospital.id-checksum',
  'slot.overbooked',
  'slot.outside-hours',
  'session.overlap',
  'calendar.pending',
  'notice.duplicate-entry',
  'schedule.not-stated',
  'text.control-character',
]);

export function severityOf(code: ProblemCode): Severity {
  return WARNINGS.has(code) ? 'warning' : 'error';
}

export type ProblemParams = Record<string, string | number | boolean | undefined>;

/** A problem as found: what, where, with what values; no words yet. */
export interface Finding {
  severity: Severity;
  code: ProblemCode;
  /** JSON Pointer (RFC 6901) to the value concerned; '' is the whole document. */
  path: string;
  params: ProblemParams;
}

/** The most characters of a value a message echoes; a longer one is cut and ends in "…". */
export const MAX_ECHO = 200;

/** A value as a message echoes it: at most MAX_ECHO characters, never half a surrogate pair. */
export function echo(text: string): string {
  if (text.length <= MAX_ECHO) return text;
  let end = MAX_ECHO - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** Escapes one JSON Pointer reference token (RFC 6901). */
export function pointerToken(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A JSON Pointer from a path of keys. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((k) => `/${pointerToken(typeof k === 'symbol' ? String(k) : k)}`).join('');
}
