/**
 * Where feeds are kept between visits. The store holds only feeds that passed the checker
 * (a feed that fails never replaces a good one); each entry remembers which version of the
 * checker passed it, so a newer checker can look again after an upgrade.
 */
import type { Feed } from '../feed/schema';

/** Bump when the checker's rules change: cached feeds are checked again when read. */
export const CHECKER_VERSION = 3;

export interface CachedFeed {
  /** The feed's URL, absolute: the key. */
  url: string;
  /**
   * The feed as published, as JSON text: IndexedDB copies one string far faster than the
   * object graph of a large feed, and JSON.parse is faster still than its structured clone.
   */
  text: string;
  etag?: string;
  lastModified?: string;
  /** Last time the publisher answered (200 or 304), ms since the epoch. */
  fetchedAt: number;
  /** When this copy was stored. */
  storedAt: number;
  checker: number;
  /** textChecksum(text) when stored: a copy whose text no longer matches it is checked again. */
  checksum?: number;
}

/**
 * FNV-1a over the text's UTF-16 code units: ~1 ms for a 0.5 MB feed. It finds a copy changed
 * or cut short since it was stored (a partial write, a bug, a hand edit), which is then checked
 * again instead of trusted; it is no defence against script on the same origin, which could
 * rewrite the sum too (and could do anything else there).
 */
export function textChecksum(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Whether the copy can be used without a check: the current checker passed it and its text is as stored. */
export const isTrusted = (entry: CachedFeed): boolean =>
  entry.checker === CHECKER_VERSION && typeof entry.text === 'string' && entry.checksum === textChecksum(entry.text);

/**
 * A stored copy that the current checker passed, parsed as it is (it need not be checked
 * again); undefined for an older checker's copy, a changed text (check it again) or unreadable text.
 */
export function checkedFeed(entry: CachedFeed): Feed | undefined {
  if (!isTrusted(entry)) return undefined;
  try {
    return JSON.parse(entry.text) as Feed;
  } catch {
    return undefined;
  }
}

export interface FeedStore {
  readonly kind: 'indexeddb' | 'memory';
  get(url: string): Promise<CachedFeed | undefined>;
  put(entry: CachedFeed): Promise<void>;
  /** Records that the publisher confirmed the stored copy (HTTP 304 or same validators). */
  touch(url: string, fetchedAt: number): Promise<void>;
  delete(url: string): Promise<void>;
  all(): Promise<CachedFeed[]>;
}

/** A store for one page's life, where IndexedDB is unavailable (private modes). */
export class MemoryFeedStore implements FeedStore {
  readonly kind = 'memory' as const;
  readonly #entries = new Map<string, CachedFeed>();
  async get(url: string) {
    const entry = this.#entries.get(url);
    return entry && structuredClone(entry);
  }
  async put(entry: CachedFeed) {
    this.#entries.set(entry.url, structuredClone(entry));
  }
  async touch(url: string, fetchedAt: number) {
    const entry = this.#entries.get(url);
    if (entry) entry.fetchedAt = fetchedAt;
  }
  async delete(url: string) {
    this.#entries.delete(url);
  }
  async all() {
    return [...this.#entries.values()].map((e) => structuredClone(e));
  }
}
