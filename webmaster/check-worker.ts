/**
 * The webmaster tools' checker, off the page's main thread: a 5 MiB feed takes longer than a
 * frame to check, and typing must not wait for it. One message in (the text and the language),
 * one out (the result, or the error that stopped the check).
 */

import { validateFeedText } from '../utils/feed/validate';
import type { Lang } from '../utils/i18n/local-text';

export interface CheckRequest {
  id: number;
  text: string;
  lang: Lang;
}

export type CheckAnswer = { id: number; result: ReturnType<typeof validateFeedText> } | { id: number; failure: string };

/** Runs one check; what it throws becomes a failure to show, never an unhandled error. */
export function answer({ id, text, lang }: CheckRequest): CheckAnswer {
  try {
    return { id, result: validateFeedText(text, { lang }) };
  } catch (error) {
    return { id, failure: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The answer as posted back: without the parsed feed, which the page reads from the text it
 * sent when it needs it (copying a large feed's objects to the page cost it more than a
 * keystroke; the checked feed is the text's JSON, as the schema transforms nothing).
 */
export function withoutFeed(a: CheckAnswer): CheckAnswer {
  return 'result' in a ? { id: a.id, result: { ...a.result, feed: undefined } } : a;
}

// In a worker (the tools' build makes this file one), answer each request.
if (typeof document === 'undefined' && typeof postMessage === 'function') {
  addEventListener('message', (event) => postMessage(withoutFeed(answer((event as MessageEvent<CheckRequest>).data))));
}
