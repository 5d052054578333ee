/**
 * One <clear-clinic> element's life: its attributes and inherited language, its feed
 * (cached, revalidated, shared per URL), its events, rendered with Preact into its shadow
 * root. Loaded by the loader on first connect. State is a handful of values, each change
 * followed by one render (Preact diffs it); no reactive library in the first render.
 *
 * The steps, in the order a feed goes through them: `feedSource` names what to load,
 * `startLoading` loads it, `onFeed` takes each answer, `queueRender` coalesces the renders,
 * `widgetModel` turns the state into what `Widget` draws.
 */
import { render } from 'preact';
import { type SelectSlotDetail, Widget, type WidgetModel } from '../components/Widget';
import { type FeedData, type FeedEvent, type FeedFailure, inlineFeed, loadFeed } from '../utils/cache/load-feed';
import { markFeedsStored, mayHaveStoredFeeds, openFeedStore } from '../utils/cache/open-store';
import type { Problem } from '../utils/feed/messages';
import type { Finding } from '../utils/feed/problem-codes';
import type { Lang } from '../utils/i18n/local-text';
import { ScheduleEngine } from '../utils/schedule/engine';
import { type ParsedAttributes, parseAttributes, unknownDepartments } from './attributes';
import type { readStoredEarly, takeEarlyAnswer } from './early-start';
import { STYLES } from './styles';
import type { TakeOver } from './take-over';

export interface WidgetApp {
  connect(): void;
  disconnect(): void;
  attributesChanged(): void;
}

/** What one element shows: its attributes and its feed's state. */
export interface AppState {
  parsed: ParsedAttributes;
  data?: FeedData;
  engine?: ScheduleEngine;
  failure?: FeedFailure;
  problems?: Problem[];
}

let sheet: CSSStyleSheet | undefined;

/** The widget's constructable stylesheet (shared by every widget on the page), where supported. */
function styleSheet(): CSSStyleSheet | undefined {
  if (typeof CSSStyleSheet !== 'function' || !('replaceSync' in CSSStyleSheet.prototype)) return undefined;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  return sheet;
}

function adoptStyles(root: ShadowRoot) {
  const shared = 'adoptedStyleSheets' in root ? styleSheet() : undefined;
  if (shared) root.adoptedStyleSheets = [shared];
  else {
    // Browsers without constructable stylesheets (old Safari): a <style> element.
    const style = document.createElement('style');
    style.textContent = STYLES;
    root.prepend(style);
  }
}

/** The element's attributes, and its language from the closest `[lang]`, itself or an ancestor. */
const readAttributes = (el: HTMLElement) =>
  parseAttributes({
    src: el.getAttribute('src'),
    view: el.getAttribute('view'),
    department: el.getAttribute('department'),
    date: el.getAttribute('date'),
    lang: el.closest('[lang]')?.getAttribute('lang'),
    theme: el.getAttribute('theme'),
    size: el.getAttribute('size'),
  });

/**
 * Where the feed comes from: `src`, else the element's inline JSON; `key` changes when the
 * source does. A `src` that is no http(s) URL is `invalid`, to be said at once.
 */
function feedSource(el: HTMLElement, src: string | undefined): { key: string; inline?: string; invalid?: boolean } {
  if (src) {
    try {
      // Not URL.parse: older phones' browsers, which many of our patients use, lack it.
      const url = new URL(src, el.ownerDocument.baseURI);
      if (/^https?:$/.test(url.protocol)) return { key: url.href };
    } catch {}
    return { key: `invalid:${src}`, invalid: true };
  }
  const inline = el.querySelector('script[type="application/json"]')?.textContent ?? undefined;
  return inline === undefined ? { key: 'none' } : { key: `inline:${inline.length}:${inline.slice(0, 64)}`, inline };
}

/**
 * Starts loading the source and sends each answer to `onFeed`; returns how to stop listening.
 * A URL goes through the cache (loadFeed); inline JSON is checked once; no source is a failure.
 */
function startLoading(
  source: ReturnType<typeof feedSource>,
  hasSrc: boolean,
  early: typeof takeEarlyAnswer,
  readStored: typeof readStoredEarly,
  onFeed: (event: FeedEvent) => void,
): (() => void) | undefined {
  const { key, inline } = source;
  if (source.invalid) {
    onFeed({ type: 'error', url: key.slice('invalid:'.length), code: 'src.invalid', hasData: false });
    return undefined;
  }
  if (hasSrc) {
    const stores = { store: openFeedStore, mayHaveCache: mayHaveStoredFeeds(), onStored: markFeedsStored };
    return loadFeed(key, { ...stores, readStored, early: early(key) }, onFeed);
  }
  let current = true;
  if (inline !== undefined) void inlineFeed(inline, 'inline:', Date.now()).then((event) => current && onFeed(event));
  else onFeed({ type: 'error', url: '', code: 'no-source', hasData: false });
  return () => {
    current = false;
  };
}

/** What Widget draws now, with a note for each `department` the feed does not have. */
function widgetModel(state: AppState, onSelectSlot: (detail: SelectSlotDetail) => void): WidgetModel {
  const { parsed, data, engine, failure, problems } = state;
  const { attributes } = parsed;
  const notes = [...parsed.notes];
  if (engine) {
    for (const id of unknownDepartments(attributes.departments, engine.departmentIds))
      notes.push({ name: 'department', value: id, fallback: '—' });
  }
  return {
    lang: attributes.lang,
    view: attributes.view,
    departments: attributes.departments,
    date: attributes.date,
    data,
    engine,
    failure,
    problems,
    notes,
    now: Date.now(),
    onSelectSlot,
  };
}

/**
 * Coalesces renders: several changes in one task (the cached copy, then the publisher's
 * "unchanged") make one render after the task, through a message (no timer clamping).
 */
function renderQueue(renderNow: () => void): () => void {
  let queued = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    queued = false;
    renderNow();
  };
  return () => {
    if (queued) return;
    queued = true;
    channel.port2.postMessage(0);
  };
}

/**
 * The failure's `clearclinic:error` event, and its problems' words for the view: both load
 * only when there is a failure. Without the words (offline, the chunk never fetched) the
 * problems still show, by code. `show` is called only while `stillShown()` holds.
 */
function describeFailure(
  event: FeedFailure,
  lang: Lang,
  emit: (name: string, detail: unknown) => void,
  stillShown: () => boolean,
  show: (problems: Problem[]) => void,
) {
  void import('../components/FailureAlert').then(({ failureMessage }) =>
    emit('clearclinic:error', { code: event.code, message: failureMessage(event, lang) }),
  );
  const { findings } = event;
  if (!findings?.length) return;
  const showWith = (words: (f: Finding) => Problem) => {
    if (stillShown()) show(findings.filter((f) => f.severity === 'error').map(words));
  };
  import('../utils/feed/messages').then(
    ({ describe }) => showWith((f) => describe(f, lang)),
    () => showWith((f) => ({ ...f, message: f.code, hint: '' })),
  );
}

/**
 * `early` and `readStored` come from the loader: the feed's request and its stored copy's read,
 * both under way before this code loaded (widget/early-start.ts). `prerendered`: the loader found
 * the root already drawn (`clearclinic export html`).
 */
export function createApp(
  el: HTMLElement,
  root: ShadowRoot,
  early: typeof takeEarlyAnswer,
  readStored: typeof readStoredEarly,
  prerendered = false,
): WidgetApp {
  const state: AppState = { parsed: readAttributes(el) };
  let connected = false;
  let painted = false;
  let shown = false;
  // Pre-rendered content is taken over where it stands; when to is take-over.ts's to say,
  // loaded beside the feed (it is not in the first render's code).
  let takeOver: TakeOver | 'loading' | undefined = prerendered ? 'loading' : undefined;

  const emit = (name: string, detail: unknown) =>
    el.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  const onSelectSlot = (detail: SelectSlotDetail) => emit('clearclinic:select-slot', detail);

  const renderNow = () => {
    if (!connected) return;
    // Until there is data or a failure to show, the loader's placeholder says "loading": the
    // first render, with the widget's styles, replaces it (rendering a loading state first
    // cost 10–20 ms on the way to the first frame with data).
    if (!shown) {
      if (!state.data && !state.failure) return;
      if (takeOver === 'loading' || (takeOver && !takeOver.ready(state))) return;
      shown = true;
      adoptStyles(root);
      // Pre-rendered content is rendered over where it stands: Preact reuses its elements and
      // changes only what differs (its <slot> goes; its <link> once the rules are adopted).
      if (!takeOver) root.replaceChildren();
    }
    const first = !painted;
    render(<Widget model={widgetModel(state, onSelectSlot)} />, root);
    // The pre-rendered <link> goes once the same rules are adopted (Preact leaves a root's
    // children it did not match where they are).
    if (takeOver && first) for (const child of [...root.children]) if (child.localName === 'link') child.remove();
    if (state.data && !painted) {
      painted = true;
      // User Timing: the first frame with the hospital's data in it, and where that data came
      // from (taken now: by the frame, the publisher's answer may have replaced it).
      const detail = { id: el.id, fromCache: state.data.fromCache };
      requestAnimationFrame(() => performance.mark('clearclinic:render', { detail }));
    }
  };
  const queue = renderQueue(renderNow);
  if (takeOver)
    void import('./take-over')
      .then((m) => m.prerendered(el, state.parsed.attributes.view, () => rerender()))
      // Without its code the content is taken over as soon as there is a feed.
      .catch((): TakeOver => ({ ready: (s) => Boolean(s.data) }))
      .then((t) => {
        takeOver = t;
        rerender();
      });
  // The first frame with data is never delayed; later changes are coalesced.
  const rerender = () => (state.data && !painted ? renderNow() : queue());

  const onFeed = (event: FeedEvent) => {
    if (event.type === 'data') {
      if (event.feed !== state.data?.feed) state.engine = new ScheduleEngine(event.feed);
      state.data = event;
      if (!event.fromCache) state.failure = undefined;
      rerender();
      const { hospital, updatedAt } = event.feed;
      emit('clearclinic:load', { hospitalId: hospital.id, updatedAt, fromCache: event.fromCache });
      return;
    }
    state.failure = event;
    state.problems = undefined;
    rerender();
    describeFailure(
      event,
      state.parsed.attributes.lang,
      emit,
      () => state.failure === event,
      (problems) => {
        state.problems = problems;
        rerender();
      },
    );
  };

  let source: string | undefined;
  let stop: (() => void) | undefined;
  const subscribe = () => {
    const src = state.parsed.attributes.src;
    const next = feedSource(el, src);
    if (next.key === source) return;
    source = next.key;
    stop?.();
    state.data = state.engine = state.failure = state.problems = undefined;
    stop = startLoading(next, Boolean(src), early, readStored, onFeed);
  };

  // The language can come from an ancestor: follow changes of the closest [lang].
  let langObserver: MutationObserver | undefined;
  // The data's age is shown: refresh it every minute.
  let clock: ReturnType<typeof setInterval> | undefined;
  const reread = () => {
    state.parsed = readAttributes(el);
    subscribe();
    rerender();
  };

  // The styles are parsed now, while the feed loads, and adopted with the first render.
  styleSheet();
  return {
    connect() {
      connected = true;
      reread();
      const owner = el.parentElement?.closest('[lang]');
      langObserver = new MutationObserver(() => {
        state.parsed = readAttributes(el);
        rerender();
      });
      if (owner) langObserver.observe(owner, { attributes: true, attributeFilter: ['lang'] });
      clock = setInterval(rerender, 60_000);
    },
    disconnect() {
      connected = false;
      langObserver?.disconnect();
      clearInterval(clock);
      stop?.();
      stop = undefined;
      source = undefined;
    },
    attributesChanged: reread,
  };
}
