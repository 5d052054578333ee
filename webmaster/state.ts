/**
 * The webmaster tools' state: the feed's text and its check, the preview's attributes, the
 * page's language, and what is derived from them (the embed snippet, the JSON-LD). Signals,
 * so each section re-renders only with what it reads.
 */
import { computed, effect, signal } from '@preact/signals';
import { readFeedBody, TOO_LARGE, timed } from '../utils/cache/feed-body';
import type { Feed } from '../utils/feed/schema';
import type { ValidationResult } from '../utils/feed/validate';
import type { Lang } from '../utils/i18n/local-text';
import { hospitalJsonLd, jsonLdScript } from '../utils/schema-org/json-ld';
import { answer, type CheckAnswer, type CheckRequest } from './check-worker';
import { tt } from './strings';

export const lang = signal<Lang>(/^en/i.test(navigator.language) ? 'en' : 'zh-CN');
export const text = signal('');
/** Large text (大字), kept for the next visit. */
export const large = signal(readLarge());
function readLarge() {
  try {
    return localStorage.getItem('clearclinic-tools-large') === '1';
  } catch {
    return false;
  }
}
effect(() => {
  document.documentElement.classList.toggle('large', large.value);
  try {
    localStorage.setItem('clearclinic-tools-large', large.value ? '1' : '0');
  } catch {
    // storage refused: large text holds for this visit
  }
});
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

/** The last check's result, and the text it checked (the preview shows that text, not every keystroke). */
export const checked = signal<ValidationResult | undefined>(undefined);
export const checkedText = signal('');
/** Why the last check could not finish (the verdict before it is not left on screen). */
export const checkFailure = signal<string | undefined>(undefined);

let worker: Worker | undefined;
let workerFailed = false;
const waiting = new Map<number, (answer: CheckAnswer) => void>();

/** Checks in the worker (built beside tools.js); where workers are unavailable, here. */
function runCheck(request: CheckRequest): Promise<CheckAnswer> {
  if (!worker && !workerFailed) {
    try {
      worker = new Worker(new URL('./check-worker.js', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (e: MessageEvent<CheckAnswer>) => {
        waiting.get(e.data.id)?.(e.data);
        waiting.delete(e.data.id);
      });
      worker.addEventListener('error', () => {
        // The worker's file is missing or refused: every check waiting, and the next ones, run here.
        workerFailed = true;
        worker = undefined;
        for (const [id, resolve] of waiting) resolve({ id, failure: 'worker' });
        waiting.clear();
      });
    } catch {
      workerFailed = true;
    }
  }
  if (!worker) return Promise.resolve(answer(request));
  const running = worker;
  return new Promise((resolve) => {
    waiting.set(request.id, resolve);
    running.postMessage(request);
  });
}

let sequence = 0;
async function check(value: string, language: Lang) {
  const id = ++sequence;
  if (!value.trim()) {
    checked.value = undefined;
    checkedText.value = '';
    checkFailure.value = undefined;
    return;
  }
  let reply = await runCheck({ id, text: value, lang: language });
  if ('failure' in reply && reply.failure === 'worker') reply = answer({ id, text: value, lang: language });
  if (id !== sequence) return; // a newer text is being checked
  if ('failure' in reply) {
    checked.value = undefined;
    checkFailure.value = tt(language, 'checkFailed', { detail: reply.failure });
  } else {
    checked.value = reply.result.valid && !reply.result.feed ? withLazyFeed(reply.result, value) : reply.result;
    checkFailure.value = undefined;
  }
  checkedText.value = value;
}

/** A valid result from the worker, its feed read from the text it checked on first use. */
function withLazyFeed(result: ValidationResult, value: string): ValidationResult {
  let feed: Feed | undefined;
  return Object.defineProperty({ ...result }, 'feed', {
    enumerable: true,
    get: () => (feed ??= JSON.parse(value.replace(/^\uFEFF/, '')) as Feed),
  });
}

/** The check follows the text after a short pause, once per pause, so typing stays smooth. */
let timer: ReturnType<typeof setTimeout> | undefined;
effect(() => {
  const value = text.value;
  const language = lang.value;
  clearTimeout(timer);
  timer = setTimeout(() => void check(value, language), 250);
});
effect(() => {
  document.documentElement.lang = lang.value;
  document.title = tt(lang.value, 'title');
});

/**
 * The two lines to paste, with only the attributes that differ from the defaults. Never the
 * previewed date: pinned in a page, it would show that one day for ever.
 */
export const snippet = computed(() => {
  const a = attrs.value;
  const extra = (['view', 'department', 'theme', 'size'] as const)
    .filter((k) => a[k] && a[k] !== DEFAULT_ATTRIBUTES[k])
    .map((k) => ` ${k}="${a[k]}"`)
    .join('');
  const host = location.origin.startsWith('http') ? location.origin : 'https://YOUR-HOST';
  return `<script type="module" src="${host}/clearclinic/widget.js" async></script>\n<clear-clinic src="/.well-known/clearclinic.json"${extra}></clear-clinic>`;
});

/** Whether any of the preview is on screen (the preview section says). */
export const previewInView = signal(true);
/**
 * The check's result once editing has paused: the preview and the JSON-LD follow this, not every
 * check, so a long feed stays quick to type in. The pause is 800 ms while the preview is in view
 * and 2.5 s while it is not: rendering the largest sample's preview costs the page about 150 ms,
 * which a key typed in that moment waits for, and a pause of a second is often a thought, not
 * the end of typing. Scrolling the preview into view shows the latest result at once.
 */
export const settled = signal<{ result: ValidationResult | undefined; text: string }>({ result: undefined, text: '' });
let settleTimer: ReturnType<typeof setTimeout> | undefined;
let wasInView = true;
effect(() => {
  const next = { result: checked.value, text: checkedText.value };
  const inView = previewInView.value;
  const cameIntoView = inView && !wasInView;
  wasInView = inView;
  clearTimeout(settleTimer);
  if (next.result === settled.peek().result && next.text === settled.peek().text) return;
  // The first verdict of a text, or an empty page, is shown at once: nothing is being typed.
  if (!settled.peek().text || !next.text || cameIntoView) settled.value = next;
  else settleTimer = setTimeout(() => (settled.value = next), inView ? 800 : 2500);
});

export const jsonLd = computed(() => {
  const feed = settled.value.result?.feed;
  return feed ? jsonLdScript(hospitalJsonLd(feed, { lang: attrs.value.lang === 'en' ? 'en' : 'zh-CN' })) : '';
});

/**
 * Whether the last Fetch failed: the verdict below then belongs to a text that is not the
 * fetched feed, so it is not shown until the text changes.
 */
export const fetchFailed = signal(false);
effect(() => {
  text.value;
  fetchFailed.value = false;
});

/** Counts the times the text was replaced from outside the text box (a file, a URL, the sample). */
export const replaced = signal(0);
export function replaceText(value: string) {
  text.value = value;
  replaced.value++;
}
/**
 * Counts the times the editor wrote the text: the text box follows once typing has paused
 * (writing a long feed into a text box costs more than a keystroke), or at once when focused.
 */
export const edited = signal(0);
export function editorText(value: string) {
  text.value = value;
  edited.value++;
}

/** Fetches a feed into the text box, within the widget's bounds (20 s, 5 MiB); the status line says what happened. */
export async function load(from: string) {
  const l = lang.value;
  status.value = tt(l, 'fetching');
  fetchFailed.value = false;
  try {
    const response = await fetch(from, timed({}));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    replaceText(await readFeedBody(response));
    status.value = '';
  } catch (e) {
    const detail =
      e instanceof Error && e.message === TOO_LARGE
        ? tt(l, 'tooLarge')
        : e instanceof Error && e.name === 'AbortError'
          ? tt(l, 'timedOut')
          : e instanceof Error
            ? e.message
            : String(e);
    status.value = tt(l, 'fetchFailed', { url: from, detail });
    fetchFailed.value = true;
  }
}
