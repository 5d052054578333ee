/** A view whose code loads when it is first shown (slots, waits, guide are not in the first render). */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../utils/i18n/strings';
import type { WidgetModel } from './Widget';

type ViewModule = { default: FunctionComponent<{ model: WidgetModel }> };
const loaders: Record<'slots' | 'waits' | 'guide', () => Promise<ViewModule>> = {
  slots: () => import('./SlotsView'),
  waits: () => import('./WaitsView'),
  guide: () => import('./GuideView'),
};
const loaded = new Map<string, FunctionComponent<{ model: WidgetModel }>>();

export function LazyView({ model, view }: { model: WidgetModel; view: keyof typeof loaders }) {
  // The view's code comes from the page-wide cache, so it always matches `view`; a load re-renders.
  const View = loaded.get(view);
  const [, setLoads] = useState(0);
  useEffect(() => {
    if (View) return;
    let live = true;
    loaders[view]().then((m) => {
      loaded.set(view, m.default);
      if (live) setLoads((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [view, View]);
  return View ? (
    <View model={model} />
  ) : (
    <p class="cc-muted" role="status">
      {t(model.lang, 'loading')}
    </p>
  );
}
