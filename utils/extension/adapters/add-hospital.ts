/**
 * Adding a hospital by a site URL or a feed URL (extension.md, Saved hospitals): discovery,
 * validation, the feed stored for offline use, then the entry saved in the synced list. Each
 * failure says what and where, in the reader's language, and changes nothing.
 */

import { cachedCopy } from '../../cache/cached-copy';
import type { FeedStore } from '../../cache/feed-store';
import type { Problem } from '../../feed/messages';
import type { Feed } from '../../feed/schema';
import { validateFeedText } from '../../feed/validate';
import type { Lang } from '../../i18n/local-text';
import { textIn } from '../../i18n/local-text';
import { addText } from '../../i18n/strings-extension';
import { addSaved, type SavedHospital } from '../saved-hospitals';
import { type Discovery, discoverFeed } from './discover-feed';
import { updateSaved } from './storage-items';

export type AddOutcome =
  | {
      ok: true;
      hospital: SavedHospital;
      feed: Feed;
      via: 'feed' | 'link' | 'well-known';
      list: SavedHospital[];
      message: string;
    }
  | {
      ok: false;
      reason: 'url' | 'not-found' | 'network' | 'invalid' | 'sync-full';
      errors?: Problem[];
      message: string;
    };

export interface AddDeps {
  store: FeedStore;
  lang: Lang;
  fetch?: typeof fetch;
  now?: () => number;
}

export async function addHospital(input: string, deps: AddDeps): Promise<AddOutcome> {
  const { lang } = deps;
  const shown = input.trim().slice(0, 200);
  const found: Discovery = await discoverFeed(input, deps.fetch);
  if (!found.ok) {
    const key = found.reason === 'url' ? 'addUrl' : found.reason === 'not-found' ? 'addNotFound' : 'addNetwork';
    return { ok: false, reason: found.reason, message: addText(lang, key, { input: shown }) };
  }
  const result = validateFeedText(found.text, { lang });
  if (!result.feed) {
    const first = result.errors[0];
    return {
      ok: false,
      reason: 'invalid',
      errors: result.errors,
      message: addText(lang, 'addInvalid', {
        url: found.feedUrl,
        n: result.errors.length,
        first: first ? `${first.path || '/'} ${first.message}` : '',
      }),
    };
  }
  const feed = result.feed;
  const hospital = { id: feed.hospital.id, feedUrl: found.feedUrl };
  // The copy is stored first, so a saved hospital always has data to show offline.
  const at = (deps.now ?? Date.now)();
  await deps.store.put(cachedCopy(found.feedUrl, found.text, at));
  const saved = await updateSaved((list) => addSaved(list, hospital));
  if (!saved.ok) return { ok: false, reason: 'sync-full', message: addText(lang, 'addSyncFull') };
  return {
    ok: true,
    hospital,
    feed,
    via: found.via,
    list: saved.list,
    message: addText(lang, 'addedVia', { name: textIn(feed.hospital.name, lang) }),
  };
}
