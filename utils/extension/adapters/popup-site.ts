/**
 * The popup's current-site logic, apart from its page (entrypoints/popup stays wiring): which
 * tab the popup was opened over, what the page there names, the site's hospital at a glance,
 * and saving it. Each step takes the browser's parts it uses, so tests pass fakes.
 */
import type { Lang } from '../../i18n/local-text';
import type { GlanceLines } from '../glance-text';
import { askWhichFeeds, type MessagingApi } from '../messages';
import type { SiteFeed, SiteFeedProblem } from './site-feed';

export type SiteState =
  | { state: 'looking' }
  | { state: 'none' }
  /** The page names a feed (or its origin serves one) that cannot be used: said, and the badge turns to "!". */
  | { state: 'broken'; problem: SiteFeedProblem }
  | { state: 'found'; site: SiteFeed; lines: GlanceLines; saved: boolean; message?: string };

export interface TabInfo {
  id?: number;
  url?: string;
}

export interface TabsApi extends Pick<MessagingApi, 'tabs'> {
  tabs: MessagingApi['tabs'] & {
    get(tabId: number): Promise<TabInfo>;
    query(query: { active: true; currentWindow: true }): Promise<TabInfo[]>;
  };
}

/**
 * The tab the popup was opened over: the one `?tab=<id>` names when the popup is opened as a
 * page (tests, Firefox for Android), else the active tab of the current window.
 */
export async function popupTab(api: TabsApi, search: string): Promise<TabInfo | undefined> {
  const asked = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(asked) && asked > 0) return api.tabs.get(asked).catch(() => undefined);
  const [active] = await api.tabs.query({ active: true, currentWindow: true });
  return active;
}

/** The tab's hospital: the feeds its page names (asked of the content script), else its origin's well-known feed. */
export async function lookUpSite(
  api: TabsApi,
  tab: TabInfo | undefined,
  savedIds: ReadonlySet<string>,
  now: number,
  lang: Lang,
  fetcher: typeof fetch = fetch,
): Promise<SiteState> {
  const named = tab?.id !== undefined ? await askWhichFeeds(api, tab.id) : undefined;
  // Loaded only now: the checker it brings is not needed for the saved list the popup shows first.
  const { siteFeed, siteGlance, isSiteFeed } = await import('./site-feed');
  const found = await siteFeed(tab?.url, named?.urls ?? [], fetcher);
  if (!found) return { state: 'none' };
  if (!isSiteFeed(found)) return { state: 'broken', problem: found };
  return {
    state: 'found',
    site: found,
    lines: siteGlance(found, now, lang),
    saved: savedIds.has(found.feed.hospital.id),
  };
}

/** Saving the site's hospital: the state after `save` answers, with its message. */
export async function saveSite(
  state: SiteState,
  save: (feedUrl: string) => Promise<{ ok: boolean; message: string }>,
): Promise<SiteState> {
  if (state.state !== 'found') return state;
  const outcome = await save(state.site.feedUrl);
  return { ...state, saved: outcome.ok, message: outcome.message };
}
