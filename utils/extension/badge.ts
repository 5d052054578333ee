/**
 * The action's badge for a tab whose page names a ClearClinic feed (extension.md, Detection):
 * ✓ when the page names one; "!" once the popup or a refresh finds that feed invalid or
 * unreachable, with a title that says so.
 */
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

/**
 * `knownBad`: the page names a feed whose latest refresh failed (a saved hospital's): the badge
 * says so at once rather than claiming a good feed.
 */
export async function onPageFeeds(api: BadgeApi, tabId: number, found: PageFeeds, knownBad = false): Promise<void> {
  if (found.urls.length === 0 && !found.inline) return;
  if (knownBad) return markFeedProblem(api, tabId);
  const button = toolbarButton(api);
  await button.setBadgeBackgroundColor({ tabId, color: '#0b4f8f' });
  await button.setBadgeText({ tabId, text: '✓' });
  await button.setTitle({ tabId, title: api.i18n.getMessage('badgeTitle') });
}

/** The tab's feed was found invalid or unreachable. */
export async function markFeedProblem(api: BadgeApi, tabId: number): Promise<void> {
  const button = toolbarButton(api);
  await button.setBadgeBackgroundColor({ tabId, color: '#9b1c1c' });
  await button.setBadgeText({ tabId, text: '!' });
  await button.setTitle({ tabId, title: api.i18n.getMessage('badgeProblemTitle') });
}
