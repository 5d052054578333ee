/** The whole widget: hospital name, data age, alerts, and the chosen view (or all as tabs). */

import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FeedData, FeedFailure } from '../utils/cache/load-feed';
import type { DayNumber } from '../utils/date/civil';
import type { Problem } from '../utils/feed/messages';
import { type Lang, textIn } from '../utils/i18n/local-text';
import { t } from '../utils/i18n/strings';
import type { ScheduleEngine } from '../utils/schedule/engine';
import type { AttributeNote, View } from '../widget/attributes';
import { firstDay, HoursView } from './HoursView';
import { LazyView } from './LazyView';
import { NowLine } from './NowLine';
import { StatusBanner } from './StatusBanner';
import { Tabs } from './Tabs';

export interface SelectSlotDetail {
  department: string;
  start: string;
  end: string;
  bookingUrl: string | undefined;
}

/** What the widget shows. The element (or the extension) renders it again whenever any of it changes. */
export interface WidgetModel {
  lang: Lang;
  view: View;
  departments: string[] | undefined;
  /** The day the hours and slots views open on (YYYY-MM-DD); default today in the feed's zone. */
  date: string | undefined;
  data: FeedData | undefined;
  engine: ScheduleEngine | undefined;
  failure: FeedFailure | undefined;
  /** The failure's problems in words, once loaded. */
  problems: Problem[] | undefined;
  notes: AttributeNote[];
  now: number;
  onSelectSlot(detail: SelectSlotDetail): void;
}

/** What the views share: the day chosen and the department searched for stay in the others. */
export interface ViewModel extends WidgetModel {
  day: DayNumber;
  chooseDay(day: DayNumber): void;
  /** What the department filter holds (part="filter"). */
  query: string;
  setQuery(query: string): void;
}

const TABS: { view: Exclude<View, 'overview'>; label: 'tabHours' | 'tabSlots' | 'tabWaits' | 'tabGuide' }[] = [
  { view: 'hours', label: 'tabHours' },
  { view: 'slots', label: 'tabSlots' },
  { view: 'waits', label: 'tabWaits' },
  { view: 'guide', label: 'tabGuide' },
];

function ViewBody({ model, view }: { model: ViewModel; view: Exclude<View, 'overview'> }) {
  return view === 'hours' ? <HoursView model={model} /> : <LazyView key={view} model={model} view={view} />;
}

/**
 * The day the views show: the `date` attribute's (else today) until one is chosen; a new
 * attribute or a new today starts again from it. The filter's query is kept with it.
 */
function useViewModel(model: WidgetModel): ViewModel | undefined {
  const first = model.data && model.engine ? firstDay(model) : undefined;
  const [chosen, setChosen] = useState<{ from: DayNumber; day: DayNumber } | undefined>(undefined);
  const [query, setQuery] = useState('');
  if (first === undefined) return undefined;
  const day = chosen?.from === first ? chosen.day : first;
  return { ...model, day, chooseDay: (next) => setChosen({ from: first, day: next }), query, setQuery };
}

/**
 * The time, moved on at each minute: a page left open keeps "open now" true and never offers
 * a slot that has begun since it was drawn.
 */
function useMinuteClock(drawnAt: number): number {
  const [now, setNow] = useState(drawnAt);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const next = () => {
      timer = setTimeout(
        () => {
          setNow(Date.now());
          next();
        },
        60_000 - (Date.now() % 60_000) + 50,
      );
    };
    next();
    return () => clearTimeout(timer);
  }, []);
  return Math.max(now, drawnAt);
}

/** `children` go last inside the widget's root: the pre-rendered page's <noscript> (widget/prerender.tsx). */
export function Widget({ model: drawn, children }: { model: WidgetModel; children?: ComponentChildren }) {
  const widget = { ...drawn, now: useMinuteClock(drawn.now) };
  const lang = widget.lang;
  const data = widget.data;
  const view = widget.view;
  const viewModel = useViewModel(widget);
  const model = viewModel ?? widget;
  return (
    <div class="cc" part="root" lang={lang}>
      {data && (
        <header class="cc-head" part="header">
          <h2 class="cc-title" part="title">
            {textIn(data.feed.hospital.name, lang)}
          </h2>
          {model.engine && (
            <NowLine engine={model.engine} now={model.now} departments={model.departments} lang={lang} />
          )}
        </header>
      )}
      <StatusBanner model={model} />
      {viewModel &&
        (view === 'overview' ? (
          <Tabs
            label={t(lang, 'viewsLabel')}
            tabs={TABS.map((tab) => ({
              id: tab.view,
              label: t(lang, tab.label),
              render: () => <ViewBody model={viewModel} view={tab.view} />,
            }))}
          />
        ) : (
          <ViewBody model={viewModel} view={view} />
        ))}
      {!data && !model.failure && (
        <p class="cc-muted" role="status">
          {t(lang, 'loading')}
        </p>
      )}
      {children}
    </div>
  );
}
