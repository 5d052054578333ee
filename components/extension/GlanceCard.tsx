/** One hospital at a glance (extension.md, Popup): open or closed now, today, this weekend, the next holiday period. */
import type { GlanceLines } from '../../utils/extension/glance-text';
import type { Lang } from '../../utils/i18n/local-text';
import { t } from '../../utils/i18n/strings';
import { glanceText } from '../../utils/i18n/strings-extension';

export function GlanceCard({ lines, lang }: { lines: GlanceLines; lang: Lang }) {
  return (
    <dl class="glance">
      <dt class="visually-hidden">{glanceText(lang, 'glanceNow')}</dt>
      <dd class={lines.openNow ? 'now open' : 'now closed'}>{lines.now}</dd>
      <dt>{t(lang, 'today')}</dt>
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
