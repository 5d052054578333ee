/** Puts the user's size and theme on an extension page's root (the CSS in extension-page.css reads them). */
import type { Settings } from '../../utils/extension/settings';
import type { Lang } from '../../utils/i18n/local-text';

export function applyLook(root: HTMLElement, settings: Settings, lang: Lang): void {
  root.dataset.size = settings.size;
  if (settings.theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  root.lang = lang;
}
