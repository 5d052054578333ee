/**
 * What the detection content script may read from a page (extension.md, Detection): the
 * feeds named by `link[rel~="clearclinic"]` and `clear-clinic[src]`, resolved and http(s)
 * only, and whether a `clear-clinic` carries a feed inline. Nothing else.
 */
import { safeHref } from '../../feed/safe-href';
import type { PageFeeds } from '../messages';

export function pageFeeds(doc: Document): PageFeeds {
  const urls = new Set<string>();
  const add = (href: string | null) => {
    const url = href ? safeHref(href, doc.baseURI) : undefined;
    if (url) urls.add(url);
  };
  for (const link of doc.querySelectorAll('link[rel~="clearclinic" i]')) add(link.getAttribute('href'));
  for (const el of doc.querySelectorAll('clear-clinic[src]')) add(el.getAttribute('src'));
  const inline = [...doc.querySelectorAll('clear-clinic:not([src])')].some((el) =>
    el.querySelector('script[type="application/json"]'),
  );
  return { urls: [...urls], inline };
}
