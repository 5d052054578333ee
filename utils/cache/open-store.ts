/** The feed store for this page: IndexedDB when it works, else memory. One per page. */
import { MemoryFeedStore, type FeedStore } from './feed-store';

let store: Promise<FeedStore> | undefined;

export function openFeedStore(): Promise<FeedStore> {
  store ??= (async () => {
    try {
      if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
      const { openDexieStore } = await import('./dexie-store');
      return await openDexieStore();
    } catch {
      // Private modes and some embedded browsers refuse IndexedDB: keep feeds for this page only.
      return new MemoryFeedStore();
    }
  })();
  return store;
}

/**
 * Whether this origin may have feeds stored: false only when the browser can list its
 * databases and ours is not among them (a first visit). Then Dexie need not load before
 * the first render: there is nothing to read, only a copy to store afterwards.
 */
export async function mayHaveStoredFeeds(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
    const { DATABASE_NAME } = await import('./database-name');
    return (await indexedDB.databases()).some((db) => db.name === DATABASE_NAME);
  } catch {
    return true;
  }
}

/** For tests: forget the page's store. */
export function resetFeedStore() {
  store = undefined;
}
