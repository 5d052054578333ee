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

// In a worker (the tools' build makes this file one), answer each request.
if (typeof document === 'undefined' && typeof postMessage === 'function') {
  addEventListener('message', (event) => postMessage(answer((event as MessageEvent<CheckRequest>).data)));
}
