/**
 * The popup's "读取本页门诊安排" actions, apart from its page: read the current tab against a
 * saved hospital's stored feed, and keep the notice read with that hospital (storage.local).
 * The page reader and the notice reader load only on the click.
 */
import type { Lang } from '../../i18n/local-text';
import { glanceText } from '../../i18n/strings-extension';
import type { SavedHospital } from '../saved-hospitals';
import type { TabInfo } from './popup-site';
import type { PageReading, ScriptingApi } from './read-page';
import { keptNoticesItem } from './storage-items';

export interface ReadPageActions {
  hospitals: { id: string; name: string }[];
  onRead(hospitalId: string): Promise<PageReading | string>;
  onKeep(hospitalId: string, reading: PageReading): Promise<string>;
}

/** Undefined where there is no web page to read (no tab, or not http(s)). */
export function readPageActions(
  api: ScriptingApi,
  tab: TabInfo | undefined,
  hospitals: { id: string; name: string }[],
  saved: readonly { hospital: SavedHospital }[],
  lang: Lang,
): ReadPageActions | undefined {
  const tabId = tab?.id;
  const pageUrl = tab?.url;
  if (tabId === undefined || !pageUrl || !/^https?:/.test(pageUrl)) return undefined;
  return {
    hospitals,
    async onRead(hospitalId) {
      const [{ pageHtml, readPageNotice }, { readStoredFeed }, { readCached }] = await Promise.all([
        import('./read-page'),
        import('../../cache/read-stored-feed'),
        import('../../cache/cached-copy'),
      ]);
      const entry = saved.find((s) => s.hospital.id === hospitalId);
      const stored = entry && (await readStoredFeed(entry.hospital.feedUrl));
      const feed = stored && readCached(stored);
      if (!feed) return glanceText(lang, 'readPageNeedsSaved');
      try {
        return readPageNotice(await pageHtml(api, tabId), feed, pageUrl, lang);
      } catch (e) {
        return glanceText(lang, 'readPageFailed', { detail: e instanceof Error ? e.message : String(e) });
      }
    },
    async onKeep(hospitalId, reading) {
      const notice = reading.reading.notice;
      if (!notice) return glanceText(lang, 'readPageNothing');
      // One kept notice per hospital and page: reading the page again replaces it.
      const kept = (await keptNoticesItem.getValue()).filter(
        (k) => !(k.hospitalId === hospitalId && k.pageUrl === pageUrl),
      );
      await keptNoticesItem.setValue([...kept, { hospitalId, notice, pageUrl, readAt: Date.now() }]);
      return glanceText(lang, 'readPageKept');
    },
  };
}
