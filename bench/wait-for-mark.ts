import type { Page } from 'playwright-core';

/**
 * Resolves once the page has a User Timing mark of that name. It waits with a
 * PerformanceObserver in the page itself: Playwright's waitForFunction first evaluates its
 * own helper script in the page (~9 ms on the main thread) and then polls every frame, which
 * landed inside the very interval the widget benchmark measures.
 */
export async function waitForMark(page: Page, name: string, timeout = 30_000): Promise<void> {
  const seen = page.evaluate(
    `new Promise((resolve) => {
      const seen = () => performance.getEntriesByName(${JSON.stringify(name)}, 'mark').length > 0;
      if (seen()) return resolve();
      new PerformanceObserver((list, observer) => {
        if (seen()) {
          observer.disconnect();
          resolve();
        }
      }).observe({ type: 'mark' });
    })`,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`no "${name}" mark after ${timeout} ms`)), timeout)),
  );
  try {
    await Promise.race([seen, late]);
  } finally {
    clearTimeout(timer);
  }
}
