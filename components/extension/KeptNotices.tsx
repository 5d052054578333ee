/**
 * The notices read from a hospital's own page and kept with it (extension.md, Read this page),
 * shown apart from the hospital's feed and marked as such: what each says, as a date ×
 * department table, read from which page on which day. Where the hospital's own notices speak of
 * a date, the feed's word is what the rest of the extension shows.
 */
import { type KeptNotice, keptMark } from '../../utils/extension/kept-notices';
import type { Feed } from '../../utils/feed/schema';
import { type Lang, textIn } from '../../utils/i18n/local-text';
import { glanceText } from '../../utils/i18n/strings-extension';
import { noticeTable } from '../../utils/notice/notice-table';
import { NoticeTableView } from '../NoticeTableView';

export function KeptNotices({ kept, feed, lang }: { kept: readonly KeptNotice[]; feed: Feed; lang: Lang }) {
  return (
    <section class="kept-notices" aria-label={textIn(keptMark(kept[0]!.readAt), lang)}>
      {kept.map((k) => {
        const table = noticeTable(feed, k.notice, lang);
        return (
          <div key={`${k.pageUrl} ${k.readAt}`} class="kept-notice" data-kept-notice={k.notice.id}>
            <h3>{textIn(k.notice.title, lang)}</h3>
            <p class="pending" role="note">
              {textIn(keptMark(k.readAt), lang)} · <a href={k.pageUrl}>{k.pageUrl}</a>
            </p>
            <NoticeTableView table={table} corner={glanceText(lang, 'readPageDepartment')} onlyWithLines />
          </div>
        );
      })}
    </section>
  );
}
