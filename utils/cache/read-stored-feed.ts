/**
 * Stored feeds read straight from IndexedDB, for a first paint from the cache (the widget on
 * a return visit, the extension's popup): loading Dexie's module before the read cost 15–30
 * ms there. Dexie still owns the database (schema, versions, writes) and loads when a page
 * writes; this only reads the store its schema declares, and never creates the database.
 */
import { DATABASE_NAME, FEEDS_STORE } from './database-name';
import type { CachedFeed } from './feed-store';

/** The stored copies of `urls`, in order (undefined where none), in one read transaction. */
export function readStoredFeeds(urls: readonly string[]): Promise<(CachedFeed | undefined)[]> {
  const none = () => urls.map(() => undefined);
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DATABASE_NAME);
    } catch {
      return resolve(none());
    }
    // A database that does not exist yet is not created here: Dexie creates it, with its schema.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(none());
    request.onblocked = () => resolve(none());
    request.onsuccess = () => {
      const db = request.result;
      const done = (entries: (CachedFeed | undefined)[]) => {
        db.close();
        resolve(entries);
      };
      if (!db.objectStoreNames.contains(FEEDS_STORE) || urls.length === 0) return done(none());
      try {
        const transaction = db.transaction(FEEDS_STORE, 'readonly');
        const store = transaction.objectStore(FEEDS_STORE);
        const entries: (CachedFeed | undefined)[] = none();
        urls.forEach((url, i) => {
          const get = store.get(url);
          get.onsuccess = () => (entries[i] = get.result as CachedFeed | undefined);
        });
        transaction.oncomplete = () => done(entries);
        transaction.onerror = () => done(none());
        transaction.onabort = () => done(none());
      } catch {
        done(none());
      }
    };
  });
}

export async function readStoredFeed(url: string): Promise<CachedFeed | undefined> {
  return (await readStoredFeeds([url]))[0];
}
