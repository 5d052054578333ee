/**
 * The IndexedDB feed store (Dexie): one database per origin, shared by every widget on its
 * pages (and by the extension in its own origin). Loaded on demand: Dexie is not part of
 * the widget's first render.
 */
import Dexie, { type Table } from 'dexie';
import { DATABASE_NAME, FEEDS_STORE } from './database-name';
import type { CachedFeed, FeedStore } from './feed-store';

export { DATABASE_NAME };

class FeedDatabase extends Dexie {
  feeds!: Table<CachedFeed, string>;
  constructor(name: string) {
    super(name);
    // Schema history: add a version, never edit one, so stored feeds survive upgrades.
    // 1: feeds keyed by URL.
    this.version(1).stores({ [FEEDS_STORE]: 'url, storedAt' });
  }
}

export class DexieFeedStore implements FeedStore {
  readonly kind = 'indexeddb' as const;
  constructor(readonly db: FeedDatabase) {}
  get(url: string) {
    return this.db.feeds.get(url);
  }
  async put(entry: CachedFeed) {
    await this.db.feeds.put(entry);
  }
  async touch(url: string, fetchedAt: number) {
    await this.db.feeds.update(url, { fetchedAt });
  }
  async delete(url: string) {
    await this.db.feeds.delete(url);
  }
  all() {
    return this.db.feeds.toArray();
  }
}

/** Opens the origin's feed database; rejects where IndexedDB cannot be used. */
export async function openDexieStore(name = DATABASE_NAME): Promise<DexieFeedStore> {
  const db = new FeedDatabase(name);
  await db.open();
  return new DexieFeedStore(db);
}
