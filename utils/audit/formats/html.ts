/**
 * The audit as one self-contained, printable HTML page: a summary by rule (with an SVG chart)
 * and by city, the region rules, then one section per hospital with every finding and its
 * evidence, so that each hospital can check its own findings. All feed text is escaped.
 */
import type { Lang } from '../../i18n/local-text';
import { textIn } from '../../i18n/local-text';
import { BUILT_IN_PROFILES } from '../profile';
import type { AuditReport } from '../report';
import type { AuditStatus } from '../types';
import { ruleLabel, statusLabel } from './labels';

const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
const STATUSES: AuditStatus[] = ['pass', 'fail', 'warn', 'n/a'];
const COLORS: Record<AuditStatus, string> = { pass: '#2e7d32', fail: '#c62828', warn: '#b26a00', 'n/a': '#9e9e9e' };

const WORDS = {
  title: ['医院门诊与办事信息公开评估报告', 'Hospital schedule and service guide audit'],
  profile: ['评估依据', 'Policy profile'],
  asOf: ['评估日期', 'As of'],
  hospitals: ['医院数', 'Hospitals'],
  byRule: ['按规则汇总', 'Summary by rule'],
  byCity: ['按城市汇总', 'Summary by city'],
  region: ['区域指标', 'Region rules'],
  rule: ['规则', 'Rule'],
  city: ['城市', 'City'],
  status: ['结果', 'Status'],
  finding: ['说明', 'Finding'],
  evidence: ['依据（数据位置、日期）', 'Evidence (feed paths, dates)'],
  scope: ['范围', 'Scope'],
  outOfScope: ['不在适用范围', 'out of scope'],
  source: ['数据来源', 'Source'],
  unreadable: ['无法读取或数据无效', 'Unreadable or invalid'],
} satisfies Record<string, [string, string]>;

export function reportHtml(report: AuditReport, lang: Lang): string {
  const w = (k: keyof typeof WORDS) => WORDS[k][lang === 'en' ? 1 : 0];
  const profile = BUILT_IN_PROFILES[report.profile];
  const profileTitle = profile ? textIn(profile.title, lang) : report.profile;
  const rules = [...new Set(report.hospitals.flatMap((h) => (h.results ?? []).map((r) => r.rule)))];
  const counts = (rule: string) =>
    Object.fromEntries(
      STATUSES.map((s) => [
        s,
        report.hospitals.filter((h) => h.results?.some((r) => r.rule === rule && r.status === s)).length,
      ]),
    ) as Record<AuditStatus, number>;
  const total = Math.max(1, report.hospitals.filter((h) => h.results).length);

  const chart = (() => {
    const rowH = 22;
    const labelW = 190;
    const barW = 420;
    const rows = rules.map((rule, i) => {
      const c = counts(rule);
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
    return `<svg role="img" aria-label="${esc(w('byRule'))}" width="${labelW + barW + 10}" height="${height}" viewBox="0 0 ${labelW + barW + 10} ${height}" font-size="12" font-family="sans-serif">${rows.join('')}${legend}</svg>`;
  })();

  const byRule = rules
    .map((rule) => {
      const c = counts(rule);
      return `<tr><td>${esc(ruleLabel(rule, lang))}<br><code>${esc(rule)}</code></td>${STATUSES.map((s) => `<td class="num">${c[s]}</td>`).join('')}</tr>`;
    })
    .join('');

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
  const byCity = [...cities]
    .map(
      ([city, c]) =>
        `<tr><td>${esc(city)}</td><td class="num">${c.hospitals}</td><td class="num">${c.fail}</td><td class="num">${c.warn}</td></tr>`,
    )
    .join('');

  const badge = (s: AuditStatus | 'error') =>
    `<span class="badge s-${s === 'n/a' ? 'na' : s}">${esc(statusLabel(s, lang))}</span>`;
  const evidence = (items: string[]) =>
    items.length ? `<ul>${items.map((e) => `<li><code>${esc(e)}</code></li>`).join('')}</ul>` : '';
  const region = report.region.length
    ? `<h2>${esc(w('region'))}</h2><table><thead><tr><th>${esc(w('rule'))}</th><th>${esc(w('scope'))}</th><th>${esc(w('status'))}</th><th>${esc(w('finding'))}</th><th>${esc(w('evidence'))}</th></tr></thead><tbody>${report.region
        .map(
          (r) =>
            `<tr><td>${esc(ruleLabel(r.rule, lang))}</td><td>${esc(r.scope)}</td><td>${badge(r.status)}</td><td>${esc(r.message)}</td><td>${evidence(r.evidence)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '';

  const sections = report.hospitals
    .map((h) => {
      if (h.error !== undefined) {
        return `<section class="hospital"><h2>${esc(h.source)}</h2><p>${badge('error')} ${esc(w('unreadable'))}: ${esc(h.error)}</p></section>`;
      }
      const rows = (h.results ?? [])
        .map(
          (r) =>
            `<tr><td>${esc(ruleLabel(r.rule, lang))}</td><td>${badge(r.status)}</td><td>${esc(r.message)}</td><td>${evidence(r.evidence)}</td></tr>`,
        )
        .join('');
      return `<section class="hospital"><h2>${esc(h.name)}</h2><p class="meta">${esc(h.hospitalId)} · ${esc(h.province)} ${esc(h.city)} · ${esc(w('source'))}: <code>${esc(h.source)}</code>${h.inScope ? '' : ` · ${esc(w('outOfScope'))}`}</p><table><thead><tr><th>${esc(w('rule'))}</th><th>${esc(w('status'))}</th><th>${esc(w('finding'))}</th><th>${esc(w('evidence'))}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
    })
    .join('\n');

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(w('title'))} · ${esc(report.asOf)}</title>
<style>
body{font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1a1a1a;margin:24px auto;max-width:1080px;padding:0 16px;line-height:1.5}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid #1a1a1a;padding-bottom:4px}
.meta{color:#444;font-size:13px}table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}
th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f0f0f0}td.num{text-align:right;font-variant-numeric:tabular-nums}
code{font-family:ui-monospace,monospace;font-size:12px;word-break:break-all}ul{margin:0;padding-left:16px}
.badge{display:inline-block;padding:0 6px;border-radius:3px;color:#fff;font-weight:700;white-space:nowrap}
.s-pass{background:#2e7d32}.s-fail{background:#c62828}.s-warn{background:#b26a00}.s-na{background:#757575}.s-error{background:#4a148c}
@media print{body{margin:0;max-width:none}.hospital{break-before:page}th{background:#eee!important;-webkit-print-color-adjust:exact;print-color-adjust:exact}.badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
</style>
</head>
<body>
<header><h1>${esc(w('title'))}</h1>
<p class="meta">${esc(w('profile'))}: ${esc(profileTitle)} (<code>${esc(report.profile)}</code>) · ${esc(w('asOf'))}: ${esc(report.asOf)} · ${esc(w('hospitals'))}: ${report.hospitals.length}</p></header>
<h2>${esc(w('byRule'))}</h2>
${chart}
<table><thead><tr><th>${esc(w('rule'))}</th>${STATUSES.map((s) => `<th>${esc(statusLabel(s, lang))}</th>`).join('')}</tr></thead><tbody>${byRule}</tbody></table>
<h2>${esc(w('byCity'))}</h2>
<table><thead><tr><th>${esc(w('city'))}</th><th>${esc(w('hospitals'))}</th><th>${esc(statusLabel('fail', lang))}</th><th>${esc(statusLabel('warn', lang))}</th></tr></thead><tbody>${byCity}</tbody></table>
${region}
${sections}
</body>
</html>
`;
}
