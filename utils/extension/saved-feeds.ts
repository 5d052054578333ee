/**
 * The saved hospitals with their stored feeds, for the popup and the dashboard: everything
 * they show comes from the cache (Dexie), so it renders offline, each with the age of its
 * data. A saved hospital whose copy is missing or unreadable is still listed, without data.
 */
import { type CachedFeed, checkedFeed, type FeedStore, isTrusted } from '../cache/feed-store';
import type { Feed } from '../feed/schema';
import { ScheduleEngine } from '../schedule/engine';
import type { KeptNotice } from './kept-notices';
import type { RefreshProblem } from './refresh-problem';
import type { SavedHospital } from './saved-hospitals';

export interface SavedFeed {
  hospital: SavedHospital;
  /** Absent when no good copy is stored (never fetched, or the store was cleared). */
  feed?: Feed;
  engine?: ScheduleEngine;
  /** Last time the publisher confirmed the copy, ms since the epoch. */
  fetchedAt?: number;
  /** When the copy was stored. */
  storedAt?: number;
  /** The latest refresh failed: said beside the kept copy. */
  problem?: RefreshProblem;
  /** Notices read from the hospital's own page and kept with it (marked wherever they show). */
  kept?: KeptNotice[];
}

/** How stored copies are read: several at once (utils/cache/read-stored-feed), or from a FeedStore. */
export type ReadStored = (urls: readonly string[]) => Promise<(CachedFeed | undefined)[]>;

export function fromStore(store: FeedStore): ReadStored {
  return (urls) => Promise.all(urls.map((url) => store.get(url).catch(() => undefined)));
}

export async function readSavedFeeds(list: readonly SavedHospital[], read: ReadStored): Promise<SavedFeed[]> {
  const entries = await read(list.map((h) => h.feedUrl)).catch(() => list.map(() => undefined));
  // Copies the current checker passed are trusted as they are; the checker itself loads only for older ones.
  const recheck = entries.some((e) => e && !isTrusted(e))
    ? (await import('../cache/cached-copy')).readCached
    : undefined;
  return list.map((hospital, i): SavedFeed => {
    const entry = entries[i];
    const feed = entry ? (isTrusted(entry) ? checkedFeed(entry) : recheck!(entry)) : undefined;
    if (!entry || !feed) return { hospital };
    return { hospital, feed, engine: new ScheduleEngine(feed), fetchedAt: entry.fetchedAt, storedAt: entry.storedAt };
  });
}
