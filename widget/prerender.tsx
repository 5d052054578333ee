/**
 * The <clear-clinic> element with its content rendered ahead of time (`clearclinic export
 * html`, the static site, the webmaster tools' "pre-rendered" snippet): a declarative shadow
 * root holding the markup the widget itself renders for that view on that day, styled by a
 * <link> to the widget's stylesheet (no inline style or script: it works under `style-src
 * 'self'`), and the attributes that reproduce it, with the feed's `updatedAt` as
 * `data-updated-at`. The widget's script, when it runs, takes this content over where it
 * stands (widget/app.tsx). Without scripts a <noscript> shows the next fifteen days at once and,
 * where the view has the guide, every item open with its QR code, and a link to the feed.
 * Everything from the feed is text, escaped by the renderer; URLs are http(s) only, as in the
 * widget. Pure: no DOM, no network; `now` is the moment it is rendered for.
 */
import { renderToString } from 'preact-render-to-string';
import { encode } from 'uqr';
import GuideView from '../components/GuideView';
import SlotsView from '../components/SlotsView';
import { StaticHours } from '../components/StaticHours';
import { preload, QR_ENCODER } from '../components/use-lazy';
import WaitsView from '../components/WaitsView';
import { Widget, type WidgetModel } from '../components/Widget';
import type { Feed } from '../utils/feed/schema';
import { escapeHtml } from '../utils/html/escape-html';
import { ScheduleEngine } from '../utils/schedule/engine';
import type { WidgetAttributes } from './attributes';

// Every view's code is here already: nothing renders as "loading".
preload('view:slots', SlotsView);
preload('view:waits', WaitsView);
preload('view:guide', GuideView);
preload(QR_ENCODER, encode);

export interface PrerenderOptions {
  feed: Feed;
  /** What the element shows; `src` is the feed's address the script loads (and the page links). */
  attributes: WidgetAttributes;
  /** The widget's stylesheet (widget.css beside widget.js). */
  stylesheet: string;
  /** The moment rendered for (ms since the epoch). */
  now: number;
}

/** The attributes that reproduce the view: each given one, the defaults left out but `lang`. */
function elementAttributes(a: WidgetAttributes, updatedAt: string): string {
  const pairs: [string, string | undefined][] = [
    ['src', a.src],
    ['view', a.view === 'overview' ? undefined : a.view],
    ['department', a.departments?.join(' ')],
    ['date', a.date],
    ['lang', a.lang],
    ['theme', a.theme === 'auto' ? undefined : a.theme],
    ['size', a.size === 'normal' ? undefined : a.size],
    ['data-updated-at', updatedAt],
  ];
  return pairs
    .filter((p): p is [string, string] => p[1] !== undefined && p[1] !== '')
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
}

/** The model the widget would draw for these attributes at `now`, with the feed loaded. */
export function prerenderModel(feed: Feed, a: WidgetAttributes, now: number): WidgetModel {
  return {
    lang: a.lang,
    view: a.view,
    departments: a.departments,
    date: a.date,
    data: { type: 'data', url: a.src ?? '', feed, fromCache: false, fetchedAt: now, warnings: [] },
    engine: new ScheduleEngine(feed),
    failure: undefined,
    problems: undefined,
    notes: [],
    now,
    onSelectSlot: () => {},
  };
}

/**
 * What reads without scripts: the fifteen days, the guide when the view has it, the feed's link.
 * It goes in the element's light DOM, after its shadow root, and shows through the <slot> the
 * shadow root ends with (widget/stylesheet.ts, NOSCRIPT_CSS, says why).
 */
export function NoScript({ model, feedUrl, stylesheet }: { model: WidgetModel; feedUrl?: string; stylesheet: string }) {
  const hours = <StaticHours model={model} feedUrl={feedUrl} />;
  const guide = (model.view === 'overview' || model.view === 'guide') && model.data?.feed.guide && (
    <GuideView model={model} allOpen />
  );
  // The view's own subject first: the guide view leads with the guide.
  return (
    <noscript>
      <link rel="stylesheet" href={stylesheet} />
      <div class="cc cc-light cc-noscript" lang={model.lang}>
        {model.view === 'guide' ? guide : hours}
        {model.view === 'guide' ? hours : guide}
      </div>
    </noscript>
  );
}

export function prerenderWidget({ feed, attributes, stylesheet, now }: PrerenderOptions): string {
  const model = prerenderModel(feed, attributes, now);
  const shadow = renderToString(
    <Widget model={model}>
      <slot />
    </Widget>,
  );
  const light = renderToString(<NoScript model={model} feedUrl={attributes.src} stylesheet={stylesheet} />);
  return (
    `<clear-clinic${elementAttributes(attributes, feed.updatedAt)}>` +
    `<template shadowrootmode="open"><link rel="stylesheet" href="${escapeHtml(stylesheet)}">${shadow}</template>` +
    `${light}</clear-clinic>`
  );
}
