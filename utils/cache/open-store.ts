/** The feed store for this page: IndexedDB when it works, else memory. One per page. */
import { STORED_FLAG } from './feed-request';
import { type FeedStore, MemoryFeedStore } from './feed-store';

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
  // The extension's store holds the hospitals it saved: always worth reading first.
  mayHave = Promise.resolve(true);
}

let mayHave: Promise<boolean> | undefined;

/**
 * Whether this origin may have feeds stored: false only on a first visit, when Dexie need
 * not load before the first render (there is nothing to read, only a copy to store after).
 * A flag in localStorage, set once a feed is stored, answers at once. Asking the browser
 * for its list of databases instead was a round trip of 10–15 ms on a first visit, right on
 * the way to the first render. If the flag is lost (the site cleared its storage), the
 * visit is only treated as a first one: the feed comes from the network, and when the
 * network fails the cache is read anyway. Unknown means "maybe". Asked once a page.
 */
export function mayHaveStoredFeeds(): Promise<boolean> {
  mayHave ??= Promise.resolve(storedFlag());
  return mayHave;
}

function storedFlag(): boolean {
  try {
    return typeof localStorage === 'undefined' || localStorage.getItem(STORED_FLAG) === '1';
  } catch {
    return true;
  }
}

/** Notes that feeds are stored now, so the next visit reads them without asking. */
export function markFeedsStored() {
  try {
    if (typeof localStorage !== 'undefined') localStorage.setItem(STORED_FLAG, '1');
  } catch {
    // Storage may be refused (private modes): the next visit goes to the network first.
  }
}

/** For tests: forget the page's store. */
export function resetFeedStore() {
  store = undefined;
  mayHave = undefined;
}
