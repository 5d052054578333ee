/**
 * Finding a hospital's feed from a URL a person pastes (extension.md, Saved hospitals): the
 * URL itself when it serves a feed; else the page's `<link rel="clearclinic" href>`; else
 * `/.well-known/clearclinic.json` of its origin. Works without a DOM (the background
 * service worker has none): link tags are read by a small attribute scanner.
 */

import { readFeedBody, timed } from '../../cache/feed-body';
import { safeHref } from '../../feed/safe-href';

export type Discovery =
  | { ok: true; feedUrl: string; via: 'feed' | 'link' | 'well-known'; text: string }
  | { ok: false; reason: 'url' | 'not-found' | 'network'; detail?: string };

const LINK = /<link\b[^>]*>/gi;
const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g;

/** The hrefs of `<link rel~="clearclinic">` tags in a page, resolved against it, http(s) only. */
export function clearclinicLinks(html: string, pageUrl: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(LINK) ?? []) {
    const attrs = new Map<string, string>();
    for (const m of tag.matchAll(ATTR)) attrs.set(m[1]!.toLowerCase(), m[3] ?? m[4] ?? m[5] ?? '');
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attrs.get('href');
    if (!rel.includes('clearclinic') || !href) continue;
    const url = safeHref(href.replace(/&amp;/g, '&'), pageUrl);
    if (url) out.push(url);
  }
  return out;
}

/** Whether a response claims to be a ClearClinic feed (validation says whether it is a good one). */
const looksLikeFeed = (text: string) => /"format"\s*:\s*"clearclinic-feed"/.test(text);

/** A page as discovery reads it. */
export interface FetchedPage {
  ok: boolean;
  text: string;
  /** Its Content-Type. */
  type: string;
}

/** An address typed without a scheme (`www.example.cn`, `example.cn/path`, `127.0.0.1:8080`): a dotted host or localhost. */
const SCHEMELESS = /^(?![a-z][a-z\d+.-]*:\/\/)([^\s:/?#.]+(\.[^\s:/?#.]+)+|localhost)(:\d+)?([/?#]|$)/i;

/**
 * `page`: the input's page when the caller has already fetched it (it is not asked for again).
 * An address without a scheme is tried as https:// first, then http://; when neither finds a
 * feed, a site that answered ("not-found") says more than one that did not ("network").
 */
export async function discoverFeed(
  input: string,
  fetcher: typeof fetch = fetch,
  page?: FetchedPage,
): Promise<Discovery> {
  const trimmed = input.trim();
  if (!page && SCHEMELESS.test(trimmed)) {
    const secure = await discoverAt(`https://${trimmed}`, fetcher);
    if (secure.ok || secure.reason === 'url') return secure;
    const plain = await discoverAt(`http://${trimmed}`, fetcher);
    if (plain.ok) return plain;
    return secure.reason === 'not-found' ? secure : plain;
  }
  return discoverAt(trimmed, fetcher, page);
}

async function discoverAt(input: string, fetcher: typeof fetch, page?: FetchedPage): Promise<Discovery> {
  let url: URL;
  try {
    url = new URL(input);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'url' };
  } catch {
    return { ok: false, reason: 'url' };
  }
  const get = async (target: string): Promise<FetchedPage> => {
    const response = await fetcher(target, timed({ headers: { accept: 'application/json, text/html;q=0.9' } }));
    return {
      ok: response.ok,
      text: response.ok ? await readFeedBody(response) : '',
      type: response.headers.get('content-type') ?? '',
    };
  };
  try {
    const first = page ?? (await get(url.href));
    if (first.ok && looksLikeFeed(first.text)) return { ok: true, feedUrl: url.href, via: 'feed', text: first.text };
    if (first.ok && /html/i.test(first.type)) {
      for (const link of clearclinicLinks(first.text, url.href)) {
        const feed = await get(link);
        if (feed.ok && looksLikeFeed(feed.text)) return { ok: true, feedUrl: link, via: 'link', text: feed.text };
      }
    }
    const wellKnown = new URL('/.well-known/clearclinic.json', url.origin).href;
    const feed = await get(wellKnown);
    if (feed.ok && looksLikeFeed(feed.text))
      return { ok: true, feedUrl: wellKnown, via: 'well-known', text: feed.text };
    return { ok: false, reason: 'not-found' };
  } catch (e) {
    return { ok: false, reason: 'network', detail: e instanceof Error ? e.message : String(e) };
  }
}
