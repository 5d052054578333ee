/**
 * The audit as one self-contained, printable HTML page: a summary by rule (with an SVG chart)
 * and by city, the region rules, then one section per hospital with every finding and its
 * evidence, so that each hospital can check its own findings. All feed text is escaped.
 */
import { escapeHtml as esc } from '../../html/escape-html';
import type { Lang } from '../../i18n/local-text';
import { translator } from '../../i18n/strings';
import type { AuditReport } from '../report';
import type { AuditStatus } from '../types';
import { profileTitle, reportCounts, ruleLabel, statusLabel } from './labels';

const STATUSES: AuditStatus[] = ['pass', 'fail', 'warn', 'n/a'];
const COLORS: Record<AuditStatus, string> = { pass: '#2e7d32', fail: '#c62828', warn: '#b26a00', 'n/a': '#9e9e9e' };

const w = translator({
  title: { 'zh-CN': '医院门诊与办事信息公开评估报告', en: 'Hospital schedule and service guide audit' },
  profile: { 'zh-CN': '评估依据', en: 'Policy profile' },
  asOf: { 'zh-CN': '评估日期', en: 'As of' },
  hospitals: { 'zh-CN': '医院数', en: 'Hospitals' },
  byRule: { 'zh-CN': '按规则汇总', en: 'Summary by rule' },
  byCity: { 'zh-CN': '按城市汇总', en: 'Summary by city' },
  region: { 'zh-CN': '区域指标', en: 'Region rules' },
  rule: { 'zh-CN': '规则', en: 'Rule' },
  city: { 'zh-CN': '城市', en: 'City' },
  status: { 'zh-CN': '结果', en: 'Status' },
  finding: { 'zh-CN': '说明', en: 'Finding' },
  evidence: { 'zh-CN': '依据（数据位置、日期）', en: 'Evidence (feed paths, dates)' },
  scope: { 'zh-CN': '范围', en: 'Scope' },
  outOfScope: { 'zh-CN': '不在适用范围', en: 'out of scope' },
  source: { 'zh-CN': '数据来源', en: 'Source' },
  unreadable: { 'zh-CN': '无法读取或数据无效', en: 'Unreadable or invalid' },
  unreadSources: { 'zh-CN': '无法读取的来源', en: 'Sources not read' },
  notes: { 'zh-CN': '说明', en: 'Notes' },
});

/** How many in-scope hospitals got each status for a rule. */
function statusCounts(report: AuditReport, rule: string): Record<AuditStatus, number> {
  return Object.fromEntries(
    STATUSES.map((s) => [
      s,
      report.hospitals.filter((h) => h.results?.some((r) => r.rule === rule && r.status === s)).length,
    ]),
  ) as Record<AuditStatus, number>;
}

/** The summary by rule as a stacked bar chart (SVG), one bar per rule. */
function ruleChart(report: AuditReport, rules: readonly string[], lang: Lang): string {
  const total = Math.max(1, report.hospitals.filter((h) => h.results).length);
  const rowH = 22;
  const labelW = 190;
  const barW = 420;
  const rows = rules.map((rule, i) => {
    const c = statusCounts(report, rule);
    let x = labelW;
    const bars = STATUSES.map((s) => {
      const width = (c[s] / total) * barW;
      const rect =
        width > 0
          ? `<rect x="${x.toFixed(1)}" y="${i * rowH + 3}" width="${width.toFixed(1)}" height="${rowH - 6}" fill="${COLORS[s]}"><title>${esc(statusLabel(s, lang))}: ${c[s]}</title></rect>`
          : '';
      x += width;
      return rect;
    }).join('');
    return `<text x="${labelW - 8}" y="${i * rowH + rowH / 2 + 4}" text-anchor="end">${esc(ruleLabel(rule, lang))}</text>${bars}`;
  });
  const legend = STATUSES.map(
    (s, i) =>
      `<rect x="${labelW + i * 100}" y="${rules.length * rowH + 8}" width="12" height="12" fill="${COLORS[s]}"/><text x="${labelW + i * 100 + 16}" y="${rules.length * rowH + 18}">${esc(statusLabel(s, lang))}</text>`,
  ).join('');
  const height = rules.length * rowH + 28;
  return `<svg role="img" aria-label="${esc(w(lang, 'byRule'))}" width="${labelW + barW + 10}" height="${height}" viewBox="0 0 ${labelW + barW + 10} ${height}" font-size="12" font-family="sans-serif">${rows.join('')}${legend}</svg>`;
}

/** The summary by rule as a table: a row per rule, a column per status. */
function ruleTable(report: AuditReport, rules: readonly string[], lang: Lang): string {
  const rows = rules
    .map((rule) => {
      const c = statusCounts(report, rule);
      return `<tr><td>${esc(ruleLabel(rule, lang))}<br><code>${esc(rule)}</code></td>${STATUSES.map((s) => `<td class="num">${c[s]}</td>`).join('')}</tr>`;
    })
    .join('');
  return `<table><thead><tr><th>${esc(w(lang, 'rule'))}</th>${STATUSES.map((s) => `<th>${esc(statusLabel(s, lang))}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** The summary by city: hospitals, failed and warned findings. */
function cityTable(report: AuditReport, lang: Lang): string {
  const cities = new Map<string, { hospitals: number; fail: number; warn: number }>();
  for (const h of report.hospitals) {
    if (!h.results) continue;
    const key = `${h.province ?? ''} ${h.city ?? ''}`.trim();
    const c = cities.get(key) ?? { hospitals: 0, fail: 0, warn: 0 };
    c.hospitals++;
    c.fail += h.results.filter((r) => r.status === 'fail').length;
    c.warn += h.results.filter((r) => r.status === 'warn').length;
    cities.set(key, c);
  }
  const rows = [...cities]
    .map(
      ([city, c]) =>
        `<tr><td>${esc(city)}</td><td class="num">${c.hospitals}</td><td class="num">${c.fail}</td><td class="num">${c.warn}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>${esc(w(lang, 'city'))}</th><th>${esc(w(lang, 'hospitals'))}</th><th>${esc(statusLabel('fail', lang))}</th><th>${esc(statusLabel('warn', lang))}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

const badge = (s: AuditStatus | 'error', lang: Lang) =>
  `<span class="badge s-${s === 'n/a' ? 'na' : s}">${esc(statusLabel(s, lang))}</span>`;
const evidenceList = (items: string[]) =>
  items.length ? `<ul>${items.map((e) => `<li><code>${esc(e)}</code></li>`).join('')}</ul>` : '';

/** The region rules (only when several hospitals were audited). */
function regionSection(report: AuditReport, lang: Lang): string {
  if (!report.region.length) return '';
  const rows = report.region
    .map(
      (r) =>
        `<tr><td>${esc(ruleLabel(r.rule, lang))}</td><td>${esc(r.scope)}</td><td>${badge(r.status, lang)}</td><td>${esc(r.message)}</td><td>${evidenceList(r.evidence)}</td></tr>`,
    )
    .join('');
  return `<h2>${esc(w(lang, 'region'))}</h2><table><thead><tr><th>${esc(w(lang, 'rule'))}</th><th>${esc(w(lang, 'scope'))}</th><th>${esc(w(lang, 'status'))}</th><th>${esc(w(lang, 'finding'))}</th><th>${esc(w(lang, 'evidence'))}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** One hospital's section: every finding with its evidence, or why its feed could not be audited. */
function hospitalSection(h: AuditReport['hospitals'][number], lang: Lang): string {
  if (h.error !== undefined) {
    return `<section class="hospital"><h2>${esc(h.source)}</h2><p>${badge('error', lang)} ${esc(w(lang, 'unreadable'))}: ${esc(h.error)}</p></section>`;
  }
  const rows = (h.results ?? [])
    .map(
      (r) =>
        `<tr><td>${esc(ruleLabel(r.rule, lang))}</td><td>${badge(r.status, lang)}</td><td>${esc(r.message)}</td><td>${evidenceList(r.evidence)}</td></tr>`,
    )
    .join('');
  return `<section class="hospital"><h2>${esc(h.name)}</h2><p class="meta">${esc(h.hospitalId)} · ${esc(h.province)} ${esc(h.city)} · ${esc(w(lang, 'source'))}: <code>${esc(h.source)}</code>${h.inScope ? '' : ` · ${esc(w(lang, 'outOfScope'))}`}</p><table><thead><tr><th>${esc(w(lang, 'rule'))}</th><th>${esc(w(lang, 'status'))}</th><th>${esc(w(lang, 'finding'))}</th><th>${esc(w(lang, 'evidence'))}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

export function reportHtml(report: AuditReport, lang: Lang): string {
  const { audited, unread } = reportCounts(report);
  const notes = report.notes?.length
    ? `<ul class="notes">${report.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`
    : '';
  // Tables scroll inside their box on a phone, so the page itself is never wider than the screen.
  const wrap = (table: string) =>
    table.replace(/<table>/g, '<div class="scroll"><table>').replace(/<\/table>/g, '</table></div>');
  const rules = [...new Set(report.hospitals.flatMap((h) => (h.results ?? []).map((r) => r.rule)))];
  const sections = report.hospitals.map((h) => hospitalSection(h, lang)).join('\n');

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(w(lang, 'title'))} · ${esc(report.asOf)}</title>
<style>
body{font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1a1a1a;margin:24px auto;max-width:1080px;padding:0 16px;line-height:1.5}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid #1a1a1a;padding-bottom:4px}
.meta{color:#444;font-size:13px}table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}
th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f0f0f0}td.num{text-align:right;font-variant-numeric:tabular-nums}
code{font-family:ui-monospace,monospace;font-size:13px;overflow-wrap:break-word}ul{margin:0;padding-left:16px}
.scroll{overflow-x:auto;max-width:100%}svg{max-width:100%;height:auto}
@media (max-width:600px){body{margin:12px auto;padding:0 10px}th,td{padding:3px 4px}}
.badge{display:inline-block;padding:0 6px;border-radius:3px;color:#fff;font-weight:700;white-space:nowrap}
.s-pass{background:#2e7d32}.s-fail{background:#c62828}.s-warn{background:#b26a00}.s-na{background:#757575}.s-error{background:#4a148c}
@media print{body{margin:0;max-width:none}.hospital{break-before:page}th{background:#eee!important;-webkit-print-color-adjust:exact;print-color-adjust:exact}.badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
</style>
</head>
<body>
<header><h1>${esc(w(lang, 'title'))}</h1>
<p class="meta">${esc(w(lang, 'profile'))}: ${esc(profileTitle(report.profile, lang))} (<code>${esc(report.profile)}</code>) · ${esc(w(lang, 'asOf'))}: ${esc(report.asOf)} · ${esc(w(lang, 'hospitals'))}: ${audited}${unread ? ` · ${esc(w(lang, 'unreadSources'))}: ${unread}` : ''}</p>${notes}</header>
<h2>${esc(w(lang, 'byRule'))}</h2>
${ruleChart(report, rules, lang)}
${wrap(ruleTable(report, rules, lang))}
<h2>${esc(w(lang, 'byCity'))}</h2>
${wrap(cityTable(report, lang))}
${wrap(regionSection(report, lang))}
${wrap(sections)}
</body>
</html>
`;
}
