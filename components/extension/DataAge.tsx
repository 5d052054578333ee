/** How old a saved hospital's offline copy is, or that there is none yet. */
import { formatAge } from '../../utils/i18n/format';
import type { Lang } from '../../utils/i18n/local-text';
import { t } from '../../utils/i18n/strings';
import { dashboardText } from '../../utils/i18n/strings-extension';

export function DataAge({ fetchedAt, now, lang }: { fetchedAt: number | undefined; now: number; lang: Lang }) {
  return (
    <span class="age" data-fetched-at={fetchedAt}>
      {fetchedAt === undefined
        ? dashboardText(lang, 'savedNoData')
        : t(lang, 'dataAge', { age: formatAge(fetchedAt, now, lang) })}
    </span>
  );
}
