/**
 * The background's badges (extension.md, Detection): ✓ for a tab whose page names a feed, and
 * "!" instead when that feed is known to fail — at once if a refresh of a saved hospital has
 * already found it so, or later when a refresh round does. The tabs' feed URLs are kept in
 * memory only; a restarted worker learns them again from the next page load.
 */
import { type BadgeApi, markFeedProblem, onPageFeeds } from '../badge';
import type { PageFeeds } from '../messages';
import type { RefreshProblem } from '../refresh-problem';

export interface TabBadgeApi extends BadgeApi {
  tabs: { onRemoved: { addListener(fn: (tabId: number) => unknown): void } };
}

export function tabBadges(api: TabBadgeApi, readProblems: () => Promise<Record<string, RefreshProblem>>) {
  const tabs = new Map<number, readonly string[]>();
  api.tabs.onRemoved.addListener((tabId) => tabs.delete(tabId));
  return {
    async pageFeeds(tabId: number, found: PageFeeds): Promise<void> {
      tabs.set(tabId, found.urls);
      const problems = await readProblems().catch(() => ({}) as Record<string, RefreshProblem>);
      await onPageFeeds(api, tabId, found, found.urls.length > 0 && found.urls.every((url) => url in problems));
    },
    /** After a refresh round: tabs whose every named feed now fails get "!". */
    async problemsChanged(problems: Record<string, RefreshProblem>): Promise<void> {
      for (const [tabId, urls] of tabs)
        if (urls.length > 0 && urls.every((url) => url in problems))
          await markFeedProblem(api, tabId).catch(() => tabs.delete(tabId)); // the tab is gone
    },
  };
}
