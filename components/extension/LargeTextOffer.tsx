/**
 * Large text offered on first use (extension.md, Must: readable by elderly users), not only in
 * the options: one question, two answers, asked once per browser. Either answer is kept.
 */
import type { Lang } from '../../utils/i18n/local-text';
import { dashboardText } from '../../utils/i18n/strings-extension';

export function LargeTextOffer({ lang, onChoose }: { lang: Lang; onChoose(size: 'normal' | 'large'): void }) {
  return (
    <aside id="large-offer" class="offer" aria-labelledby="large-offer-text">
      <p id="large-offer-text" class="large-sample">
        {dashboardText(lang, 'largeOffer')}
      </p>
      <p class="choices">
        <button type="button" data-size="large" onClick={() => onChoose('large')}>
          {dashboardText(lang, 'largeYes')}
        </button>{' '}
        <button type="button" class="secondary" data-size="normal" onClick={() => onChoose('normal')}>
          {dashboardText(lang, 'largeNo')}
        </button>
      </p>
    </aside>
  );
}
