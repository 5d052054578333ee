/** The options page's form (extension.md, Options): language, size, theme, refresh interval, notifications. */
import { REFRESH_CHOICES, type Settings } from '../../utils/extension/settings';
import type { Lang } from '../../utils/i18n/local-text';
import { optionsText } from '../../utils/i18n/strings-extension';

export interface OptionsFormProps {
  settings: Settings;
  lang: Lang;
  /** Set after a change has been stored: announced politely. */
  saved: boolean;
  onChange(next: Settings): void;
}

export function OptionsForm({ settings, lang, saved, onChange }: OptionsFormProps) {
  const t = (key: Parameters<typeof optionsText>[1], params?: Record<string, string | number>) =>
    optionsText(lang, key, params);
  const radios = <K extends 'lang' | 'size' | 'theme'>(
    key: K,
    legend: string,
    choices: Array<[Settings[K], string]>,
  ) => (
    <fieldset>
      <legend>{legend}</legend>
      {choices.map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name={key}
            value={value}
            checked={settings[key] === value}
            onChange={() => onChange({ ...settings, [key]: value })}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
  return (
    <form id="options" onSubmit={(e) => e.preventDefault()}>
      {radios('lang', t('optionsLang'), [
        ['auto', t('optionsLangAuto')],
        ['zh-CN', '中文'],
        ['en', 'English'],
      ])}
      {radios('size', t('optionsSize'), [
        ['normal', t('optionsSizeNormal')],
        ['large', t('optionsSizeLarge')],
      ])}
      {radios('theme', t('optionsTheme'), [
        ['auto', t('optionsThemeAuto')],
        ['light', t('optionsThemeLight')],
        ['dark', t('optionsThemeDark')],
      ])}
      <p>
        <label>
          {t('optionsRefresh')}{' '}
          <select
            name="refreshHours"
            value={String(settings.refreshHours)}
            onChange={(e) => onChange({ ...settings, refreshHours: Number(e.currentTarget.value) })}
          >
            {REFRESH_CHOICES.map((n) => (
              <option key={n} value={String(n)}>
                {t('optionsEvery', { n })}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            name="notifications"
            checked={settings.notifications}
            onChange={(e) => onChange({ ...settings, notifications: e.currentTarget.checked })}
          />
          {t('optionsNotify')}
        </label>
      </p>
      <p role="status" class="status">
        {saved ? t('optionsSaved') : ''}
      </p>
    </form>
  );
}
