/** One hospital at a glance (extension.md, Popup): open or closed now, today, this weekend, the next holiday period. */
import { glance } from '../../utils/extension/glance';
import { glanceLines } from '../../utils/extension/glance-text';
import type { Lang } from '../../utils/i18n/local-text';
import { glanceText } from '../../utils/i18n/strings-extension';
import type { ScheduleEngine } from '../../utils/schedule/engine';

export function GlanceCard({ engine, now, lang }: { engine: ScheduleEngine; now: number; lang: Lang }) {
  const lines = glanceLines(glance(engine, now), engine.timeZone, lang);
  return (
    <dl class="glance">
      <dt class="visually-hidden">{glanceText(lang, 'glanceNow')}</dt>
      <dd class={lines.openNow ? 'now open' : 'now closed'}>{lines.now}</dd>
      <dt>{glanceText(lang, 'glanceToday')}</dt>
      <dd>{lines.today}</dd>
      {lines.weekend.length > 0 && (
        <>
          <dt>{glanceText(lang, 'glanceWeekend')}</dt>
          {lines.weekend.map((line, i) => (
            <dd key={i}>{line}</dd>
          ))}
        </>
      )}
      {lines.holiday && (
        <>
          <dt>{glanceText(lang, 'glanceNextHoliday')}</dt>
          <dd class={lines.pending ? 'pending' : undefined}>{lines.holiday}</dd>
        </>
      )}
    </dl>
  );
}
