/**
 * The saved hospitals' schedules kept small for the popup (extension.md: its summary in ≤ 100 ms
 * from the cache with 20 saved hospitals). A feed's slots, wait figures and guide are most of
 * its size and the glance needs none of them, so beside each stored feed the extension keeps
 * its digest: the same feed without those parts, each in `storage.local` under its URL (all
 * read in one call). Every feed the extension stores goes through `digestingStore` (the
 * background's refresh, adding, importing, and the widget in the dashboard's hospital view,
 * given the same store), so a digest always matches its feed; a hospital without one (an
 * older install) is read from the feed store instead.
 */
import { storage } from 'wxt/utils/storage';
import { type CachedFeed, CHECKER_VERSION, checkedFeed, type FeedStore, textChecksum } from '../../cache/feed-store';
import type { Feed } from '../../feed/schema';
import type { CachedGlance } from '../popup-glances';
import type { ReadStored } from '../saved-feeds';

export interface Digest {
  /** The feed without slots, waitTimes, guide and services, as JSON text. */
  text: string;
  fetchedAt: number;
  storedAt: number;
}

/** One storage key per feed URL, so writers in different contexts never overwrite each other's digests. */
const keyOf = (url: string) => `local:digest:${url}` as const;

/** The popup's kept glance of a feed (utils/extension/popup-glances), dropped whenever its copy changes. */
const glanceKeyOf = (url: string) => `local:glance:${url}` as const;

/** The values stored under one key per URL, in one read (undefined where there is none). */
async function readPerUrl<T>(
  urls: readonly string[],
  key: (url: string) => `local:${string}`,
): Promise<(T | undefined)[]> {
  if (urls.length === 0) return [];
  const found = await storage.getItems(urls.map(key));
  const byKey = new Map(found.map((f) => [f.key, f.value as T | null]));
  return urls.map((url) => byKey.get(key(url)) ?? undefined);
}

export function readGlances(urls: readonly string[]): Promise<(CachedGlance | undefined)[]> {
  return readPerUrl<CachedGlance>(urls, glanceKeyOf);
}

/**
 * Keeps glances, each only while the digest it was worked out from is still the stored one: a
 * copy stored meanwhile (the background's refresh) has dropped the glance, and a late write
 * must not bring the old one back.
 */
export async function writeGlances(entries: Record<string, CachedGlance>): Promise<void> {
  const urls = Object.keys(entries);
  const digests = await readDigests(urls);
  const current = urls.filter((url, i) => digests[i]?.storedAt === entries[url]!.storedAt);
  await storage.setItems(current.map((url) => ({ key: glanceKeyOf(url), value: entries[url]! })));
}

/** The parts of a feed the popup's glance reads. */
export function digestOf(feed: Feed): Feed {
  const { slots: _s, waitTimes: _w, guide: _g, services: _v, ...rest } = feed;
  return rest;
}

/** The digests of `urls` in one read (undefined where there is none). */
export function readDigests(urls: readonly string[]): Promise<(Digest | undefined)[]> {
  return readPerUrl<Digest>(urls, keyOf);
}

/**
 * Reads digests as stored copies (a digest is a checked feed's subset, so it reads as one), and
 * only the hospitals without a digest from `fallback`.
 */
export function digestsFirst(fallback: ReadStored): ReadStored {
  return async (urls) => {
    const digests = await readDigests(urls).catch(() => urls.map(() => undefined));
    const missing = urls.filter((_, i) => !digests[i]);
    const full = missing.length ? await fallback(missing) : [];
    return urls.map((url, i): CachedFeed | undefined => {
      const digest = digests[i];
      return digest
        ? {
            url,
            text: digest.text,
            fetchedAt: digest.fetchedAt,
            storedAt: digest.storedAt,
            checker: CHECKER_VERSION,
            checksum: textChecksum(digest.text),
          }
        : full[missing.indexOf(url)];
    });
  };
}

/** A feed store that keeps each stored feed's digest beside it. */
export function digestingStore(store: FeedStore): FeedStore {
  return {
    kind: store.kind,
    get: (url) => store.get(url),
    all: () => store.all(),
    async put(entry: CachedFeed) {
      await store.put(entry);
      const feed = checkedFeed(entry);
      await storage.removeItem(glanceKeyOf(entry.url));
      if (feed)
        await storage.setItem<Digest>(keyOf(entry.url), {
          text: JSON.stringify(digestOf(feed)),
          fetchedAt: entry.fetchedAt,
          storedAt: entry.storedAt,
        });
      else await storage.removeItem(keyOf(entry.url));
    },
    async touch(url, fetchedAt) {
      await store.touch(url, fetchedAt);
      await storage.removeItem(glanceKeyOf(url));
      const digest = await storage.getItem<Digest>(keyOf(url));
      if (digest) await storage.setItem<Digest>(keyOf(url), { ...digest, fetchedAt });
    },
    async delete(url) {
      await store.delete(url);
      await storage.removeItems([keyOf(url), glanceKeyOf(url)]);
    },
  };
}
