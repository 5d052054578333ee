/**
 * One notification per hospital whose next 14 days changed (extension.md, Background), naming
 * what changed; clicking it opens that hospital in the dashboard. Off when the user says so.
 */
import { parseDate } from '../date/civil';
import type { Feed } from '../feed/schema';
import { formatDayLabel } from '../i18n/format';
import { type Lang, textIn } from '../i18n/local-text';
import { extensionText } from '../i18n/strings-extension';
import type { RefreshResult, ScheduleChange } from './schedule-changes';

/** How many changes a notification lists before "and n more". */
export const LISTED_CHANGES = 3;
const PREFIX = 'clearclinic:hospital:';

export interface NotificationsApi {
  notifications: {
    create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<string>;
  };
  runtime: { getURL(path: string): string };
}

export function describeChange(change: ScheduleChange, feed: Feed, lang: Lang): string {
  if ('noticeId' in change)
    return extensionText(lang, change.kind === 'notice-added' ? 'changeNoticeAdded' : 'changeNoticeChanged', {
      title: textIn(change.title, lang),
    });
  const department = feed.departments.find((d) => d.id === change.department);
  const day = parseDate(change.date);
  const key = (
    {
      'session-added': 'changeSessionAdded',
      'session-removed': 'changeSessionRemoved',
      'unknown-added': 'changeUnknownAdded',
      'unknown-removed': 'changeUnknownRemoved',
    } as const
  )[change.kind];
  return extensionText(lang, key, {
    date: day === undefined ? change.date : formatDayLabel(day, lang),
    department: department ? textIn(department.name, lang) : change.department,
    start: change.start,
    end: change.end,
  });
}

/** The notification for one refresh, or undefined when there is nothing to say. */
export function changeNotification(
  result: RefreshResult,
  lang: Lang,
): { id: string; title: string; message: string } | undefined {
  if (!result.feed || result.changes.length === 0) return undefined;
  const feed = result.feed;
  const lines = result.changes.slice(0, LISTED_CHANGES).map((c) => describeChange(c, feed, lang));
  const rest = result.changes.length - lines.length;
  if (rest > 0) lines.push(extensionText(lang, 'changeMore', { n: rest }));
  return {
    id: PREFIX + result.hospital.id,
    title: extensionText(lang, 'changeTitle', { name: textIn(feed.hospital.name, lang) }),
    message: lines.join('\n'),
  };
}

/** Shows the notifications for a refresh round (one per changed hospital); none when turned off. */
export async function notifyChanges(
  api: NotificationsApi,
  results: readonly RefreshResult[],
  lang: Lang,
  enabled: boolean,
): Promise<string[]> {
  if (!enabled) return [];
  const shown: string[] = [];
  for (const result of results) {
    const n = changeNotification(result, lang);
    if (!n) continue;
    await api.notifications.create(n.id, {
      type: 'basic',
      iconUrl: api.runtime.getURL('/icon/128.png'),
      title: n.title,
      message: n.message,
    });
    shown.push(n.id);
  }
  return shown;
}

/** The dashboard page a clicked notification opens, or undefined for someone else's id. */
export function notificationTarget(notificationId: string, dashboardUrl: string): string | undefined {
  if (!notificationId.startsWith(PREFIX)) return undefined;
  return `${dashboardUrl}#/hospital/${encodeURIComponent(notificationId.slice(PREFIX.length))}`;
}
