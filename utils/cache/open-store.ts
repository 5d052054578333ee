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

/** Makes this page's widgets use `provided` (the extension's store, which keeps digests beside its feeds). */
export function provideFeedStore(provided: Promise<FeedStore>): void {
  store = provided;
}

const STORED_FLAG = 'clearclinic:feeds-stored';
let mayHave: Promise<boolean> | undefined;

/**
 * Whether this origin may have feeds stored: false only on a first visit, when Dexie need
 * not load before the first render (there is nothing to read, only a copy to store after).
 * A flag in localStorage answers at once; without it the browser's list of databases does
 * (slower: a round trip to the browser process). Unknown means "maybe". Asked once a page.
 */
export function mayHaveStoredFeeds(): Promise<boolean> {
  mayHave ??= (async () => {
    try {
      if (typeof localStorage !== 'undefined' && localStorage.getItem(STORED_FLAG) === '1') return true;
    } catch {
      return true;
    }
    try {
      if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
      const { DATABASE_NAME } = await import('./database-name');
      return (await indexedDB.databases()).some((db) => db.name === DATABASE_NAME);
    } catch {
      return true;
    }
  })();
  return mayHave;
}

/** Notes that feeds are stored now, so the next visit reads them without asking. */
export function markFeedsStored() {
  try {
    if (typeof localStorage !== 'undefined') localStorage.setItem(STORED_FLAG, '1');
  } catch {
    // Storage may be refused (private modes): the next visit asks the browser instead.
  }
}

/** For tests: forget the page's store. */
export function resetFeedStore() {
  store = undefined;
  mayHave = undefined;
}
