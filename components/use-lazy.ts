/**
 * The one way the widget and the extension load code on demand (a view, the failure alert, the
 * QR encoder): loading, then ready, or failed with a retry. A chunk that cannot be fetched
 * (offline, a deploy that removed it) is never "loading" forever. What loaded is kept for the
 * page, so a second element or a second visit to a view shows it at once.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export type Lazy<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; retry(): void };

const cache = new Map<string, unknown>();

/** The name the QR encoder (uqr's `encode`) is loaded under. */
export const QR_ENCODER = 'uqr';

/**
 * Gives `key` its value before any component asks: a page rendered ahead of time (the
 * pre-rendered widget) has its views' code already, and the page that takes it over loads it
 * before its first render, so nothing shows "loading" over what was there.
 */
export function preload(key: string, value: unknown) {
  cache.set(key, value);
}

/** `load` under the page-wide name `key`; the component re-renders when it settles. */
export function useLazy<T>(key: string, load: () => Promise<T>): Lazy<T> {
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState<{ key: string; attempt: number } | undefined>();
  const [, setSettled] = useState(0);
  const ready = cache.has(key);
  // `key` names what `load` loads: a new closure for the same key (every render) must not load again.
  const loader = useRef(load);
  loader.current = load;
  useEffect(() => {
    if (ready) return;
    let live = true;
    loader
      .current()
      .then((value) => {
        cache.set(key, value);
        if (live) setSettled((n) => n + 1);
      })
      .catch(() => {
        if (live) setFailed({ key, attempt });
      });
    return () => {
      live = false;
    };
  }, [key, attempt, ready]);
  if (ready) return { state: 'ready', value: cache.get(key) as T };
  if (failed?.key === key && failed.attempt === attempt)
    return { state: 'failed', retry: () => setAttempt((n) => n + 1) };
  return { state: 'loading' };
}
