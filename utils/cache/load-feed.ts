/**
 * Loading a feed the way the widget and the extension need it: the cached copy at once,
 * then a conditional request in the background; a new copy replaces the cache only when
 * it checks clean; on any failure the good copy stays, with its age. One channel per URL,
 * shared by every subscriber on the page (several widgets, one request).
 */
import { checkFeed, checkFeedText, MAX_FEED_BYTES } from '../feed/check';
import type { Finding } from '../feed/problem-codes';
import type { Feed } from '../feed/schema';
import { CHECKER_VERSION, type CachedFeed, type FeedStore } from './feed-store';

export interface FeedData {
  type: 'data';
  url: string;
  feed: Feed;
  /** Last time the publisher confirmed this copy. */
  fetchedAt: number;
  /** True while the copy shown is the cached one and no newer answer has come. */
  fromCache: boolean;
  warnings: Finding[];
}

export interface FeedFailure {
  type: 'error';
  url: string;
  /** A feed problem code (json.syntax …), or `network`, `http`, `feed.too-large`. */
  code: string;
  status?: number;
  /** The problems of a feed that came but failed the checker. */
  findings?: Finding[];
  /** Whether good data is still shown (from the cache). */
  hasData: boolean;
}

export type FeedEvent = FeedData | FeedFailure;

export interface LoadOptions {
  store: FeedStore | Promise<FeedStore>;
  fetch?: typeof fetch;
  now?: () => number;
  /** The page's origin: conditional headers go only to it (elsewhere they would need CORS preflight). */
  origin?: string;
}

type Listener = (event: FeedEvent) => void;

interface Channel {
  listeners: Set<Listener>;
  data?: FeedData;
  error?: FeedFailure;
  done: Promise<void>;
}

const channels = new Map<string, Channel>();

/**
 * Subscribes to a feed. The listener hears the cached copy (if any), then the outcome of
 * revalidation: new data, or an error while the good copy stays. Returns an unsubscribe.
 * A second subscriber to the same URL joins the first's request and hears what it heard.
 */
export function loadFeed(url: string, options: LoadOptions, listener: Listener): () => void {
  let channel = channels.get(url);
  if (!channel) {
    const created: Channel = { listeners: new Set(), done: Promise.resolve() };
    const emit = (event: FeedEvent) => {
      if (event.type === 'data') (created.data = event), (created.error = undefined);
      else created.error = event;
      for (const l of created.listeners) safely(l, event);
    };
    created.done = run(url, options, emit);
    channels.set(url, (channel = created));
  }
  channel.listeners.add(listener);
  if (channel.data) safely(listener, channel.data);
  if (channel.error) safely(listener, channel.error);
  const joined = channel;
  return () => joined.listeners.delete(listener);
}

/** Resolves when the URL's current load has finished (for tests and refresh logic). */
export function feedSettled(url: string): Promise<void> {
  return channels.get(url)?.done ?? Promise.resolve();
}

/** Drops the URL's channel so the next subscriber loads afresh (a refresh, or tests). */
export function forgetFeed(url?: string) {
  if (url === undefined) channels.clear();
  else channels.delete(url);
}

function safely(listener: Listener, event: FeedEvent) {
  try {
    listener(event);
  } catch {
    // A listener's failure must not stop the others, nor reach the host page.
  }
}

async function run(url: string, options: LoadOptions, emit: Listener): Promise<void> {
  const now = options.now ?? Date.now;
  let store: FeedStore | undefined;
  let cached: CachedFeed | undefined;
  try {
    store = await options.store;
    cached = await store.get(url);
  } catch {
    cached = undefined;
  }
  let cachedFeed: Feed | undefined;
  if (cached) {
    cachedFeed = cached.checker === CHECKER_VERSION ? (cached.data as Feed) : recheck(cached);
    if (cachedFeed) emit({ type: 'data', url, feed: cachedFeed, fetchedAt: cached.fetchedAt, fromCache: true, warnings: [] });
  }
  const hasData = cachedFeed !== undefined;

  const headers: Record<string, string> = {};
  const sameOrigin = options.origin !== undefined && new URL(url).origin === options.origin;
  if (cached && cachedFeed && sameOrigin) {
    if (cached.etag) headers['if-none-match'] = cached.etag;
    if (cached.lastModified) headers['if-modified-since'] = cached.lastModified;
  }
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, { headers, cache: 'no-cache', credentials: 'same-origin' });
  } catch {
    emit({ type: 'error', url, code: 'network', hasData });
    return;
  }
  const etag = response.headers.get('etag') ?? undefined;
  const lastModified = response.headers.get('last-modified') ?? undefined;
  const unchanged =
    response.status === 304 ||
    (response.ok && cachedFeed !== undefined && ((etag !== undefined && etag === cached?.etag) || (etag === undefined && lastModified !== undefined && lastModified === cached?.lastModified)));
  if (unchanged && cached && cachedFeed) {
    await response.body?.cancel().catch(() => {});
    const fetchedAt = now();
    await store?.touch(url, fetchedAt).catch(() => {});
    emit({ type: 'data', url, feed: cachedFeed, fetchedAt, fromCache: false, warnings: [] });
    return;
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    emit({ type: 'error', url, code: 'http', status: response.status, hasData });
    return;
  }
  if (Number(response.headers.get('content-length')) > MAX_FEED_BYTES) {
    await response.body?.cancel().catch(() => {});
    emit({ type: 'error', url, code: 'feed.too-large', hasData });
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    emit({ type: 'error', url, code: 'network', hasData });
    return;
  }
  const result = checkFeedText(bytes);
  if (!result.feed) {
    emit({ ...(await exactFailure(bytes)), url, hasData });
    return;
  }
  const fetchedAt = now();
  const entry: CachedFeed = { url, data: result.feed, fetchedAt, storedAt: fetchedAt, checker: CHECKER_VERSION };
  if (etag !== undefined) entry.etag = etag;
  if (lastModified !== undefined) entry.lastModified = lastModified;
  await store?.put(entry).catch(() => {});
  emit({ type: 'data', url, feed: result.feed, fetchedAt, fromCache: false, warnings: result.findings });
}

/**
 * A failed check told the truth about validity; for its exact codes and paths, check again
 * with the issue mapper, which loads only now (failures are rare; the first render stays small).
 */
async function exactFailure(input: string | Uint8Array): Promise<Omit<FeedFailure, 'url' | 'hasData'>> {
  const { issueMapper } = await import('../feed/check-issues');
  const findings = checkFeedText(input, { issues: issueMapper }).findings;
  const first = findings.find((f) => f.severity === 'error');
  return { type: 'error', code: first?.code ?? 'schema.type', findings };
}

/** A copy cached by an older checker: show it only if today's checker passes it too. */
function recheck(cached: CachedFeed): Feed | undefined {
  return checkFeed(cached.data).feed;
}

/** Checks a feed given inline in the page (no cache: the page itself carries it). */
export async function inlineFeed(text: string, url: string, now: number): Promise<FeedEvent> {
  const result = checkFeedText(text);
  if (!result.feed) return { ...(await exactFailure(text)), url, hasData: false };
  return { type: 'data', url, feed: result.feed, fetchedAt: now, fromCache: false, warnings: result.findings };
}
