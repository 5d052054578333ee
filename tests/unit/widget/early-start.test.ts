// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { FEED_REQUEST, STORED_FLAG } from '../../../utils/cache/feed-request';
import { startEarly, takeEarlyAnswer } from '../../../widget/early-start';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

function widget(src: string) {
  const el = document.createElement('clear-clinic');
  el.setAttribute('src', src);
  return el;
}

test("the loader sends loadFeed's own request, once per URL a page, and on a first visit reads the body at once", async () => {
  const fetch = vi.fn(async () => new Response('{"a":1}', { status: 200 }));
  vi.stubGlobal('fetch', fetch);
  startEarly(widget('/first/feed.json'));
  startEarly(widget('/first/feed.json'));
  const url = new URL('/first/feed.json', document.baseURI).href;
  expect(fetch).toHaveBeenCalledTimes(1);
  // loadFeed's own request, bounded in time by a signal (widget.md, Bounded).
  expect(fetch).toHaveBeenCalledWith(url, { ...FEED_REQUEST, signal: expect.any(AbortSignal) });
  const answer = await takeEarlyAnswer(url);
  expect(await answer?.text).toBe('{"a":1}');
  expect(takeEarlyAnswer(url)).toBeUndefined();
});

test('on a return visit the body is left for the app (the stored copy may make it unneeded)', async () => {
  localStorage.setItem(STORED_FLAG, '1');
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('{}', { status: 200 })),
  );
  startEarly(widget('/return/feed.json'));
  const answer = await takeEarlyAnswer(new URL('/return/feed.json', document.baseURI).href);
  expect(answer?.response.ok).toBe(true);
  expect(answer?.text).toBeUndefined();
});

test('a failed request is an answer of nothing, and a bad URL starts nothing', async () => {
  const fetch = vi.fn(async () => {
    throw new TypeError('offline');
  });
  vi.stubGlobal('fetch', fetch);
  startEarly(widget('/offline/feed.json'));
  expect(await takeEarlyAnswer(new URL('/offline/feed.json', document.baseURI).href)).toBeUndefined();
  startEarly(widget('http://[bad'));
  expect(fetch).toHaveBeenCalledTimes(1);
});
