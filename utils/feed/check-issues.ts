/**
 * Exact findings for what failed: zod's issues mapped to the reader's codes (time.format,
 * url.scheme, schema.required …) with the value's JSON Pointer, and JSON syntax errors with
 * their line and column. Only needed when a feed fails, so the widget loads it on demand.
 */
import type * as z from 'zod/mini';
import { isLocalDateTime } from '../date/zone';
import { type AddFinding, type IssueMapper, jsonType, type Path } from './check';
import { jsonErrorOffset } from './json-error';
import { echo, type ProblemParams } from './problem-codes';
import { ID_PATTERN, INSTANT_PATTERN, TIME_PATTERN } from './schema';

type Json = unknown;
interface Out {
  add: AddFinding;
}

export const issueMapper: IssueMapper = {
  mapIssues(issues, root, add) {
    const out: Out = { add };
    for (const issue of issues) mapIssue(issue, [], root, out);
  },
  syntax: syntaxLocation,
};

function syntaxLocation(text: string): ProblemParams {
  const pos = jsonErrorOffset(text);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < pos; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: pos - lineStart + 1, found: charAt(text, pos) };
}

function charAt(text: string, pos: number): string {
  return pos >= text.length ? 'end' : JSON.stringify(text.slice(pos, pos + 1));
}

type Issue = z.core.$ZodIssue;

function getAt(root: Json, path: readonly PropertyKey[]): Json {
  let value: Json = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, Json>)[key];
  }
  return value;
}

/** Whether an issue is about a number: a number expected, a choice of numbers, a bound. */
function wantsNumber(issue: Issue): boolean {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int';
    case 'invalid_value':
      return issue.values.some((v) => typeof v === 'number');
    case 'too_small':
    case 'too_big':
      return true;
    default:
      return false;
  }
}

function mapIssue(issue: Issue, prefix: Path, root: Json, out: Out) {
  const path = [...prefix, ...(issue.path as Path)];
  const value = getAt(root, path);
  // 1e400 parses to Infinity, which zod sees as no number at all (and JSON.stringify writes
  // as null): say the number is out of range, not "expected a number, got a number".
  if (typeof value === 'number' && !Number.isFinite(value) && wantsNumber(issue)) {
    out.add('schema.range', path, { origin: 'number', unrepresentable: true, received: String(value) });
    return;
  }
  const received = preview(value);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) out.add('schema.required', path, { field: String(path.at(-1) ?? '') });
      else
        out.add('schema.type', path, {
          expected: issue.expected === 'int' ? 'integer' : issue.expected,
          received: jsonType(value),
        });
      return;
    case 'invalid_value':
      if (value === undefined) out.add('schema.required', path, { field: String(path.at(-1) ?? '') });
      else if (issue.values.every((v) => jsonType(v) !== jsonType(value))) {
        // "3" where 3 is meant: the type is wrong, not the choice.
        out.add('schema.type', path, {
          expected: [...new Set(issue.values.map(jsonType))].join(' | '),
          received: jsonType(value),
        });
      } else out.add('schema.enum', path, { values: issue.values.map((v) => JSON.stringify(v)).join(', '), received });
      return;
    case 'invalid_format':
      return mapFormat(issue, path, value, out);
    case 'too_small':
    case 'too_big': {
      const bound =
        issue.code === 'too_small' ? { minimum: Number(issue.minimum) } : { maximum: Number(issue.maximum) };
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

function mapFormat(issue: Extract<Issue, { code: 'invalid_format' }>, path: Path, value: Json, out: Out) {
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
function mapUnion(issue: Extract<Issue, { code: 'invalid_union' }>, path: Path, value: Json, root: Json, out: Out) {
  // A missing field is missing, whatever shapes it may take (a LocalText name, "*" or a list …).
  if (value === undefined) {
    out.add('schema.required', path, { field: String(path.at(-1) ?? '') });
    return;
  }
  const alternatives = issue.errors;
  if (alternatives.length === 0 && 'discriminator' in issue) {
    // zod names the discriminator in the issue's path already: the value is the discriminant.
    const key = String((issue as { discriminator?: string }).discriminator);
    const at = path.at(-1) === key ? path : [...path, key];
    const discriminant = at === path ? value : getAt(value, [key]);
    if (discriminant === undefined) out.add('schema.required', at, { field: key });
    else out.add('schema.enum', at, { values: 'true, false', received: preview(discriminant) });
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
      alternatives
        .flat()
        .map((i) =>
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
  return m ? `${m[1]!.toLowerCase()}:` : undefined;
}

function preview(value: Json): string {
  if (value === undefined) return '(none)';
  // JSON.stringify writes a number too large to represent (1e400) as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return echo(text);
}
