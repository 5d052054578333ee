import { openDexieStore } from '../utils/cache/dexie-store';
import type { FeedStore } from '../utils/cache/feed-store';
import { wireRefresh } from '../utils/extension/background-refresh';
import { onPageFeeds } from '../utils/extension/badge';
import { digestingStore } from '../utils/extension/schedule-digest';

export default defineBackground(() => {
  // Detection: a tab whose page names a feed gets a badge and a title saying so.
  browser.runtime.onMessage.addListener((message, sender) => {
    if (message?.type === 'clearclinic:page-feeds' && sender.tab?.id !== undefined)
      void onPageFeeds(browser, sender.tab.id, message);
  });
  // Saved hospitals: refreshed on an alarm and at start-up; changes notified.
  let store: Promise<FeedStore> | undefined;
  // getURL is typed to the entrypoints WXT has generated types for; the dashboard is one of ours.
  const dashboard = (browser.runtime.getURL as (path: string) => string)('/dashboard.html');
  wireRefresh(browser, { store: () => (store ??= openDexieStore().then(digestingStore)) }, dashboard);
});
