/** Text meant for people: a plain string or a map of language → text (feed-v1 `LocalText`). */
export type LocalText = string | Readonly<Record<string, string>>;

/** The languages ClearClinic speaks. `zh-CN` is the fallback of every LocalText. */
export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export const FALLBACK_LANG: Lang = 'zh-CN';

/** The text in `lang`, else in zh-CN, else the first language given, else ''. */
export function textIn(text: LocalText | undefined | null, lang: Lang): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  const own = text[lang] ?? text[FALLBACK_LANG];
  if (typeof own === 'string') return own;
  for (const value of Object.values(text)) if (typeof value === 'string') return value;
  return '';
}

/** Every string of a LocalText, in all its languages (for searching). */
export function allTexts(text: LocalText | undefined | null): string[] {
  if (text == null) return [];
  return typeof text === 'string' ? [text] : Object.values(text).filter((v) => typeof v === 'string');
}

/**
 * The language a BCP 47 tag asks for: `en`, `en-GB` → en; anything else (zh, zh-Hans,
 * unknown, empty) → zh-CN. Returns undefined for undefined input so callers can chain.
 */
export function langFromTag(tag: string | null | undefined): Lang | undefined {
  if (tag == null) return undefined;
  return /^en(?:[-_]|$)/i.test(tag.trim()) ? 'en' : 'zh-CN';
}
