/**
 * One saved hospital in full (extension.md, Dashboard › Hospital): the widget itself, with all
 * its views, reading the same cache in the extension's origin, so it renders offline with the
 * age of its data. Its language follows the page's; size and theme follow the options.
 */
import '../../widget/loader';
import type { SavedFeed } from '../../utils/extension/saved-feeds';
import type { Settings } from '../../utils/extension/settings';
import type { Lang } from '../../utils/i18n/local-text';
import { dashboardText } from '../../utils/i18n/strings-extension';
import { KeptNotices } from './KeptNotices';

export function HospitalPage({
  id,
  entry,
  lang,
  settings,
}: {
  id: string;
  entry: SavedFeed | undefined;
  lang: Lang;
  settings: Settings;
}) {
  return (
    <section class="hospital-page" data-hospital-id={entry ? id : undefined}>
      <p>
        <a href="#/">{dashboardText(lang, 'backToList')}</a>
      </p>
      {entry?.kept?.length && entry.feed ? <KeptNotices kept={entry.kept} feed={entry.feed} lang={lang} /> : null}
      {entry ? (
        <clear-clinic
          src={entry.hospital.feedUrl}
          size={settings.size}
          theme={settings.theme === 'auto' ? undefined : settings.theme}
        />
      ) : (
        <p class="status error" role="alert">
          {dashboardText(lang, 'unknownHospital', { id: id.slice(0, 80) })}
        </p>
      )}
    </section>
  );
}
