// Before anything that imports WXT's storage: the fake becomes the global `chrome` (a side-effect
// import, which import sorting never moves).
import '../../helpers/fake-browser';
import { beforeEach, expect, test } from 'vitest';
import { MemoryFeedStore } from '../../../utils/cache/feed-store';
import { createDashboard } from '../../../utils/extension/adapters/dashboard-state';
import {
  pendingItem,
  readSettings,
  refreshProblemsItem,
  savedItem,
} from '../../../utils/extension/adapters/storage-items';
import { DEFAULT_SETTINGS } from '../../../utils/extension/settings';
import { fakeBrowser } from '../../helpers/fake-browser';
import { baseFeed } from '../../helpers/feed';

beforeEach(() => fakeBrowser.reset());

const feedUrl = 'https://a.example/.well-known/clearclinic.json';
const web = (async (input: string) =>
  input === feedUrl
    ? new Response(JSON.stringify(baseFeed()), { headers: { 'content-type': 'application/json' } })
    : new Response('no', { status: 404 })) as unknown as typeof fetch;

function dashboard(browserLang = 'en-US') {
  const store = new MemoryFeedStore();
  return {
    store,
    state: createDashboard({
      store: Promise.resolve(store),
      readSettings,
      readList: () => savedItem.getValue(),
      readPending: () => pendingItem.getValue(),
      readProblems: () => refreshProblemsItem.getValue(),
      browserLang,
      fetch: web,
    }),
  };
}

test('before its settings are read the dashboard has nothing to show; then the browser’s language when set to follow it', async () => {
  const { state } = dashboard('en-US');
  expect(() => state.snapshot()).toThrow();
  await state.loadSettings();
  await state.reload();
  expect(state.snapshot()).toMatchObject({ settings: DEFAULT_SETTINGS, lang: 'en', list: [], saved: [] });
  state.setSettings({ ...DEFAULT_SETTINGS, lang: 'zh-CN' });
  expect(state.snapshot().lang).toBe('zh-CN');
});

test('adding stores the feed and saves the hospital; a reload shows it from the cache; removing takes it off', async () => {
  const { store, state } = dashboard();
  await state.loadSettings();
  const added = await state.actions.add('https://a.example/');
  expect(added.ok).toBe(true);
  expect(await store.get(feedUrl)).toBeDefined();
  await state.reload();
  const { list, saved } = state.snapshot();
  expect(list.map((h) => h.id)).toEqual([baseFeed().hospital.id]);
  expect(saved[0]?.feed?.hospital.id).toBe(baseFeed().hospital.id);
  expect(JSON.parse(state.actions.exportText())).toEqual({
    format: 'clearclinic-saved-hospitals',
    version: 1,
    hospitals: [{ id: baseFeed().hospital.id, name: baseFeed().hospital.name, feedUrl }],
  });
  await state.actions.remove(baseFeed().hospital.id);
  await state.reload();
  expect(state.snapshot().list).toEqual([]);
});

test('a site without a feed is refused in the user’s language, and nothing is saved', async () => {
  const { state } = dashboard('zh-CN');
  await state.loadSettings();
  const refused = await state.actions.add('https://nothing.example/');
  expect(refused.ok).toBe(false);
  expect(refused.message).toContain('没有找到');
  await state.reload();
  expect(state.snapshot().list).toEqual([]);
});
