// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { pageFeeds } from '../../../utils/extension/adapters/page-feeds';
import { type TabBadgeApi, tabBadges } from '../../../utils/extension/adapters/tab-badges';
import { type BadgeApi, onPageFeeds } from '../../../utils/extension/badge';
import { type RefreshProblem, refreshProblem } from '../../../utils/extension/refresh-problem';

const page = (html: string) => {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
  return pageFeeds(document);
};

test('reads only feed links, widget sources and inline widgets; resolved, http(s) only', () => {
  document.head.innerHTML = '<link rel="alternate ClearClinic" href="/a.json"><link rel="stylesheet" href="/x.css">';
  document.body.innerHTML =
    '<clear-clinic src="https://h.example/b.json"></clear-clinic><clear-clinic src="javascript:alert(1)"></clear-clinic><a href="/.well-known/clearclinic.json">feed</a>';
  const found = pageFeeds(document);
  expect(found.urls).toEqual([new URL('/a.json', document.baseURI).href, 'https://h.example/b.json']);
  expect(found.inline).toBe(false);
  expect(page('<clear-clinic><script type="application/json">{}</script></clear-clinic>')).toEqual({
    urls: [],
    inline: true,
  });
  expect(page('<p>nothing here</p>')).toEqual({ urls: [], inline: false });
});

test('the badge and its localized title are set for that tab only when a feed is named', async () => {
  const calls: string[] = [];
  const api: BadgeApi = {
    action: {
      setBadgeText: async (d) => void calls.push(`text ${d.tabId} ${d.text}`),
      setBadgeBackgroundColor: async (d) => void calls.push(`color ${d.tabId}`),
      setTitle: async (d) => void calls.push(`title ${d.tabId} ${d.title}`),
    },
    i18n: { getMessage: (name) => (name === 'badgeTitle' ? '本网站发布了明白就医数据' : '') },
  };
  await onPageFeeds(api, 7, { urls: [], inline: false });
  expect(calls).toEqual([]);
  await onPageFeeds(api, 7, { urls: ['https://h.example/f.json'], inline: false });
  expect(calls).toEqual(['color 7', 'text 7 ✓', 'title 7 本网站发布了明白就医数据']);
});

test('Firefox MV2 has no action, only browserAction: the badge goes through it', async () => {
  const calls: string[] = [];
  const api: BadgeApi = {
    browserAction: {
      setBadgeText: async (d) => void calls.push(`text ${d.tabId} ${d.text}`),
      setBadgeBackgroundColor: async (d) => void calls.push(`color ${d.tabId}`),
      setTitle: async (d) => void calls.push(`title ${d.tabId} ${d.title}`),
    },
    i18n: { getMessage: (name) => (name === 'badgeTitle' ? 'This site publishes a ClearClinic feed' : '') },
  };
  await onPageFeeds(api, 3, { urls: ['https://h.example/f.json'], inline: false });
  expect(calls).toEqual(['color 3', 'text 3 ✓', 'title 3 This site publishes a ClearClinic feed']);
  // Neither: a clear error (the background drops it), not a TypeError on undefined.
  await expect(onPageFeeds({ i18n: api.i18n }, 3, { urls: [], inline: true })).rejects.toThrow(/browserAction/);
});

test('a tab whose feed a refresh found failing gets "!" at once, and a tab already open gets it when a refresh finds out', async () => {
  const calls: string[] = [];
  let removed: ((tabId: number) => unknown) | undefined;
  const api: TabBadgeApi = {
    action: {
      setBadgeText: async (d) => void calls.push(`text ${d.tabId} ${d.text}`),
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async (d) => void calls.push(`title ${d.tabId} ${d.title}`),
    },
    i18n: { getMessage: (name) => name },
    tabs: {
      onRemoved: {
        addListener: (fn) => {
          removed = fn;
        },
      },
    },
  };
  let problems: Record<string, RefreshProblem> = { 'https://bad.example/f.json': refreshProblem('time.order', 1) };
  const badges = tabBadges(api, async () => problems);
  await badges.pageFeeds(1, { urls: ['https://bad.example/f.json'], inline: false });
  await badges.pageFeeds(2, { urls: ['https://good.example/f.json'], inline: false });
  expect(calls).toEqual(['text 1 !', 'title 1 badgeProblemTitle', 'text 2 ✓', 'title 2 badgeTitle']);
  calls.length = 0;
  problems = { ...problems, 'https://good.example/f.json': refreshProblem('network', 2) };
  removed?.(1);
  await badges.problemsChanged(problems);
  // Tab 1 is closed: only tab 2 is marked.
  expect(calls).toEqual(['text 2 !', 'title 2 badgeProblemTitle']);
});
