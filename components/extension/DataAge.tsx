/** How old a saved hospital's offline copy is, or that there is none yet. */
import { DEFAULT_TIME_ZONE } from '../../utils/date/zone';
import type { Feed } from '../../utils/feed/schema';
import { formatAge, formatDataAge } from '../../utils/i18n/format';
import type { Lang } from '../../utils/i18n/local-text';
import { t } from '../../utils/i18n/strings';
import { dashboardText } from '../../utils/i18n/strings-extension';

/** With the feed, the hospital's own date too ("医院 11月20日 更新 · 3小时前检查"); without it, when it was checked. */
export function DataAge({
  fetchedAt,
  feed,
  now,
  lang,
}: {
  fetchedAt: number | undefined;
  feed?: Pick<Feed, 'updatedAt' | 'timeZone'>;
  now: number;
  lang: Lang;
}) {
  return (
    <span class="age" data-fetched-at={fetchedAt}>
      {fetchedAt === undefined
        ? dashboardText(lang, 'savedNoData')
        : feed
          ? formatDataAge(feed.updatedAt, feed.timeZone ?? DEFAULT_TIME_ZONE, fetchedAt, now, lang)
          : t(lang, 'checkedAge', { age: formatAge(fetchedAt, now, lang) })}
    </span>
  );
}
