/**
 * The current site's hospital for the popup (extension.md, Popup): the first feed the page
 * names that checks clean, else the one its origin serves at /.well-known/clearclinic.json
 * (asked only because the person opened the popup there). Nothing is fetched for other schemes.
 * A page that names a feed none of which can be used is not "no feed": `siteFeed` says which
 * and why (refused: it does not check; unreachable: it could not be fetched), so the popup and
 * the badge can say so.
 */
import { readFeedBody, timed } from '../../cache/feed-body';
import { checkFeedText } from '../../feed/check';
import type { Feed } from '../../feed/schema';
import type { Lang } from '../../i18n/local-text';
import { ScheduleEngine } from '../../schedule/engine';
import { glance } from '../glance';
import { type GlanceLines, glanceLines } from '../glance-text';

export interface SiteFeed {
  feedUrl: string;
  feed: Feed;
  via: 'page' | 'well-known';
}

/** A feed the site names or serves that cannot be used: refused (it does not check) or unreachable. */
export interface SiteFeedProblem {
  feedUrl: string;
  problem: 'refused' | 'unreachable';
}

type Tried = { feed: Feed } | { problem: 'refused' | 'unreachable' } | { absent: true };

export async function siteFeed(
  tabUrl: string | undefined,
  pageUrls: readonly string[],
  fetcher: typeof fetch = fetch,
): Promise<SiteFeed | SiteFeedProblem | undefined> {
  const tryUrl = async (url: string): Promise<Tried> => {
    try {
      const response = await fetcher(url, timed({ headers: { accept: 'application/json' } }));
      if (!response.ok) return response.status === 404 ? { absent: true } : { problem: 'unreachable' };
      const text = await readFeedBody(response);
      const feed = checkFeedText(text).feed;
      if (feed) return { feed };
      // Something else served at that address (a page, an error text) is no feed; one that claims to be and fails is refused.
      return /"format"\s*:\s*"clearclinic-feed"/.test(text) ? { problem: 'refused' } : { absent: true };
    } catch {
      return { problem: 'unreachable' };
    }
  };
  let firstProblem: SiteFeedProblem | undefined;
  for (const url of pageUrls) {
    const tried = await tryUrl(url);
    if ('feed' in tried) return { feedUrl: url, feed: tried.feed, via: 'page' };
    // What the page names and cannot be used is a problem even when the address is missing (404).
    firstProblem ??= { feedUrl: url, problem: 'problem' in tried ? tried.problem : 'unreachable' };
  }
  let origin: URL;
  try {
    origin = new URL(tabUrl ?? '');
  } catch {
    return firstProblem;
  }
  if (origin.protocol !== 'http:' && origin.protocol !== 'https:') return firstProblem;
  const wellKnown = new URL('/.well-known/clearclinic.json', origin.origin).href;
  if (pageUrls.includes(wellKnown)) return firstProblem;
  const tried = await tryUrl(wellKnown);
  if ('feed' in tried) return { feedUrl: wellKnown, feed: tried.feed, via: 'well-known' };
  // An origin that merely has no well-known file is silent; one that serves a broken feed there is not.
  return (
    firstProblem ??
    ('problem' in tried && tried.problem === 'refused' ? { feedUrl: wellKnown, problem: 'refused' } : undefined)
  );
}

export const isSiteFeed = (found: SiteFeed | SiteFeedProblem | undefined): found is SiteFeed =>
  found !== undefined && 'feed' in found;

/** The site's hospital at a glance, now, in the feed's clock. */
export function siteGlance(site: SiteFeed, now: number, lang: Lang): GlanceLines {
  const engine = new ScheduleEngine(site.feed);
  return glanceLines(glance(engine, now), engine.timeZone, lang);
}
