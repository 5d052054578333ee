import { render } from 'preact';
import { browser } from 'wxt/browser';
import { applyLook } from '../../components/extension/apply-look';
import '../../components/extension-page.css';
import { OptionsForm } from '../../components/extension/OptionsForm';
import { readSettings, settingsItem } from '../../utils/extension/adapters/storage-items';
import { uiLang } from '../../utils/extension/adapters/ui-lang';
import type { Settings } from '../../utils/extension/settings';
import { dashboardText, optionsText } from '../../utils/i18n/strings-extension';

const app = document.getElementById('app')!;
// getURL is typed to the entrypoints WXT has generated types for; the dashboard is one of ours.
const dashboardUrl = (browser.runtime.getURL as (path: string) => string)('/dashboard.html');

function show(settings: Settings, saved: boolean) {
  const lang = uiLang(settings, browser.i18n.getUILanguage());
  applyLook(document.documentElement, settings, lang);
  document.title = optionsText(lang, 'optionsTitle');
  render(
    <>
      <p>
        <a id="back-to-dashboard" href={dashboardUrl}>
          {dashboardText(lang, 'backToDashboard')}
        </a>
      </p>
      <h1>{optionsText(lang, 'optionsTitle')}</h1>
      <OptionsForm
        settings={settings}
        lang={lang}
        saved={saved}
        onChange={async (next) => {
          await settingsItem.setValue(next);
          show(next, true);
        }}
      />
    </>,
    app,
  );
}

void readSettings().then((settings) => show(settings, false));
