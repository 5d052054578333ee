/**
 * The audit as CSV, one row per hospital × rule (then region rules), RFC 4180 quoting, with
 * a UTF-8 byte order mark so that Excel opens the Chinese intact.
 */
import type { AuditReport } from '../report';

const HEADER = ['source', 'hospitalId', 'name', 'province', 'city', 'inScope', 'rule', 'status', 'message', 'evidence'];

function cell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  // Formula-looking text is data, not a formula, when a spreadsheet opens it.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function reportCsv(report: AuditReport): string {
  const rows: unknown[][] = [HEADER];
  for (const h of report.hospitals) {
    if (h.error !== undefined) {
      rows.push([h.source, '', '', '', '', '', '', 'error', h.error, '']);
      continue;
    }
    for (const r of h.results ?? [])
      rows.push([
        h.source,
        h.hospitalId,
        h.name,
        h.province,
        h.city,
        h.inScope,
        r.rule,
        r.status,
        r.message,
        r.evidence.join(' | '),
      ]);
  }
  for (const r of report.region)
    rows.push(['', '', '', r.scope, '', '', r.rule, r.status, r.message, r.evidence.join(' | ')]);
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
