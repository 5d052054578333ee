/**
 * A notice that was read, added to a feed (the CLI's `import notice` and the webmaster tools):
 * appended to `schedule.notices` under its own id, or the id with "-2", "-3" … when the feed
 * already has one by that name. Pure: a new feed, the old one untouched.
 */
import type { Feed, Notice } from '../feed/schema';

export function addNotice(feed: Feed, notice: Notice): Feed {
  const taken = new Set((feed.schedule.notices ?? []).map((n) => n.id));
  let id = notice.id;
  for (let i = 2; taken.has(id); i++) id = `${notice.id}-${i}`;
  const next = structuredClone(feed);
  next.schedule.notices = [...(next.schedule.notices ?? []), { ...notice, id }];
  return next;
}
