/**
 * What the dashboard's audit reads (extension.md, Dashboard › Audit): saved hospitals from the
 * cache (so an audit works offline), or a pasted list of URLs fetched now. A pasted feed URL is
 * validated as the CLI validates it, so the exported report matches `clearclinic audit` on the
 * same URLs; a pasted hospital site is found through discovery, as when adding one.
 */

import { mapConcurrent } from '../../async/map-concurrent';
import { auditInput } from '../../audit/audit-input';
import type { AuditInput } from '../../audit/report';
import { readFeedBody, timed } from '../../cache/feed-body';
import { validateFeedText } from '../../feed/validate';
import type { Lang } from '../../i18n/local-text';
import { translator } from '../../i18n/strings';
import type { SavedFeed } from '../saved-feeds';
import { discoverFeed } from './discover-feed';

const text = translator({
  noCopy: { 'zh-CN': '尚无离线数据，无法评估', en: 'No offline copy yet; not audited' },
  badUrl: { 'zh-CN': '不是 http(s) 网址', en: 'Not an http(s) URL' },
  notFound: { 'zh-CN': '没有找到明白就医数据', en: 'No ClearClinic feed found' },
  network: { 'zh-CN': '无法连接', en: 'Could not connect' },
  http: { 'zh-CN': 'HTTP {status}', en: 'HTTP {status}' },
});

/** Saved hospitals' stored copies; one never fetched yet is listed as not audited. */
export function savedAuditInputs(saved: readonly SavedFeed[], lang: Lang): AuditInput[] {
  return saved.map((s) =>
    s.feed ? { source: s.hospital.feedUrl, feed: s.feed } : { source: s.hospital.feedUrl, error: text(lang, 'noCopy') },
  );
}

/** A word that reads as an address: a scheme, or a dotted host (www.example.cn/path). */
const ADDRESS = /^([a-z][a-z\d+.-]*:\/\/\S+|[^\s/]+\.[^\s/]+(\/\S*)?)$/i;

/**
 * The entries of pasted text: one per line (or per comma). A line of several addresses separated
 * by spaces gives each; any other line is one entry as typed ("not a url" is one bad entry, not
 * three). Blank lines and duplicates are dropped.
 */
export function pastedUrls(pasted: string): string[] {
  const entries = pasted
    .split(/[\r\n,，;；]+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .flatMap((line) => {
      const words = line.split(/\s+/);
      return words.length > 1 && words.every((w) => ADDRESS.test(w)) ? words : [line];
    });
  return [...new Set(entries)];
}

export function urlAuditInputs(
  urls: readonly string[],
  lang: Lang,
  fetcher: typeof fetch = fetch,
): Promise<AuditInput[]> {
  return mapConcurrent(urls, 4, async (source): Promise<AuditInput> => {
    let url: URL;
    try {
      url = new URL(source);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
    } catch {
      return { source, error: text(lang, 'badUrl') };
    }
    try {
      const response = await fetcher(url.href, timed({}));
      if (!response.ok) return { source, error: text(lang, 'http', { status: response.status }) };
      const body = await readFeedBody(response);
      const type = response.headers.get('content-type') ?? '';
      if (!/html/i.test(type)) return auditInput(source, validateFeedText(body, { lang }), lang);
      // A hospital's page: its feed is found as when adding one, from the page already read.
      const found = await discoverFeed(url.href, fetcher, { ok: true, text: body, type });
      if (!found.ok) return { source, error: text(lang, found.reason === 'network' ? 'network' : 'notFound') };
      return auditInput(source, validateFeedText(found.text, { lang }), lang);
    } catch {
      return { source, error: text(lang, 'network') };
    }
  });
}
