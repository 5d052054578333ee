import { render } from 'preact';
import '../../components/extension-page.css';
import { applyLook } from '../../components/apply-look';
import { Popup, type SiteState } from '../../components/extension/Popup';
import { openDexieStore } from '../../utils/cache/dexie-store';
import { addHospital } from '../../utils/extension/add-hospital';
import type { PageFeeds } from '../../utils/extension/page-feeds';
import { readSavedFeeds, type SavedFeed } from '../../utils/extension/saved-feeds';
import { siteFeed } from '../../utils/extension/site-feed';
import { readSettings, savedItem } from '../../utils/extension/storage-items';
import { uiLang } from '../../utils/extension/ui-lang';

const app = document.getElementById('app')!;
const dashboardUrl = (browser.runtime.getURL as (path: string) => string)('/dashboard.html');
const store = openDexieStore();

async function start() {
  const settings = await readSettings();
  const lang = uiLang(settings, browser.i18n.getUILanguage());
  applyLook(document.documentElement, settings, lang);
  // The <title> is the action's default title in the manifest (__MSG_extName__); the page's own is set here.
  document.title = browser.i18n.getMessage('extName');
  let site: SiteState = { state: 'looking' };
  let saved: SavedFeed[] = [];
  const draw = () =>
    render(
      <Popup
        lang={lang}
        now={Date.now()}
        site={site}
        saved={saved}
        dashboardUrl={dashboardUrl}
        onSave={async (found) => {
          const outcome = await addHospital(found.feedUrl, { store: await store, lang });
          site = { state: 'found', site: found, saved: outcome.ok, message: outcome.message };
          draw();
        }}
      />,
      app,
    );
  const showSaved = async () => {
    saved = await readSavedFeeds(await savedItem.getValue(), await store);
    draw();
  };
  // The saved hospitals first, from the cache; the current site's feed may take a request.
  await showSaved();
  savedItem.watch(() => void showSaved());
  // The tab the popup was opened over; `?tab=<id>` names one when the popup is opened as a page (tests, Firefox for Android).
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  const tab = Number.isInteger(asked) && asked > 0 ? await browser.tabs.get(asked).catch(() => undefined) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const named = await (tab?.id !== undefined ? browser.tabs.sendMessage(tab.id, { type: 'clearclinic:which-feeds' }) : Promise.resolve(undefined)).catch(() => undefined);
  const found = await siteFeed(tab?.url, (named as PageFeeds | undefined)?.urls ?? []);
  site = found ? { state: 'found', site: found, saved: saved.some((s) => s.hospital.id === found.feed.hospital.id) } : { state: 'none' };
  draw();
}

void start();
