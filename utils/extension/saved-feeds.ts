/**
 * The saved hospitals with their stored feeds, for the popup and the dashboard: everything
 * they show comes from the cache (Dexie), so it renders offline, each with the age of its
 * data. A saved hospital whose copy is missing or unreadable is still listed, without data.
 */
import type { FeedStore } from '../cache/feed-store';
import { readCached } from '../cache/load-feed';
import type { Feed } from '../feed/schema';
import { ScheduleEngine } from '../schedule/engine';
import type { SavedHospital } from './saved-hospitals';

export interface SavedFeed {
  hospital: SavedHospital;
  /** Absent when no good copy is stored (never fetched, or the store was cleared). */
  feed?: Feed;
  engine?: ScheduleEngine;
  /** Last time the publisher confirmed the copy, ms since the epoch. */
  fetchedAt?: number;
}

export async function readSavedFeeds(list: readonly SavedHospital[], store: FeedStore): Promise<SavedFeed[]> {
  return Promise.all(
    list.map(async (hospital): Promise<SavedFeed> => {
      const entry = await store.get(hospital.feedUrl).catch(() => undefined);
      const feed = entry ? readCached(entry) : undefined;
      if (!entry || !feed) return { hospital };
      return { hospital, feed, engine: new ScheduleEngine(feed), fetchedAt: entry.fetchedAt };
    }),
  );
}
