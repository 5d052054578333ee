/**
 * Keys for lists whose items carry no id (a guide item's steps, a day's lines, a feed's
 * problems): each item's own words, with "#2", "#3" … where two items say the same. A key
 * follows its item's content, not its place in the list.
 */
export function keyed<T>(items: readonly T[], keyOf: (item: T) => string): [key: string, item: T][] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = keyOf(item);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return [n === 1 ? base : `${base}#${n}`, item];
  });
}
