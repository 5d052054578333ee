/**
 * The only way a feed's URL becomes a link: absolute http(s) (relative ones resolved
 * against `base` when one is given), or nothing. The checker
 * already refuses other schemes; this keeps `javascript:` and `data:` out of every href
 * even for data that reached a view some other way.
 */
export function safeHref(url: string | undefined | null, base?: string): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
