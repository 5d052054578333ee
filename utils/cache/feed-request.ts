/**
 * How the widget and the extension ask for a feed, and the flag by which a page knows it
 * has stored one. Constants only, kept apart from the app's modules: the widget's loader
 * uses them too, before any app code, from a chunk it shares.
 */

/** Through the browser's HTTP cache, revalidated; no custom headers (no CORS preflight). */
export const FEED_REQUEST: RequestInit = { cache: 'no-cache', credentials: 'same-origin' };

/** The localStorage key set once this origin has stored a feed (open-store.ts). */
export const STORED_FLAG = 'clearclinic:feeds-stored';
