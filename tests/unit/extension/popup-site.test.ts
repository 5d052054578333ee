import { describe, expect, test } from 'vitest';
import { lookUpSite, popupTab, saveSite, type TabsApi } from '../../../utils/extension/adapters/popup-site';
import { askWhichFeeds, readMessage, sendPageFeeds } from '../../../utils/extension/messages';
import { baseFeed } from '../../helpers/feed';

/** A fake of the tabs API: tabs by id, the active one, and what each tab's content script answers. */
function tabsApi(
  tabs: { id: number; url: string; active?: boolean; answer?: unknown }[],
): TabsApi & { asked: number[] } {
  const asked: number[] = [];
  return {
    asked,
    tabs: {
      get: async (id) => {
        const tab = tabs.find((t) => t.id === id);
        if (!tab) throw new Error(`No tab with id: ${id}`);
        return tab;
      },
      query: async () => tabs.filter((t) => t.active),
      sendMessage: async (id, message) => {
        asked.push(id);
        expect(message).toEqual({ type: 'clearclinic:which-feeds' });
        const tab = tabs.find((t) => t.id === id);
        if (tab?.answer === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
        return tab.answer;
      },
    },
  };
}

const feedText = JSON.stringify(baseFeed());
const fetcher = (async (url: string) =>
  url === 'https://h.example/feed.json'
    ? new Response(feedText)
    : new Response('no', { status: 404 })) as unknown as typeof fetch;
const NOW = Date.parse('2026-11-26T09:00:00+08:00');

describe('the popup’s current site', () => {
  test('the tab is the one ?tab= names, else the active one; a tab that is gone is none', async () => {
    const api = tabsApi([
      { id: 3, url: 'https://a.example/' },
      { id: 7, url: 'https://b.example/', active: true },
    ]);
    expect((await popupTab(api, '?tab=3'))?.id).toBe(3);
    expect((await popupTab(api, ''))?.id).toBe(7);
    expect((await popupTab(api, '?tab=abc'))?.id).toBe(7);
    expect(await popupTab(api, '?tab=99')).toBeUndefined();
  });

  test('the feed the page names, checked, with the glance and whether it is saved', async () => {
    const api = tabsApi([
      { id: 1, url: 'https://h.example/about', answer: { urls: ['https://h.example/feed.json'], inline: false } },
    ]);
    const state = await lookUpSite(
      api,
      { id: 1, url: 'https://h.example/about' },
      new Set(['123502001549897397']),
      NOW,
      'zh-CN',
      fetcher,
    );
    expect(state).toMatchObject({
      state: 'found',
      saved: true,
      site: { feedUrl: 'https://h.example/feed.json', via: 'page' },
    });
    expect(state.state === 'found' && state.lines.now).toContain('开诊中');
    expect(api.asked).toEqual([1]);
  });

  test('a page whose script does not answer, or answers nonsense, is asked of its origin’s well-known file only', async () => {
    for (const answer of [undefined, 'nonsense', { urls: 'x', inline: 1 }]) {
      const api = tabsApi([{ id: 1, url: 'https://h.example/', answer }]);
      expect(await lookUpSite(api, { id: 1, url: 'https://h.example/' }, new Set(), NOW, 'en', fetcher)).toEqual({
        state: 'none',
      });
    }
  });

  test('saving reports the outcome’s words and whether it is now saved', async () => {
    const api = tabsApi([
      { id: 1, url: 'https://h.example/', answer: { urls: ['https://h.example/feed.json'], inline: false } },
    ]);
    const found = await lookUpSite(api, { id: 1 }, new Set(), NOW, 'zh-CN', fetcher);
    const saving: string[] = [];
    const after = await saveSite(found, async (url) => {
      saving.push(url);
      return { ok: true, message: '已保存' };
    });
    expect(saving).toEqual(['https://h.example/feed.json']);
    expect(after).toMatchObject({ state: 'found', saved: true, message: '已保存' });
    expect(await saveSite({ state: 'none' }, async () => ({ ok: true, message: '' }))).toEqual({ state: 'none' });
  });
});

describe('the message protocol', () => {
  test('only well-formed messages are read', () => {
    expect(readMessage({ type: 'clearclinic:which-feeds' })).toEqual({ type: 'clearclinic:which-feeds' });
    expect(readMessage({ type: 'clearclinic:page-feeds', urls: ['https://a/'], inline: false, extra: 1 })).toEqual({
      type: 'clearclinic:page-feeds',
      urls: ['https://a/'],
      inline: false,
    });
    for (const bad of [null, 'x', {}, { type: 'clearclinic:page-feeds', urls: [1], inline: false }, { type: 'other' }])
      expect(readMessage(bad)).toBeUndefined();
  });
  test('what is sent is what the other side reads', async () => {
    const sent: unknown[] = [];
    await sendPageFeeds(
      { runtime: { sendMessage: async (m) => void sent.push(m) } },
      { urls: ['https://a/'], inline: true },
    );
    expect(sent.map(readMessage)).toEqual([{ type: 'clearclinic:page-feeds', urls: ['https://a/'], inline: true }]);
    const api = tabsApi([{ id: 5, url: 'https://a/', answer: { urls: [], inline: true } }]);
    expect(await askWhichFeeds(api, 5)).toEqual({ urls: [], inline: true });
  });
});
