// Before anything that imports WXT's storage: the fake becomes the global `chrome` (a side-effect
// import, so sorting the imports below never moves it).
import '../../helpers/fake-browser';
import { beforeEach, describe, expect, test } from 'vitest';
import { MemoryFeedStore } from '../../../utils/cache/feed-store';
import {
  REFRESH_ALARM,
  refreshSavedHospitals,
  scheduleRefresh,
  wireRefresh,
} from '../../../utils/extension/adapters/background-refresh';
import { savedItem, settingsItem } from '../../../utils/extension/adapters/storage-items';
import { uiLang } from '../../../utils/extension/adapters/ui-lang';
import { changeNotification, notificationTarget } from '../../../utils/extension/notify-changes';
import { DEFAULT_SETTINGS } from '../../../utils/extension/settings';
import type { Feed } from '../../../utils/feed/schema';
import { fakeBrowser } from '../../helpers/fake-browser';
import { baseFeed, feedWith } from '../../helpers/feed';

const api = fakeBrowser as unknown as Parameters<typeof refreshSavedHospitals>[0];
const now = () => Date.parse('2026-09-28T09:00:00+08:00');
const notice = (id: string, date: string) => ({
  id,
  title: { 'zh-CN': `通知${id}`, en: `Notice ${id}` },
  publishedAt: '2026-09-20T10:00:00+08:00',
  entries: [{ date, status: 'open' as const, departments: ['peds'], sessions: [{ start: '09:00', end: '11:00' }] }],
});
const withNotices = (...notices: ReturnType<typeof notice>[]): Feed => feedWith((f) => (f.schedule.notices = notices));

/** A publisher whose feed can be swapped between rounds. */
function site() {
  const state = { feed: baseFeed() as Feed, version: 1, requests: 0 };
  const fetcher = (async () => {
    state.requests++;
    return new Response(JSON.stringify(state.feed), { headers: { etag: `"v${state.version}"` } });
  }) as typeof fetch;
  const publish = (feed: Feed) => {
    state.feed = feed;
    state.version++;
  };
  return { state, fetcher, publish };
}

beforeEach(() => {
  fakeBrowser.reset();
  // Not implemented by the fake: the browser's language.
  fakeBrowser.i18n.getUILanguage = () => 'zh-CN';
});

describe('notifications', () => {
  test('one per changed hospital, naming the change; turned off means none', async () => {
    const { fetcher, publish } = site();
    const store = new MemoryFeedStore();
    await savedItem.setValue([{ id: 'a', feedUrl: 'https://a.example/feed.json' }]);
    const wiring = { store: async () => store, fetch: fetcher, now };
    expect(await refreshSavedHospitals(api, wiring)).toMatchObject([{ outcome: 'updated', changes: [] }]);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});

    publish(withNotices(notice('nd', '2026-10-03')));
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, lang: 'zh-CN' });
    await refreshSavedHospitals(api, wiring);
    const shown = (await fakeBrowser.notifications.getAll()) as Record<string, { title: string; message: string }>;
    expect(Object.keys(shown)).toEqual(['clearclinic:hospital:a']);
    expect(shown['clearclinic:hospital:a']!.title).toContain('未来14天出诊有变化');
    expect(shown['clearclinic:hospital:a']!.message).toContain('新通知：通知nd');
    expect(shown['clearclinic:hospital:a']!.message).toContain('10月3日 周六');

    await fakeBrowser.notifications.clear('clearclinic:hospital:a');
    publish(withNotices(notice('nd', '2026-10-03'), notice('extra', '2026-10-04')));
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, notifications: false });
    expect((await refreshSavedHospitals(api, wiring))[0]!.changes.length).toBeGreaterThan(0);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  test('long change lists end in "and n more"; English when asked', () => {
    const feed = withNotices(
      notice('a', '2026-10-01'),
      notice('b', '2026-10-02'),
      notice('c', '2026-10-03'),
      notice('d', '2026-10-04'),
      notice('e', '2026-10-05'),
    );
    const changes = feed.schedule.notices!.map((n) => ({
      kind: 'notice-added' as const,
      noticeId: n.id,
      title: n.title,
    }));
    const n = changeNotification(
      { hospital: { id: 'x', feedUrl: 'https://x.example/' }, outcome: 'updated', feed, changes },
      'en',
    )!;
    expect(n.message.split('\n')).toEqual([
      'New notice: Notice a',
      'New notice: Notice b',
      'New notice: Notice c',
      'and 2 more changes',
    ]);
    expect(
      changeNotification(
        { hospital: { id: 'x', feedUrl: 'https://x.example/' }, outcome: 'unchanged', feed, changes: [] },
        'en',
      ),
    ).toBeUndefined();
  });

  test('a clicked notification opens that hospital in the dashboard; other ids are ignored', () => {
    expect(notificationTarget('clearclinic:hospital:12330000470000001X', 'chrome-extension://id/dashboard.html')).toBe(
      'chrome-extension://id/dashboard.html#/hospital/12330000470000001X',
    );
    expect(notificationTarget('someone-else', 'chrome-extension://id/dashboard.html')).toBeUndefined();
  });
});

describe('wiring', () => {
  test('start-up schedules the alarm from the settings and refreshes; the alarm refreshes; clicks open tabs', async () => {
    const { state, fetcher } = site();
    await savedItem.setValue([{ id: 'a', feedUrl: 'https://a.example/feed.json' }]);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, refreshHours: 12 });
    const opened: string[] = [];
    const tabsApi = { ...api, tabs: { create: async ({ url }: { url: string }) => void opened.push(url) } };
    wireRefresh(
      tabsApi,
      { store: async () => new MemoryFeedStore(), fetch: fetcher, now },
      'chrome-extension://id/dashboard.html',
    );
    await fakeBrowser.runtime.onStartup.trigger();
    await expect.poll(() => state.requests).toBe(1);
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toMatchObject({ periodInMinutes: 720 });
    await fakeBrowser.alarms.onAlarm.trigger({ name: REFRESH_ALARM, scheduledTime: Date.now() });
    await expect.poll(() => state.requests).toBe(2);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'someone-else', scheduledTime: Date.now() });
    await fakeBrowser.notifications.onClicked.trigger('clearclinic:hospital:a');
    expect(opened).toEqual(['chrome-extension://id/dashboard.html#/hospital/a']);
    expect(state.requests).toBe(2);
  });

  test('the alarm follows the refresh interval; the language follows the setting, else the browser', async () => {
    await scheduleRefresh(api, 6);
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toMatchObject({ periodInMinutes: 360 });
    await scheduleRefresh(api, 24);
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toMatchObject({ periodInMinutes: 1440 });
    expect(uiLang({ ...DEFAULT_SETTINGS, lang: 'auto' }, 'en-GB')).toBe('en');
    expect(uiLang({ ...DEFAULT_SETTINGS, lang: 'auto' }, 'fr')).toBe('zh-CN');
    expect(uiLang({ ...DEFAULT_SETTINGS, lang: 'en' }, 'zh-CN')).toBe('en');
  });
});
