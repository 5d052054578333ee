/**
 * The codes a feed reader reports, with their severity. Small on purpose: the widget's
 * first render needs these, while the messages (messages.ts) load only when shown.
 */
export type Severity = 'error' | 'warning';

export const SEVERITY = {
  'json.syntax': 'error',
  'json.encoding': 'error',
  'json.bom': 'warning',
  'feed.too-large': 'error',
  'feed.unsupported-version': 'error',
  'feed.too-many-problems': 'warning',
  'schema.required': 'error',
  'schema.type': 'error',
  'schema.enum': 'error',
  'schema.range': 'error',
  'time.format': 'error',
  'time.order': 'error',
  'date.format': 'error',
  'date.order': 'error',
  'instant.format': 'error',
  'instant.offset-missing': 'error',
  'timezone.unknown': 'error',
  'id.format': 'error',
  'id.duplicate': 'error',
  'ref.unknown-department': 'error',
  'ref.unknown-campus': 'error',
  'url.scheme': 'error',
  'url.format': 'error',
  'hospital.id-checksum': 'warning',
  'slot.overbooked': 'warning',
  'slot.outside-hours': 'warning',
  'calendar.pending': 'warning',
  'calendar.duplicate-date': 'error',
  'notice.duplicate-entry': 'warning',
  'guide.materials-empty': 'error',
  'text.control-character': 'warning',
} as const satisfies Record<string, Severity>;

export type ProblemCode = keyof typeof SEVERITY;
export type ProblemParams = Record<string, string | number | boolean | undefined>;

/** A problem as found: what, where, with what values; no words yet. */
export interface Finding {
  severity: Severity;
  code: ProblemCode;
  /** JSON Pointer (RFC 6901) to the value concerned; '' is the whole document. */
  path: string;
  params: ProblemParams;
}

/** Escapes one JSON Pointer reference token (RFC 6901). */
export function pointerToken(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A JSON Pointer from a path of keys. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((k) => '/' + pointerToken(typeof k === 'symbol' ? String(k) : k)).join('');
}
