/** The language the extension speaks: the user's choice, else the browser's, else zh-CN. */
import { type Lang, langFromTag } from '../../i18n/local-text';
import type { Settings } from '../settings';

export function uiLang(settings: Pick<Settings, 'lang'>, browserLanguage: string): Lang {
  return settings.lang !== 'auto' ? settings.lang : (langFromTag(browserLanguage) ?? 'zh-CN');
}
