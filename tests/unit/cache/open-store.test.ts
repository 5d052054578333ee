// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { MemoryFeedStore } from '../../../utils/cache/feed-store';
import { markFeedsStored, mayHaveStoredFeeds, provideFeedStore, resetFeedStore } from '../../../utils/cache/open-store';

afterEach(() => {
  localStorage.clear();
  resetFeedStore();
});

test('a first visit is told apart from a return visit by the flag set once a feed is stored', async () => {
  localStorage.clear();
  resetFeedStore();
  expect(await mayHaveStoredFeeds()).toBe(false);
  markFeedsStored();
  expect(await mayHaveStoredFeeds()).toBe(false); // asked once a page
  resetFeedStore();
  expect(await mayHaveStoredFeeds()).toBe(true);
});

test('the extension provides its own store of saved hospitals: it is always read first', async () => {
  provideFeedStore(Promise.resolve(new MemoryFeedStore()));
  expect(await mayHaveStoredFeeds()).toBe(true);
});

test('storage that refuses to be read counts as "maybe stored"', async () => {
  vi.stubGlobal('localStorage', {
    getItem() {
      throw new DOMException('denied', 'SecurityError');
    },
  });
  try {
    expect(await mayHaveStoredFeeds()).toBe(true);
  } finally {
    vi.unstubAllGlobals();
  }
});
