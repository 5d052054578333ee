/**
 * What a typing benchmark reads in the page: each keystroke's Event Timing duration (input to the
 * frame shown; the browser reports none under 16 ms), the main thread's long-task time, and, with
 * `frames`, each key's page-side latency (keydown to the first task after the next animation
 * frame). `observeKeystrokes` installs the observers once; `resetKeystrokes` starts a count.
 */
import type { Page } from 'playwright-core';

export interface Keystrokes {
  /** The slowest key, page side (ms); 0 without `frames`. */
  page: number;
  /** The slowest key by Event Timing (ms); 0 when every key was under 16 ms. */
  slowest: number;
  /** Long-task time while typing (ms). */
  longTasks: number;
  /** Every key's page-side latency (ms); empty without `frames`. */
  keys: number[];
}

interface Counts {
  __events: number[];
  __long: number;
  __frames: number[];
}

export async function observeKeystrokes(page: Page, { frames = false } = {}) {
  await page.evaluate((frames) => {
    const w = window as unknown as Counts;
    w.__events = [];
    w.__long = 0;
    w.__frames = [];
    if (frames)
      document.addEventListener(
        'keydown',
        (e) => {
          const t0 = e.timeStamp;
          requestAnimationFrame(() => setTimeout(() => w.__frames.push(performance.now() - t0)));
        },
        true,
      );
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.name === 'keydown' || e.name === 'keypress' || e.name === 'input' || e.name === 'keyup')
          w.__events.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long += e.duration;
    }).observe({ type: 'longtask' });
  }, frames);
}

export async function resetKeystrokes(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as Counts;
    w.__events = [];
    w.__long = 0;
    w.__frames = [];
  });
}

export function readKeystrokes(page: Page): Promise<Keystrokes> {
  return page.evaluate(() => {
    const w = window as unknown as Counts;
    return {
      page: Math.max(0, ...w.__frames),
      slowest: Math.max(0, ...w.__events),
      longTasks: w.__long,
      keys: [...w.__frames],
    };
  });
}
