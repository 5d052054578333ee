/**
 * One <clear-clinic> element's life: its attributes and inherited language, its feed
 * (cached, revalidated, shared per URL), its events, rendered with Preact into its shadow
 * root. Loaded by the loader on first connect. State is a handful of values, each change
 * followed by one render (Preact diffs it); no reactive library in the first render.
 */
import { render } from 'preact';
import { type SelectSlotDetail, Widget, type WidgetModel } from '../components/Widget';
import { type FeedData, type FeedEvent, type FeedFailure, inlineFeed, loadFeed } from '../utils/cache/load-feed';
import { markFeedsStored, mayHaveStoredFeeds, openFeedStore } from '../utils/cache/open-store';
import type { Problem } from '../utils/feed/messages';
import type { Finding } from '../utils/feed/problem-codes';
import { ScheduleEngine } from '../utils/schedule/engine';
import { parseAttributes, unknownDepartments } from './attributes';
import type { readStoredEarly, takeEarlyAnswer } from './early-start';
import { STYLES } from './styles';

export interface WidgetApp {
  connect(): void;
  disconnect(): void;
  attributesChanged(): void;
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

/**
 * `early` and `readStored` come from the loader: the feed's request and its stored copy's read,
 * both under way before this code loaded (widget/early-start.ts).
 */
export function createApp(
  el: HTMLElement,
  root: ShadowRoot,
  early: typeof takeEarlyAnswer,
  readStored: typeof readStoredEarly,
): WidgetApp {
  const read = () =>
    parseAttributes({
      src: el.getAttribute('src'),
      view: el.getAttribute('view'),
      department: el.getAttribute('department'),
      date: el.getAttribute('date'),
      lang: el.closest('[lang]')?.getAttribute('lang'),
      theme: el.getAttribute('theme'),
      size: el.getAttribute('size'),
    });
  let parsed = read();
  let data: FeedData | undefined;
  let engine: ScheduleEngine | undefined;
  let failure: FeedFailure | undefined;
  let problems: Problem[] | undefined;
  let connected = false;
  let painted = false;
  let shown = false;

  const emit = (name: string, detail: unknown) =>
    el.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  const onSelectSlot = (detail: SelectSlotDetail) => emit('clearclinic:select-slot', detail);

  // Renders are coalesced: several changes in one task (the cached copy, then the
  // publisher's "unchanged") make one render, not two before the first paint.
  let queued = false;
  const rerender = () => {
    // The first frame with data is never delayed; later changes are coalesced.
    if (data && !painted) return renderNow();
    if (queued) return;
    queued = true;
    channel.port2.postMessage(0);
  };
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    queued = false;
    renderNow();
  };
  const renderNow = () => {
    if (!connected) return;
    // Until there is data or a failure to show, the loader's placeholder says "loading": the
    // first render, with the widget's styles, replaces it (rendering a loading state first
    // cost 10–20 ms on the way to the first frame with data).
    if (!shown) {
      if (!data && !failure) return;
      shown = true;
      adoptStyles(root);
      root.replaceChildren();
    }
    const { attributes } = parsed;
    const notes = [...parsed.notes];
    if (engine) {
      for (const id of unknownDepartments(attributes.departments, engine.departmentIds))
        notes.push({ name: 'department', value: id, fallback: '—' });
    }
    const model: WidgetModel = {
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
    render(<Widget model={model} />, root);
    if (data && !painted) {
      painted = true;
      // User Timing: the first frame with the hospital's data in it, and where that data came
      // from (taken now: by the frame, the publisher's answer may have replaced it).
      const detail = { id: el.id, fromCache: data.fromCache };
      requestAnimationFrame(() => performance.mark('clearclinic:render', { detail }));
    }
  };

  const onFeed = (event: FeedEvent) => {
    if (event.type === 'data') {
      if (event.feed !== data?.feed) engine = new ScheduleEngine(event.feed);
      data = event;
      if (!event.fromCache) failure = undefined;
      rerender();
      emit('clearclinic:load', {
        hospitalId: event.feed.hospital.id,
        updatedAt: event.feed.updatedAt,
        fromCache: event.fromCache,
      });
      return;
    }
    failure = event;
    problems = undefined;
    rerender();
    // The words of failures load only when there is one.
    void import('../components/FailureAlert').then(({ failureMessage }) =>
      emit('clearclinic:error', { code: event.code, message: failureMessage(event, parsed.attributes.lang) }),
    );
    if (event.findings?.length) {
      // The problems' words load only when there are problems to show.
      const show = (words: (f: Finding) => Problem) => {
        if (failure !== event) return;
        problems = event.findings!.filter((f) => f.severity === 'error').map(words);
        rerender();
      };
      import('../utils/feed/messages').then(
        ({ describe }) => show((f) => describe(f, parsed.attributes.lang)),
        // Without their words (offline, the chunk never fetched) the problems still show, by code.
        () => show((f) => ({ ...f, message: f.code, hint: '' })),
      );
    }
  };

  let source: string | undefined;
  let stop: (() => void) | undefined;
  const subscribe = () => {
    const src = parsed.attributes.src;
    const inline = src ? undefined : (el.querySelector('script[type="application/json"]')?.textContent ?? undefined);
    const key = src
      ? new URL(src, el.ownerDocument.baseURI).href
      : inline !== undefined
        ? `inline:${inline.length}:${inline.slice(0, 64)}`
        : 'none';
    if (key === source) return;
    source = key;
    stop?.();
    stop = undefined;
    data = engine = failure = problems = undefined;
    if (src) {
      stop = loadFeed(
        key,
        {
          store: openFeedStore,
          mayHaveCache: mayHaveStoredFeeds(),
          onStored: markFeedsStored,
          readStored,
          early: early(key),
        },
        onFeed,
      );
    } else if (inline !== undefined) {
      void inlineFeed(inline, 'inline:', Date.now()).then((event) => source === key && onFeed(event));
    } else {
      onFeed({ type: 'error', url: '', code: 'no-source', hasData: false });
    }
  };

  // The language can come from an ancestor: follow changes of the closest [lang].
  let langObserver: MutationObserver | undefined;
  // The data's age is shown: refresh it every minute.
  let clock: ReturnType<typeof setInterval> | undefined;

  // The styles are parsed now, while the feed loads, and adopted with the first render.
  styleSheet();
  return {
    connect() {
      connected = true;
      parsed = read();
      subscribe();
      rerender();
      const owner = el.parentElement?.closest('[lang]');
      langObserver = new MutationObserver(() => {
        parsed = read();
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
    attributesChanged() {
      parsed = read();
      subscribe();
      rerender();
    },
  };
}
