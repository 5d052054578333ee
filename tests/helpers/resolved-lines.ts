/**
 * Resolved lines in the real-notice fixtures' terms (tests/fixtures/real-notices/README.md): the
 * contract's fields, optional ones only when they say something, compared as sets.
 */
import { textIn } from '../../utils/i18n/local-text';
import type { ResolvedLine } from '../../utils/schedule/engine';

export interface ExpectedReading {
  dates: string[];
  lines: Record<string, unknown>[];
  noLines?: { date: string; department: string }[];
}

export function project(l: ResolvedLine): Record<string, unknown> {
  const out: Record<string, unknown> = {
    date: l.date,
    department: l.department,
    status: l.status,
    start: l.start,
    end: l.end,
  };
  if (l.status === 'open') {
    if (l.clinicType !== 'general') out.clinicType = l.clinicType;
    if (l.hoursStated === false) out.hoursStated = false;
  } else {
    if (l.clinicTypes) out.clinicTypes = [...l.clinicTypes].sort();
    if (l.exceptClinicTypes) out.exceptClinicTypes = [...l.exceptClinicTypes].sort();
  }
  if (l.referTo)
    out.referTo = { ...l.referTo, ...(l.referTo.note !== undefined && { note: textIn(l.referTo.note, 'zh-CN') }) };
  if (l.location !== undefined) out.location = textIn(l.location, 'zh-CN');
  if (l.note !== undefined) out.note = textIn(l.note, 'zh-CN');
  return out;
}

/** One line as a comparable string: keys sorted, clinic-type lists sorted. */
export function normal(line: Record<string, unknown>): string {
  const copy = { ...line };
  for (const key of ['clinicTypes', 'exceptClinicTypes'])
    if (Array.isArray(copy[key])) copy[key] = [...(copy[key] as string[])].sort();
  return JSON.stringify(Object.fromEntries(Object.entries(copy).sort(([a], [b]) => a.localeCompare(b))));
}
