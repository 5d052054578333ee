/** The action's badge for a tab whose page names a ClearClinic feed (extension.md, Detection). */
import type { PageFeeds } from './messages';

/** The parts of the WebExtension API this needs (WXT's `browser`, or fakeBrowser in tests). */
export interface BadgeApi {
  action: {
    setBadgeText(details: { tabId: number; text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
    setTitle(details: { tabId: number; title: string }): Promise<void>;
  };
  i18n: { getMessage(name: string): string };
}

export async function onPageFeeds(api: BadgeApi, tabId: number, found: PageFeeds): Promise<void> {
  if (found.urls.length === 0 && !found.inline) return;
  await api.action.setBadgeBackgroundColor({ tabId, color: '#0b4f8f' });
  await api.action.setBadgeText({ tabId, text: '✓' });
  await api.action.setTitle({ tabId, title: api.i18n.getMessage('badgeTitle') });
}
