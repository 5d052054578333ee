/**
 * Waits: the latest arrival-to-consultation figure per department against the 20-minute
 * target, in words and as a bar; the trend over the published periods as a small SVG chart
 * (with the values in text); the sample size and the indicator's definition.
 */
import type { WaitStat } from '../utils/feed/schema';
import { type Lang, textIn } from '../utils/i18n/local-text';
import { t } from '../utils/i18n/strings';
import { tWaits } from '../utils/i18n/strings-waits';
import { useStyles } from './use-styles';
import type { WidgetModel } from './Widget';

const TARGET = 20;

function Trend({ stats, lang }: { stats: WaitStat[]; lang: Lang }) {
  if (stats.length < 2) return null;
  const w = 160;
  const h = 44;
  // Scale to the data and the target, so the line shows its movement, not a flat stroke.
  const values = [TARGET, ...stats.map((s) => s.meanMinutes)];
  const lo = Math.max(0, Math.min(...values) - 2);
  const hi = Math.max(...values) + 2;
  const x = (i: number) => (i / (stats.length - 1)) * w;
  const y = (v: number) => h - ((v - lo) / (hi - lo)) * h;
  const points = stats.map((s, i) => `${x(i).toFixed(1)},${y(s.meanMinutes).toFixed(1)}`).join(' ');
  const text = tWaits(lang, 'waitsTrend', {
    n: stats.length,
    values: stats.map((s) => s.meanMinutes).join(lang === 'en' ? ', ' : '、'),
  });
  return (
    <svg
      class="cc-trend"
      part="trend"
      viewBox={`-2 -2 ${w + 4} ${h + 4}`}
      width={w}
      height={h}
      role="img"
      aria-label={text}
    >
      <title>{text}</title>
      <line x1="0" x2={w} y1={y(TARGET)} y2={y(TARGET)} class="cc-trend-target" />
      <polyline points={points} class="cc-trend-line" fill="none" />
    </svg>
  );
}

export default function WaitsView({ model }: { model: WidgetModel }) {
  const ref = useStyles<HTMLElement>(WAITS_CSS);
  const lang = model.lang;
  const feed = model.data!.feed;
  const wanted = model.departments;
  const byDepartment = new Map<string, WaitStat[]>();
  for (const stat of feed.waitTimes ?? []) {
    if (wanted && stat.department !== '*' && !wanted.includes(stat.department)) continue;
    byDepartment.set(stat.department, [...(byDepartment.get(stat.department) ?? []), stat]);
  }
  if (byDepartment.size === 0) return <p class="cc-muted">{tWaits(lang, 'waitsNone')}</p>;
  const rows = [...byDepartment.entries()]
    .map(([department, stats]) => ({ department, stats: stats.sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : 1)) }))
    .sort((a, b) => (a.department === '*' ? -1 : b.department === '*' ? 1 : 0));
  const name = (id: string) =>
    id === '*' ? tWaits(lang, 'waitsHospital') : textIn(feed.departments.find((d) => d.id === id)?.name, lang);
  return (
    <section ref={ref} class="cc-waits" aria-label={t(lang, 'tabWaits')}>
      <p class="cc-muted">{tWaits(lang, 'waitsTarget')}</p>
      <ul class="cc-wait-list">
        {rows.map(({ department, stats }) => {
          const latest = stats[stats.length - 1]!;
          const over = latest.meanMinutes > TARGET;
          return (
            <li
              key={department}
              class={`cc-wait ${over ? 'cc-wait-over' : 'cc-wait-ok'}`}
              part="wait"
              data-department={department}
            >
              <span class="cc-dept-name">{name(department)}</span>
              <span class="cc-wait-figure">
                {tWaits(lang, 'waitsMean', { n: latest.meanMinutes })} ·{' '}
                <strong>{tWaits(lang, over ? 'waitsOver' : 'waitsWithin')}</strong>
              </span>
              {/* An SVG, not a styled width: pre-rendered into a page, an inline style would be refused under style-src 'self'. */}
              <svg class="cc-bar" aria-hidden="true" viewBox="0 0 100 4" preserveAspectRatio="none">
                <rect class="cc-bar-fill" width={Math.min(100, (latest.meanMinutes / (TARGET * 2)) * 100)} height="4" />
                <line class="cc-bar-target" x1="50" x2="50" y1="0" y2="4" />
              </svg>
              <Trend stats={stats} lang={lang} />
              <span class="cc-wait-detail">
                {[
                  latest.p90Minutes !== undefined && tWaits(lang, 'waitsP90', { n: latest.p90Minutes }),
                  latest.shareOver20 !== undefined &&
                    tWaits(lang, 'waitsShareOver', { n: Math.round(latest.shareOver20 * 100) }),
                  tWaits(lang, 'waitsSample', { n: latest.sampleSize }),
                  tWaits(lang, 'waitsPeriod', { from: latest.periodStart, to: latest.periodEnd }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          );
        })}
      </ul>
      <p class="cc-definition">{tWaits(lang, 'waitsDefinition')}</p>
    </section>
  );
}

export const WAITS_CSS = `
.cc-wait-list{display:grid;gap:.625em;margin:.5em 0}
.cc-wait{display:grid;gap:.25em;padding:.5em .625em;border:1px solid var(--cc-border);border-radius:6px}
.cc-wait-over{border-left:6px solid var(--cc-holiday)}
.cc-wait-ok{border-left:6px solid var(--cc-weekend)}
.cc-bar{display:block;width:100%;height:.5em;background:var(--cc-soft);border-radius:4px}
.cc-bar-fill{fill:var(--cc-accent)}
.cc-bar-target{stroke:var(--cc-fg);stroke-width:2;stroke-dasharray:3 2;vector-effect:non-scaling-stroke}
.cc-trend-line{stroke:var(--cc-accent);stroke-width:2}
.cc-trend-target{stroke:var(--cc-muted);stroke-dasharray:3 3;stroke-width:1}
.cc-wait-detail{font-size:.875em;color:var(--cc-muted)}
`;
