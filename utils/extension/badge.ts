/** The action's badge for a tab whose page names a ClearClinic feed (extension.md, Detection). */
import type { PageFeeds } from './messages';

/**
 * The toolbar button's calls. They return a promise in MV3 and in Firefox, nothing in Chrome's
 * MV2 typings (which WXT's types give `browserAction`): awaited either way, so `unknown` here.
 */
export interface ToolbarButton {
  setBadgeText(details: { tabId: number; text: string }): unknown;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): unknown;
  setTitle(details: { tabId: number; title: string }): unknown;
}

/** The parts of the WebExtension API this needs (WXT's `browser`, or fakeBrowser in tests). */
export interface BadgeApi {
  /** MV3's name for the toolbar button. */
  action?: ToolbarButton;
  /** MV2's name: Firefox's MV2 build has only this one, and no `action` at all. */
  browserAction?: ToolbarButton;
  i18n: { getMessage(name: string): string };
}

/** The toolbar button of whichever manifest version runs (WXT's types claim both always exist). */
function toolbarButton(api: BadgeApi): ToolbarButton {
  const button = api.action ?? api.browserAction;
  if (!button) throw new Error('This browser has neither action nor browserAction');
  return button;
}

export async function onPageFeeds(api: BadgeApi, tabId: number, found: PageFeeds): Promise<void> {
  if (found.urls.length === 0 && !found.inline) return;
  const button = toolbarButton(api);
  await button.setBadgeBackgroundColor({ tabId, color: '#0b4f8f' });
  await button.setBadgeText({ tabId, text: '✓' });
  await button.setTitle({ tabId, title: api.i18n.getMessage('badgeTitle') });
}
