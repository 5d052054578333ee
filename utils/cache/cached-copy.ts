/**
 * A feed's copy as the store keeps it, and read back: pure (the store itself is feed-store's
 * adapters). Read back, a copy the current checker passed is trusted; any other is checked again.
 */
import { checkFeedText } from '../feed/check';
import type { Feed } from '../feed/schema';
import { type CachedFeed, CHECKER_VERSION, checkedFeed, isTrusted, textChecksum } from './feed-store';

/** A checked feed's text as the store keeps it, with the publisher's validators when it sent them. */
export function cachedCopy(
  url: string,
  text: string,
  at: number,
  validators: { etag?: string; lastModified?: string } = {},
): CachedFeed {
  const entry: CachedFeed = {
    url,
    text,
    fetchedAt: at,
    storedAt: at,
    checker: CHECKER_VERSION,
    checksum: textChecksum(text),
  };
  if (validators.etag !== undefined) entry.etag = validators.etag;
  if (validators.lastModified !== undefined) entry.lastModified = validators.lastModified;
  return entry;
}

/**
 * The cached feed: trusted when the same checker passed this very text (isTrusted), else
 * checked again; undefined when it fails (the caller drops the copy and asks the publisher).
 */
export function readCached(cached: CachedFeed): Feed | undefined {
  if (isTrusted(cached)) return checkedFeed(cached);
  if (typeof cached.text !== 'string') return undefined;
  try {
    return checkFeedText(cached.text).feed;
  } catch {
    return undefined;
  }
}
