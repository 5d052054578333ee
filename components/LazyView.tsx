/** A view whose code loads when it is first shown (slots, waits, guide are not in the first render). */
import type { FunctionComponent } from 'preact';
import { t } from '../utils/i18n/strings';
import { useLazy } from './use-lazy';
import type { ViewModel } from './Widget';

type View = FunctionComponent<{ model: ViewModel }>;
/** Each lazy view's code, under the name `view:<name>` (use-lazy.ts). */
export const loaders: Record<'slots' | 'waits' | 'guide', () => Promise<View>> = {
  slots: () => import('./SlotsView').then((m) => m.default),
  waits: () => import('./WaitsView').then((m) => m.default),
  guide: () => import('./GuideView').then((m) => m.default),
};

export function LazyView({ model, view }: { model: ViewModel; view: keyof typeof loaders }) {
  const lazy = useLazy(`view:${view}`, loaders[view]);
  if (lazy.state === 'ready') return <lazy.value model={model} />;
  if (lazy.state === 'failed') {
    return (
      <div class="cc-alert" role="alert">
        <p>{t(model.lang, 'viewLoadFailed')}</p>
        <button type="button" class="cc-button" onClick={lazy.retry}>
          {t(model.lang, 'retry')}
        </button>
      </div>
    );
  }
  return (
    <p class="cc-muted" role="status">
      {t(model.lang, 'loading')}
    </p>
  );
}
