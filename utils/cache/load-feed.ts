/**
 * Loading a feed the way the widget and the extension need it: the cached copy at once,
 * the publisher asked at the same time (revalidating through the browser's HTTP cache); a
 * new copy replaces the cache only when it checks clean; on any failure the good copy
 * stays, with its age. One channel per URL,
 * shared by every subscriber on the page (several widgets, one request).
 */
import { checkFeedText } from '../feed/check';
import type { Finding } from '../feed/problem-codes';
import type { Feed } from '../feed/schema';
import { cachedCopy, readCached } from './cached-copy';
import { readFeedBody, TOO_LARGE, timed } from './feed-body';
import { FEED_REQUEST } from './feed-request';
import { type CachedFeed, type FeedStore, isTrusted } from './feed-store';

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
  /** A feed problem code (json.syntax …), or `network`, `http`, `feed.too-large`, `no-source`, `src.invalid`. */
  code: string;
  status?: number;
  /** The problems of a feed that came but failed the checker. */
  findings?: Finding[];
  /** Whether good data is still shown (from the cache). */
  hasData: boolean;
}

export type FeedEvent = FeedData | FeedFailure;

export interface LoadOptions {
  /** The store, or how to open it (called only when it is needed). */
  store: FeedStore | Promise<FeedStore> | (() => Promise<FeedStore>);
  /** Resolves false when nothing can be stored yet (a first visit): the store then opens only to store. */
  mayHaveCache?: Promise<boolean>;
  /** Called once a copy has been stored. */
  onStored?: () => void;
  /** A quicker way to read one stored copy than opening the store (the widget's first paint). */
  readStored?: (url: string) => Promise<CachedFeed | undefined>;
  fetch?: typeof fetch;
  now?: () => number;
  /** Send the stored copy's ETag / Last-Modified as If-None-Match / If-Modified-Since. */
  conditional?: boolean;
  /** The request's time limit, body included (FEED_TIMEOUT_MS unless a test says otherwise). */
  timeoutMs?: number;
  /** The answer to FEED_REQUEST for this URL, already requested (the widget's loader starts it). */
  early?: Promise<EarlyAnswer | undefined>;
}

/** A response already under way, with its body's text when that is being read already. */
export interface EarlyAnswer {
  response: Response;
  text?: Promise<string>;
}

function validators(entry: CachedFeed | undefined): Record<string, string> | undefined {
  const headers: Record<string, string> = {};
  if (entry?.etag) headers['if-none-match'] = entry.etag;
  if (entry?.lastModified) headers['if-modified-since'] = entry.lastModified;
  return Object.keys(headers).length ? headers : undefined;
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
      if (event.type === 'data') {
        created.data = event;
        created.error = undefined;
      } else created.error = event;
      for (const l of created.listeners) safely(l, event);
    };
    created.done = run(url, options, emit);
    channel = created;
    channels.set(url, channel);
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

/** One load's shared parts: its URL, options and events, the store (opened once), the stored copy. */
interface Load {
  url: string;
  options: LoadOptions;
  now: () => number;
  emit: Listener;
  /** Opens the store on first use; undefined when it cannot be opened. */
  store: () => Promise<FeedStore | undefined>;
  mayHaveCache: Promise<boolean>;
  /** The stored copy, once read (and shown at once when it is good). */
  cache: { entry?: CachedFeed; feed?: Feed };
  /** Settles when the stored copy has been read and, if good, shown. */
  reading: Promise<void>;
}

/**
 * The steps of one load: read the stored copy while the publisher is asked (`startReading`,
 * `request`); then the publisher's answer confirms the copy (`confirmStored`), fails, or
 * brings a new copy that is read (`readBody`), checked, shown and stored (`takeNewCopy`).
 */
async function run(url: string, options: LoadOptions, emit: Listener): Promise<void> {
  const load = startReading(url, options, emit);
  // The widget's request starts at once, in parallel with reading the cache: the browser's HTTP
  // cache revalidates with the publisher's ETag / Last-Modified (cache: 'no-cache'), and the
  // validators stored beside our copy say whether it changed. A conditional load (the
  // extension's background refresh, where the HTTP cache may long be gone) waits for the
  // stored copy and sends its validators itself.
  let readingText: Promise<string> | undefined;
  const early = options.early?.then((answer) => {
    readingText = answer?.text;
    return answer?.response;
  });
  const response = options.conditional
    ? load.reading.then(() => request(load, validators(load.cache.entry)))
    : (early ?? request(load));
  const answer = await response;
  if (!answer) return fail(load, { type: 'error', code: 'network' });
  // The cached copy comes first (shown at once, and its validators spare a re-check). Racing
  // it against the answer was measured slower on return visits: checking a large fresh copy
  // blocks the page longer than reading the cache.
  await load.reading;
  const etag = answer.headers.get('etag') ?? undefined;
  const lastModified = answer.headers.get('last-modified') ?? undefined;
  if (isUnchanged(answer, load.cache.entry, etag, lastModified) && load.cache.feed) {
    await answer.body?.cancel().catch(() => {});
    return confirmStored(load, load.cache.feed);
  }
  const body = await readBody(answer, readingText);
  if (typeof body !== 'string') return fail(load, body);
  await takeNewCopy(load, body, { etag, lastModified });
}

/** Starts reading the stored copy, shown as soon as it is read and good. */
function startReading(url: string, options: LoadOptions, emit: Listener): Load {
  let opened: Promise<FeedStore | undefined> | undefined;
  const store = () =>
    (opened ??= Promise.resolve(typeof options.store === 'function' ? options.store() : options.store).catch(
      () => undefined,
    ));
  const mayHaveCache = options.mayHaveCache ?? Promise.resolve(true);
  const load: Load = {
    url,
    options,
    now: options.now ?? Date.now,
    emit,
    store,
    mayHaveCache,
    cache: {},
    reading: Promise.resolve(),
  };
  load.reading = mayHaveCache.then((may) => (may ? readStored(load) : undefined)).then((entry) => show(load, entry));
  return load;
}

const readStored = ({ options, url, store }: Load) =>
  (options.readStored ? options.readStored(url) : store().then((s) => s?.get(url))).catch(() => undefined);

/**
 * Shows the stored copy if it is good. One that had to be checked again is stored again as
 * checked (so the next visit trusts it); one that fails is dropped, and its validators with
 * it, so the publisher is asked for the whole feed.
 */
function show(load: Load, entry: CachedFeed | undefined) {
  const { cache, url } = load;
  const feed = entry ? readCached(entry) : undefined;
  cache.entry = feed ? entry : undefined;
  cache.feed = feed;
  if (!entry) return;
  if (!feed) void load.store().then((s) => s?.delete(url).catch(() => {}));
  else {
    if (!isTrusted(entry)) {
      const again = { ...cachedCopy(url, entry.text, entry.fetchedAt, entry), storedAt: entry.storedAt };
      void load.store().then((s) => s?.put(again).catch(() => {}));
    }
    load.emit({ type: 'data', url, feed, fetchedAt: entry.fetchedAt, fromCache: true, warnings: [] });
  }
}

/** The publisher's answer, or undefined when it cannot be reached. */
const request = ({ options, url }: Load, headers?: Record<string, string>) =>
  (options.fetch ?? fetch)(url, timed({ ...FEED_REQUEST, ...(headers && { headers }) }, options.timeoutMs)).then(
    (r) => r,
    () => undefined,
  );

/** Failures say whether saved data is still shown, so they wait for the cache. */
async function fail(load: Load, failure: Omit<FeedFailure, 'url' | 'hasData'>) {
  await load.reading;
  // Told there was nothing stored, but the publisher cannot be heard: look anyway.
  if (!load.cache.entry && !(await load.mayHaveCache)) show(load, await readStored(load));
  load.emit({ ...failure, url: load.url, hasData: load.cache.feed !== undefined });
}

/** A 304, or the same ETag (else the same Last-Modified) as the stored copy's. */
function isUnchanged(
  answer: Response,
  entry: CachedFeed | undefined,
  etag: string | undefined,
  lastModified: string | undefined,
): boolean {
  if (answer.status === 304) return true;
  if (!answer.ok || !entry) return false;
  if (etag !== undefined) return etag === entry.etag;
  return lastModified !== undefined && lastModified === entry.lastModified;
}

/** The publisher confirmed the stored copy: shown as fresh, its time of confirmation stored. */
async function confirmStored(load: Load, feed: Feed) {
  const fetchedAt = load.now();
  load.emit({ type: 'data', url: load.url, feed, fetchedAt, fromCache: false, warnings: [] });
  await load
    .store()
    .then((s) => s?.touch(load.url, fetchedAt))
    .catch(() => {});
}

/** The answer's text, or why there is none (an HTTP error, too large, cut off or out of time). */
async function readBody(
  answer: Response,
  readingText: Promise<string> | undefined,
): Promise<string | Omit<FeedFailure, 'url' | 'hasData'>> {
  if (!answer.ok) {
    await answer.body?.cancel().catch(() => {});
    return { type: 'error', code: 'http', status: answer.status };
  }
  try {
    return await (readingText ?? readFeedBody(answer));
  } catch (error) {
    return { type: 'error', code: error instanceof Error && error.message === TOO_LARGE ? TOO_LARGE : 'network' };
  }
}

/** A new copy: checked; if good, shown first and stored after (the write is not on the way to the first render). */
async function takeNewCopy(load: Load, text: string, validators: { etag?: string; lastModified?: string }) {
  const result = checkFeedText(text);
  if (!result.feed) return fail(load, await exactFailure(text));
  const fetchedAt = load.now();
  load.emit({ type: 'data', url: load.url, feed: result.feed, fetchedAt, fromCache: false, warnings: result.findings });
  const next = cachedCopy(load.url, text, fetchedAt, validators);
  await load
    .store()
    .then((s) => s?.put(next))
    .then(() => load.options.onStored?.())
    .catch(() => {});
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

/** Checks a feed given inline in the page (no cache: the page itself carries it). */
export async function inlineFeed(text: string, url: string, now: number): Promise<FeedEvent> {
  const result = checkFeedText(text);
  if (!result.feed) return { ...(await exactFailure(text)), url, hasData: false };
  return { type: 'data', url, feed: result.feed, fetchedAt: now, fromCache: false, warnings: result.findings };
}
