/**
 * The webmaster tools' state: the feed's text and its check, the preview's attributes, the
 * page's language, and what is derived from them (the embed snippet, the JSON-LD). Signals,
 * so each section re-renders only with what it reads.
 */
import { computed, effect, signal } from '@preact/signals';
import { type ValidationResult, validateFeedText } from '../utils/feed/validate';
import type { Lang } from '../utils/i18n/local-text';
import { hospitalJsonLd, jsonLdScript } from '../utils/schema-org/json-ld';
import { tt } from './strings';

export const lang = signal<Lang>(/^en/i.test(navigator.language) ? 'en' : 'zh-CN');
export const text = signal('');
export const status = signal('');
/** The URL typed beside Fetch (kept across renders, so a re-render never drops it). */
export const url = signal('');

export const DEFAULT_ATTRIBUTES = {
  view: 'overview',
  department: '',
  date: '',
  lang: 'zh-CN',
  theme: 'auto',
  size: 'normal',
};
export type Attributes = typeof DEFAULT_ATTRIBUTES;
export const attrs = signal<Attributes>({ ...DEFAULT_ATTRIBUTES });
export const setAttribute = (name: keyof Attributes, value: string) => {
  attrs.value = { ...attrs.value, [name]: value };
};

/** Validation follows the text after a short pause, so typing stays smooth. */
export const checked = signal<ValidationResult | undefined>(undefined);
let timer: ReturnType<typeof setTimeout> | undefined;
effect(() => {
  const value = text.value;
  const language = lang.value;
  clearTimeout(timer);
  timer = setTimeout(
    () => (checked.value = value.trim() ? validateFeedText(value, { lang: language }) : undefined),
    250,
  );
});
effect(() => {
  document.documentElement.lang = lang.value;
  document.title = tt(lang.value, 'title');
});

/** The two lines to paste, with only the attributes that differ from the defaults. */
export const snippet = computed(() => {
  const a = attrs.value;
  const extra = (['view', 'department', 'date', 'theme', 'size'] as const)
    .filter((k) => a[k] && a[k] !== DEFAULT_ATTRIBUTES[k])
    .map((k) => ` ${k}="${a[k]}"`)
    .join('');
  const host = location.origin.startsWith('http') ? location.origin : 'https://YOUR-HOST';
  return `<script type="module" src="${host}/clearclinic/widget.js" async></script>\n<clear-clinic src="/.well-known/clearclinic.json"${extra}></clear-clinic>`;
});

export const jsonLd = computed(() => {
  const feed = checked.value?.feed;
  return feed ? jsonLdScript(hospitalJsonLd(feed, { lang: attrs.value.lang === 'en' ? 'en' : 'zh-CN' })) : '';
});

/** Fetches a feed into the text box; the status line says what happened. */
export async function load(from: string) {
  status.value = tt(lang.value, 'fetching');
  try {
    const response = await fetch(from);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text.value = await response.text();
    status.value = '';
  } catch (e) {
    status.value = tt(lang.value, 'fetchFailed', { url: from, detail: e instanceof Error ? e.message : String(e) });
  }
}
