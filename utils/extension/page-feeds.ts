/**
 * What the detection content script may read from a page (extension.md, Detection): the
 * feeds named by `link[rel~="clearclinic"]` and `clear-clinic[src]`, resolved and http(s)
 * only, and whether a `clear-clinic` carries a feed inline. Nothing else.
 */
export interface PageFeeds {
  urls: string[];
  inline: boolean;
}

export function pageFeeds(doc: Document): PageFeeds {
  const urls = new Set<string>();
  const add = (href: string | null) => {
    if (!href) return;
    try {
      const url = new URL(href, doc.baseURI);
      if (url.protocol === 'https:' || url.protocol === 'http:') urls.add(url.href);
    } catch {
      // A malformed URL names no feed.
    }
  };
  for (const link of doc.querySelectorAll('link[rel~="clearclinic" i]')) add(link.getAttribute('href'));
  for (const el of doc.querySelectorAll('clear-clinic[src]')) add(el.getAttribute('src'));
  const inline = [...doc.querySelectorAll('clear-clinic:not([src])')].some((el) => el.querySelector('script[type="application/json"]'));
  return { urls: [...urls], inline };
}
