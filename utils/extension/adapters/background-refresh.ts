/**
 * The background's refresh round (extension.md, Background): on an alarm (every 6 hours by
 * default, per the options) and at browser start-up, refresh every saved hospital and notify
 * of changes; a clicked notification opens that hospital in the dashboard.
 */
import type { FeedStore } from '../../cache/feed-store';
import { type NotificationsApi, notificationTarget, notifyChanges } from '../notify-changes';
import type { RefreshResult } from '../schedule-changes';
import { normalizeSettings } from '../settings';
import { refreshAll } from './refresh';
import { catchUp, recordRefresh } from './saved-actions';
import { readSettings, savedItem, settingsItem } from './storage-items';
import { uiLang } from './ui-lang';

export const REFRESH_ALARM = 'clearclinic:refresh';

type Listener<T extends unknown[]> = { addListener(fn: (...args: T) => unknown): void };
export interface BackgroundApi extends NotificationsApi {
  alarms: {
    create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): unknown;
    get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
    onAlarm: Listener<[{ name: string }]>;
  };
  notifications: NotificationsApi['notifications'] & { onClicked: Listener<[string]> };
  runtime: NotificationsApi['runtime'] & { onStartup: Listener<[]>; onInstalled: Listener<[unknown]> };
  tabs: { create(props: { url: string }): unknown };
  i18n: { getUILanguage(): string };
}

export interface RefreshWiring {
  store: () => Promise<FeedStore>;
  fetch?: typeof fetch;
  now?: () => number;
}

/** (Re)creates the refresh alarm when its period differs from the settings'. */
export async function scheduleRefresh(api: BackgroundApi, hours: number): Promise<void> {
  const minutes = hours * 60;
  const current = await api.alarms.get(REFRESH_ALARM);
  if (current?.periodInMinutes !== minutes)
    await api.alarms.create(REFRESH_ALARM, { delayInMinutes: minutes, periodInMinutes: minutes });
}

/** One round: every saved hospital refreshed, one notification per hospital that changed. */
export async function refreshSavedHospitals(api: BackgroundApi, wiring: RefreshWiring): Promise<RefreshResult[]> {
  const [list, settings] = await Promise.all([savedItem.getValue(), readSettings()]);
  if (list.length === 0) return [];
  const results = await refreshAll(list, { store: await wiring.store(), fetch: wiring.fetch, now: wiring.now });
  await recordRefresh(results, (wiring.now ?? Date.now)());
  await notifyChanges(api, results, uiLang(settings, api.i18n.getUILanguage()), settings.notifications);
  return results;
}

/** Wires the listeners (call once, synchronously, as MV3 service workers require). */
export function wireRefresh(api: BackgroundApi, wiring: RefreshWiring, dashboardUrl: string): void {
  let round: Promise<unknown> = Promise.resolve();
  /** Rounds never overlap: a second request waits for the first. */
  const refresh = () =>
    (round = round
      .then(() => refreshSavedHospitals(api, wiring))
      .catch((error: unknown) => console.warn('ClearClinic: refresh round failed', error)));
  const start = async () => {
    await scheduleRefresh(api, (await readSettings()).refreshHours);
    await refresh();
  };
  api.runtime.onInstalled.addListener(() => void start());
  api.runtime.onStartup.addListener(() => void start());
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refresh();
  });
  // Addresses kept while offline, and hospitals imported without a copy, are fetched when the network is back.
  globalThis.addEventListener?.('online', () => {
    void readSettings()
      .then(async (settings) =>
        catchUp({
          store: await wiring.store(),
          lang: uiLang(settings, api.i18n.getUILanguage()),
          ...(wiring.fetch && { fetch: wiring.fetch }),
          ...(wiring.now && { now: wiring.now }),
        }),
      )
      .catch((error: unknown) => console.warn('ClearClinic: catching up failed', error));
  });
  api.notifications.onClicked.addListener((id) => {
    const url = notificationTarget(id, dashboardUrl);
    if (url) void api.tabs.create({ url });
  });
  settingsItem.watch((settings) => {
    if (settings) void scheduleRefresh(api, normalizeSettings(settings).refreshHours);
  });
}
