/**
 * Reading a feed's answer within bounds (widget.md, "Bounded"): the body is counted as it
 * arrives, after any decompression, and dropped past MAX_FEED_BYTES whatever Content-Length
 * says (a small gzip body can inflate to gigabytes); the request is aborted when it has not
 * finished in FEED_TIMEOUT_MS, body included. Shared by the widget's loader (its early
 * request) and loadFeed, so both are bounded alike.
 */
import { MAX_FEED_BYTES } from '../feed/feed-size';

/** A feed request, body included, must finish within this, or it fails as `network`. */
export const FEED_TIMEOUT_MS = 20_000;

/** Thrown (as the error's message) when a body goes past MAX_FEED_BYTES. */
export const TOO_LARGE = 'feed.too-large';

/**
 * `init` with an abort signal that fires after `ms`. The timer is not cleared: an abort after
 * the body has been read changes nothing, and the request's every step stays under the limit.
 */
export function timed(init: RequestInit, ms = FEED_TIMEOUT_MS): RequestInit {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms);
  return { ...init, signal: controller.signal };
}

/** The body as text, read up to `max` bytes; rejects with Error(TOO_LARGE) past it. */
export async function readFeedBody(response: Response, max = MAX_FEED_BYTES): Promise<string> {
  const stop = () => response.body?.cancel().catch(() => {});
  if (Number(response.headers.get('content-length')) > max) {
    void stop();
    throw new Error(TOO_LARGE);
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: BlobPart[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      void reader.cancel().catch(() => {});
      throw new Error(TOO_LARGE);
    }
    chunks.push(value);
  }
  // Decoded as response.text() would: UTF-8, a byte-order mark dropped.
  return new Blob(chunks).text();
}
