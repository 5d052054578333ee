/**
 * Today's hours as the plainest page a hospital could publish: one HTML table, a row per
 * department with its sessions or its status. What `npm run bench:widget` measures the widget
 * and its pre-rendered form against: nothing paints faster than this.
 */
import type { Feed } from '../utils/feed/schema';
import { escapeHtml } from '../utils/html/escape-html';
import { textIn } from '../utils/i18n/local-text';
import { ScheduleEngine } from '../utils/schedule/engine';

export function hoursTable(feed: Feed, now: number): string {
  const engine = new ScheduleEngine(feed);
  const today = engine.today(now);
  const rows = feed.departments.map((d) => {
    const lines = engine.resolveLines(today, { departments: [d.id] });
    const cell = engine.isAlwaysOpenOn(d.id, today)
      ? '24小时'
      : lines.length === 0
        ? '停诊'
        : lines.map((l) => (l.status === 'open' ? `${l.start}–${l.end}` : l.status)).join('，');
    return `<tr><th scope="row">${escapeHtml(textIn(d.name, 'zh-CN'))}</th><td>${escapeHtml(cell)}</td></tr>`;
  });
  return `<h1>${escapeHtml(textIn(feed.hospital.name, 'zh-CN'))} · 今日门诊</h1>
<table><thead><tr><th scope="col">科室</th><th scope="col">出诊时间</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}
