/** A feed's notices by id: how a session's `notice:<id>` basis finds its notice (title, link). */
import type { Feed, Notice } from './schema';

export function noticesById(feed: Feed): Map<string, Notice> {
  return new Map((feed.schedule.notices ?? []).map((n) => [n.id, n]));
}
