/**
 * When the widget takes over content pre-rendered into its element (`clearclinic export html`):
 * once there is something at least as new to draw, and the view's code has loaded (a lazy view
 * would otherwise show "loading" over it for a moment). Until then, and when the feed cannot be
 * loaded at all, the pre-rendered content stays: it is the hospital's data as of its
 * `updatedAt` (the failure's event still fires). Loaded beside the feed, only for such an
 * element, so the first render's code does not carry it.
 */
import { loaders } from '../components/LazyView';
import { preload, QR_ENCODER } from '../components/use-lazy';
import type { AppState } from './app';
import type { View } from './attributes';

export interface TakeOver {
  /** Whether to render over the pre-rendered content with this state now. */
  ready(state: AppState): boolean;
}

/** Loads a view's code (and the QR encoder the guide draws with) before it is first shown. */
async function loadView(view: keyof typeof loaders): Promise<void> {
  const [code, qr] = await Promise.all([loaders[view](), view === 'guide' ? import('uqr') : undefined]);
  preload(`view:${view}`, code);
  if (qr) preload(QR_ENCODER, qr.encode);
}

/** `wake` is called when a wait (the view's code) is over. */
export function prerendered(el: HTMLElement, view: View, wake: () => void): TakeOver {
  const updatedAt = Date.parse(el.getAttribute('data-updated-at') ?? '');
  let viewReady = view === 'overview' || view === 'hours';
  if (!viewReady)
    void loadView(view as 'slots' | 'waits' | 'guide')
      .catch(() => {})
      .then(() => {
        viewReady = true;
        wake();
      });
  return {
    ready(state) {
      if (!state.data) return false; // a failure: the pre-rendered copy is the last good data
      // A stored copy older than the pre-render waits for the network's answer.
      const older = state.data.fromCache && Date.parse(state.data.feed.updatedAt) < updatedAt;
      return viewReady && !older;
    },
  };
}
