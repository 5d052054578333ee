/**
 * The background refresh of saved hospitals (extension.md, Background): each feed is asked
 * for with its stored validators (a conditional request), checked, and stored only when
 * good, exactly as the widget's cache does (utils/cache/load-feed); what changed in the next
 * 14 days between the stored copy and the new one is worked out for the notification.
 */
import { mapConcurrent } from '../../async/map-concurrent';
import type { FeedStore } from '../../cache/feed-store';
import { type FeedEvent, feedSettled, forgetFeed, loadFeed } from '../../cache/load-feed';
import { ScheduleEngine } from '../../schedule/engine';
import type { SavedHospital } from '../saved-hospitals';
import { type RefreshResult, scheduleChanges } from '../schedule-changes';

export interface RefreshDeps {
  store: FeedStore;
  fetch?: typeof fetch;
  now?: () => number;
}

export async function refreshHospital(hospital: SavedHospital, deps: RefreshDeps): Promise<RefreshResult> {
  const url = hospital.feedUrl;
  const events: FeedEvent[] = [];
  forgetFeed(url);
  const stop = loadFeed(url, { store: deps.store, fetch: deps.fetch, now: deps.now, conditional: true }, (event) =>
    events.push(event),
  );
  await feedSettled(url);
  stop();
  forgetFeed(url);
  const before = events.find((e) => e.type === 'data' && e.fromCache);
  const answer = events.find((e) => !(e.type === 'data' && e.fromCache));
  const held = before?.type === 'data' ? before.feed : undefined;
  if (!answer || answer.type === 'error')
    return {
      hospital,
      outcome: 'failed',
      code: answer?.type === 'error' ? answer.code : 'network',
      feed: held,
      changes: [],
    };
  const unchanged = answer.feed === held;
  const changes =
    held && !unchanged
      ? scheduleChanges(held, answer.feed, new ScheduleEngine(answer.feed).today((deps.now ?? Date.now)()))
      : [];
  return { hospital, outcome: unchanged ? 'unchanged' : 'updated', feed: answer.feed, changes };
}

/** Refreshes every saved hospital, a few at a time; one failure never stops the others. */
export function refreshAll(
  list: readonly SavedHospital[],
  deps: RefreshDeps,
  concurrency = 4,
): Promise<RefreshResult[]> {
  return mapConcurrent(list, concurrency, (hospital) =>
    refreshHospital(hospital, deps).catch(
      (): RefreshResult => ({ hospital, outcome: 'failed', code: 'network', changes: [] }),
    ),
  );
}
