/**
 * One stored feed read straight from IndexedDB, for the widget's first paint on a return
 * visit: loading Dexie's module before the read cost 15–30 ms there. Dexie still owns the
 * database (schema, versions, writes) and loads after the first render; this only reads
 * the store its schema declares, and never creates the database.
 */
import { DATABASE_NAME, FEEDS_STORE } from './database-name';
import type { CachedFeed } from './feed-store';

export function readStoredFeed(url: string): Promise<CachedFeed | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DATABASE_NAME);
    } catch {
      return resolve(undefined);
    }
    // A database that does not exist yet is not created here: Dexie creates it, with its schema.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(undefined);
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const db = request.result;
      const done = (entry: CachedFeed | undefined) => {
        db.close();
        resolve(entry);
      };
      if (!db.objectStoreNames.contains(FEEDS_STORE)) return done(undefined);
      try {
        const get = db.transaction(FEEDS_STORE, 'readonly').objectStore(FEEDS_STORE).get(url);
        get.onsuccess = () => done(get.result as CachedFeed | undefined);
        get.onerror = () => done(undefined);
      } catch {
        done(undefined);
      }
    };
  });
}
