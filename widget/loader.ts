/**
 * widget.js: the file the hospital's script tag loads. It only defines <clear-clinic>,
 * shows a placeholder and loads the rest on demand, so it stays tiny and never blocks the
 * host page. Safe to import where there is no DOM (server rendering): it then defines nothing.
 */
import type { EarlyAnswer } from '../utils/cache/load-feed';
import type { WidgetApp } from './app';

export const TAG = 'clear-clinic';

// User Timing: when the widget's script started (webmasters and `npm run bench:widget` read it).
if (typeof performance !== 'undefined' && !performance.getEntriesByName('clearclinic:script').length) performance.mark('clearclinic:script');
export const ATTRIBUTES = ['src', 'view', 'department', 'date', 'lang', 'theme', 'size'] as const;

/**
 * The feed's request, started as soon as an element connects: it then travels while the
 * app's code loads and compiles, instead of after. Exactly the request loadFeed would send
 * (a test holds the two alike); the app takes each once, by absolute URL. On a first visit
 * (nothing stored that could make the body unneeded) the body is read at once too: draining
 * a large feed from the network took ~10 ms that now overlap the app's loading.
 */
export const EARLY_REQUEST: RequestInit = { cache: 'no-cache', credentials: 'same-origin' };
/** open-store's flag and the checker's size limit, held alike by a test. */
export const EARLY_READ = { storedFlag: 'clearclinic:feeds-stored', maxBytes: 5 * 1024 * 1024 };
const early = new Map<string, Promise<EarlyAnswer | undefined>>();

function firstVisit(): boolean {
  try {
    return localStorage.getItem(EARLY_READ.storedFlag) !== '1';
  } catch {
    return false;
  }
}

function requestEarly(el: Element) {
  const src = el.getAttribute('src');
  if (!src || typeof fetch !== 'function') return;
  let url: string;
  try {
    url = new URL(src, el.ownerDocument.baseURI).href;
  } catch {
    return; // the app reports a bad URL in words
  }
  if (early.has(url)) return;
  const answer = fetch(url, EARLY_REQUEST).then(
    (response): EarlyAnswer => {
      if (!response.ok || Number(response.headers.get('content-length')) > EARLY_READ.maxBytes || !firstVisit()) return { response };
      const text = response.text();
      text.catch(() => {}); // loadFeed hears the failure when it awaits the text
      return { response, text };
    },
    () => undefined,
  );
  early.set(url, answer);
}

/** The answer to the request started for `url` before the app ran, if any (once). */
export function takeEarlyAnswer(url: string): Promise<EarlyAnswer | undefined> | undefined {
  const answer = early.get(url);
  early.delete(url);
  return answer;
}

const Base = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement;

const PLACEHOLDER_CSS = ':host{display:block}.cc-wait{font:inherit;padding:1em;color:inherit;opacity:.8}';
let placeholderSheet: CSSStyleSheet | undefined;

export class ClearClinicElement extends Base {
  static get observedAttributes() {
    return ATTRIBUTES;
  }
  #app?: WidgetApp;
  #starting = false;

  connectedCallback() {
    try {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      if (this.#app) return this.#app.connect();
      if (this.#starting) return;
      this.#starting = true;
      if ('adoptedStyleSheets' in root) {
        placeholderSheet ??= new CSSStyleSheet();
        placeholderSheet.replaceSync(PLACEHOLDER_CSS);
        root.adoptedStyleSheets = [placeholderSheet];
      }
      const wait = document.createElement('div');
      wait.className = 'cc-wait';
      wait.setAttribute('role', 'status');
      wait.textContent = /^en/i.test(this.closest('[lang]')?.getAttribute('lang') ?? '') ? 'Loading clinic information…' : '正在加载出诊信息…';
      root.replaceChildren(wait);
      requestEarly(this);
      import('./app')
        .then(({ createApp }) => {
          this.#app = createApp(this, root, takeEarlyAnswer);
          if (this.isConnected) this.#app.connect();
        })
        .catch((error: unknown) => this.#fail(error));
    } catch (error) {
      this.#fail(error);
    }
  }

  disconnectedCallback() {
    try {
      this.#app?.disconnect();
    } catch {
      // never into the host page
    }
  }

  attributeChangedCallback() {
    try {
      this.#app?.attributesChanged();
    } catch (error) {
      this.#fail(error);
    }
  }

  #fail(error: unknown) {
    this.dispatchEvent(
      new CustomEvent('clearclinic:error', {
        bubbles: true,
        composed: true,
        detail: { code: 'widget.load', message: error instanceof Error ? error.message : String(error) },
      }),
    );
  }
}

if (typeof customElements !== 'undefined' && !customElements.get(TAG)) customElements.define(TAG, ClearClinicElement);

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      /** The widget, where a Preact page embeds it (the extension's hospital view). */
      'clear-clinic': HTMLAttributes<ClearClinicElement> & Partial<Record<(typeof ATTRIBUTES)[number], string>>;
    }
  }
}
