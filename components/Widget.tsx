/** The whole widget: hospital name, data age, alerts, and the chosen view (or all as tabs). */
import type { FeedData, FeedFailure } from '../utils/cache/load-feed';
import type { Problem } from '../utils/feed/messages';
import { type Lang, textIn } from '../utils/i18n/local-text';
import { t } from '../utils/i18n/strings';
import type { ScheduleEngine } from '../utils/schedule/engine';
import type { AttributeNote, View } from '../widget/attributes';
import { HoursView } from './HoursView';
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

const TABS: { view: Exclude<View, 'overview'>; label: 'tabHours' | 'tabSlots' | 'tabWaits' | 'tabGuide' }[] = [
  { view: 'hours', label: 'tabHours' },
  { view: 'slots', label: 'tabSlots' },
  { view: 'waits', label: 'tabWaits' },
  { view: 'guide', label: 'tabGuide' },
];

function ViewBody({ model, view }: { model: WidgetModel; view: Exclude<View, 'overview'> }) {
  return view === 'hours' ? <HoursView model={model} /> : <LazyView key={view} model={model} view={view} />;
}

export function Widget({ model }: { model: WidgetModel }) {
  const lang = model.lang;
  const data = model.data;
  const view = model.view;
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
      {data &&
        (view === 'overview' ? (
          <Tabs
            label={t(lang, 'viewsLabel')}
            tabs={TABS.map((tab) => ({
              id: tab.view,
              label: t(lang, tab.label),
              render: () => <ViewBody model={model} view={tab.view} />,
            }))}
          />
        ) : (
          <ViewBody model={model} view={view} />
        ))}
      {!data && !model.failure && (
        <p class="cc-muted" role="status">
          {t(lang, 'loading')}
        </p>
      )}
    </div>
  );
}
