/**
 * What a <clear-clinic> starts the moment it connects, before the app's code has loaded: the
 * feed's request, which then travels while the app loads and compiles instead of after it.
 * The app takes each answer once, by absolute URL. Part of the loader's file (only the loader
 * imports it). Reading the stored copy early as well was measured slower on return visits
 * (A/B, 21 warm loads each way: 58–60 → 61–62 ms), so the app reads it.
 */
import type { EarlyAnswer } from '../utils/cache/load-feed';

/** Exactly the request loadFeed sends (a test holds the two alike). */
export const EARLY_REQUEST: RequestInit = { cache: 'no-cache', credentials: 'same-origin' };
/** open-store's flag and the checker's size limit, held alike by a test. */
export const EARLY_READ = { storedFlag: 'clearclinic:feeds-stored', maxBytes: 5 * 1024 * 1024 };

const answers = new Map<string, Promise<EarlyAnswer | undefined>>();

/** The answer to the request started for `url` when an element connected, if any (once). */
export function takeEarlyAnswer(url: string): Promise<EarlyAnswer | undefined> | undefined {
  const answer = answers.get(url);
  answers.delete(url);
  return answer;
}

/** Whether this origin has stored a feed: open-store's flag, "maybe" when storage refuses. */
function mayHaveStored(): boolean {
  try {
    return localStorage.getItem(EARLY_READ.storedFlag) === '1';
  } catch {
    return true;
  }
}

/** Starts the feed's request for a connecting element with a `src` (once per URL a page). */
export function startEarly(el: Element): void {
  const src = el.getAttribute('src');
  if (!src || typeof fetch !== 'function') return;
  let url: string;
  try {
    url = new URL(src, el.ownerDocument.baseURI).href;
  } catch {
    return; // the app reports a bad URL in words
  }
  if (answers.has(url)) return;
  const stored = mayHaveStored();
  answers.set(
    url,
    fetch(url, EARLY_REQUEST).then(
      (response): EarlyAnswer => {
        // On a first visit nothing stored can make the body unneeded: it is read at once
        // (draining ~0.5 MB from the network took ~10 ms, which now overlap the app's loading).
        if (stored || !response.ok || Number(response.headers.get('content-length')) > EARLY_READ.maxBytes) return { response };
        const text = response.text();
        text.catch(() => {}); // loadFeed hears the failure when it awaits the text
        return { response, text };
      },
      () => undefined,
    ),
  );
}
