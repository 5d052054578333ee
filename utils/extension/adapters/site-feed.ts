/**
 * The current site's hospital for the popup (extension.md, Popup): the first feed the page
 * names that checks clean, else the one its origin serves at /.well-known/clearclinic.json
 * (asked only because the person opened the popup there). Nothing is fetched for other schemes.
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

export async function siteFeed(
  tabUrl: string | undefined,
  pageUrls: readonly string[],
  fetcher: typeof fetch = fetch,
): Promise<SiteFeed | undefined> {
  const tryUrl = async (url: string): Promise<Feed | undefined> => {
    try {
      const response = await fetcher(url, timed({ headers: { accept: 'application/json' } }));
      return response.ok ? checkFeedText(await readFeedBody(response)).feed : undefined;
    } catch {
      return undefined;
    }
  };
  for (const url of pageUrls) {
    const feed = await tryUrl(url);
    if (feed) return { feedUrl: url, feed, via: 'page' };
  }
  let origin: URL;
  try {
    origin = new URL(tabUrl ?? '');
  } catch {
    return undefined;
  }
  if (origin.protocol !== 'http:' && origin.protocol !== 'https:') return undefined;
  const wellKnown = new URL('/.well-known/clearclinic.json', origin.origin).href;
  if (pageUrls.includes(wellKnown)) return undefined;
  const feed = await tryUrl(wellKnown);
  return feed ? { feedUrl: wellKnown, feed, via: 'well-known' } : undefined;
}

/** The site's hospital at a glance, now, in the feed's clock. */
export function siteGlance(site: SiteFeed, now: number, lang: Lang): GlanceLines {
  const engine = new ScheduleEngine(site.feed);
  return glanceLines(glance(engine, now), engine.timeZone, lang);
}
