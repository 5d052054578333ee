/**
 * widget.js: the file the hospital's script tag loads. It only defines <clear-clinic>,
 * shows a placeholder, starts what needs no app code (the feed's request, the stored copy's
 * read: early-start.ts) and loads the rest on demand, so it stays tiny and never blocks the
 * host page. Safe to import where there is no DOM (server rendering): it then defines nothing.
 */
import type { WidgetApp } from './app';
import { readStoredEarly, startEarly, takeEarlyAnswer } from './early-start';

/** Defined by the widget's own build only (not where the extension bundles this file). */
declare const __CLEARCLINIC_FIRST_RENDER__: string | undefined;

export const TAG = 'clear-clinic';

// User Timing: when the widget's script started (webmasters and `npm run bench:widget` read it).
if (typeof performance !== 'undefined' && !performance.getEntriesByName('clearclinic:script').length)
  performance.mark('clearclinic:script');
export const ATTRIBUTES = ['src', 'view', 'department', 'date', 'lang', 'theme', 'size'] as const;

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
      // A declarative shadow root from `clearclinic export html` is already there, drawn: it
      // stays as it is until the app takes it over (no placeholder over it, no blank frame).
      const prerendered = Boolean(this.shadowRoot?.firstElementChild);
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      if (this.#app) return this.#app.connect();
      if (this.#starting) return;
      this.#starting = true;
      if (!prerendered) {
        if ('adoptedStyleSheets' in root) {
          placeholderSheet ??= new CSSStyleSheet();
          placeholderSheet.replaceSync(PLACEHOLDER_CSS);
          root.adoptedStyleSheets = [placeholderSheet];
        }
        const wait = document.createElement('div');
        wait.className = 'cc-wait';
        wait.setAttribute('role', 'status');
        wait.textContent = /^en/i.test(this.closest('[lang]')?.getAttribute('lang') ?? '')
          ? 'Loading clinic information…'
          : '正在加载出诊信息…';
        root.replaceChildren(wait);
      }
      const start = () => {
        try {
          startEarly(this);
        } catch {
          // Only a head start: without it the app requests and reads the feed itself.
        }
        // The widget's build names the chunk with the first render's code, which the app's
        // entry only re-exports: fetched now, not after the entry (scripts/build-widget.mjs).
        if (typeof __CLEARCLINIC_FIRST_RENDER__ === 'string')
          import(/* @vite-ignore */ __CLEARCLINIC_FIRST_RENDER__).catch(() => {});
        import('./app')
          .then(({ createApp }) => {
            this.#app = createApp(this, root, takeEarlyAnswer, readStoredEarly, prerendered);
            if (this.isConnected) this.#app.connect();
          })
          .catch((error: unknown) => this.#fail(error));
      };
      // Pre-rendered content is painted first: the feed's request and the app's code would
      // otherwise compete with the page's first frame, which already holds the hours.
      if (prerendered) requestAnimationFrame(() => setTimeout(start));
      else start();
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
