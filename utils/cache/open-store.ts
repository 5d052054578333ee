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

/** For tests: forget the page's store. */
export function resetFeedStore() {
  store = undefined;
}
