import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDexieStore } from '../utils/cache/dexie-store';
import type { FeedStore } from '../utils/cache/feed-store';
import { wireRefresh } from '../utils/extension/adapters/background-refresh';
import { digestingStore } from '../utils/extension/adapters/schedule-digest';
import { refreshProblemsItem } from '../utils/extension/adapters/storage-items';
import { tabBadges } from '../utils/extension/adapters/tab-badges';
import { readMessage } from '../utils/extension/messages';

export default defineBackground(() => {
  // Detection: a tab whose page names a feed gets a badge and a title saying so ("!" when that feed fails).
  const badges = tabBadges(browser, () => refreshProblemsItem.getValue());
  browser.runtime.onMessage.addListener((value: unknown, sender) => {
    const message = readMessage(value);
    if (message?.type === 'clearclinic:page-feeds' && sender.tab?.id !== undefined)
      badges.pageFeeds(sender.tab.id, message).catch(() => undefined); // the tab closed meanwhile
  });
  refreshProblemsItem.watch((problems) => void badges.problemsChanged(problems ?? {}).catch(() => undefined));
  // Saved hospitals: refreshed on an alarm and at start-up; changes notified.
  let store: Promise<FeedStore> | undefined;
  // getURL is typed to the entrypoints WXT has generated types for; the dashboard is one of ours.
  const dashboard = (browser.runtime.getURL as (path: string) => string)('/dashboard.html');
  wireRefresh(browser, { store: () => (store ??= openDexieStore().then(digestingStore)) }, dashboard);
});
