import { render } from 'preact';
import '../../components/extension-page.css';
import { applyLook } from '../../components/apply-look';
import { Popup, type SiteState } from '../../components/extension/Popup';
import { readStoredFeed } from '../../utils/cache/read-stored-feed';
import type { PageFeeds } from '../../utils/extension/page-feeds';
import { type PopupEntry, popupGlances } from '../../utils/extension/popup-glances';
import { digestingStore, digestsFirst, readGlances, writeGlances } from '../../utils/extension/schedule-digest';
import { readSettings, savedItem } from '../../utils/extension/storage-items';
import { uiLang } from '../../utils/extension/ui-lang';

const app = document.getElementById('app')!;
const dashboardUrl = (browser.runtime.getURL as (path: string) => string)('/dashboard.html');

async function start() {
  // The settings and the saved list in one round of reads.
  const list = savedItem.getValue();
  const settings = await readSettings();
  const lang = uiLang(settings, browser.i18n.getUILanguage());
  applyLook(document.documentElement, settings, lang);
  // The <title> is the action's default title in the manifest (__MSG_extName__); the page's own is set here.
  document.title = browser.i18n.getMessage('extName');
  let site: SiteState = { state: 'looking' };
  let saved: PopupEntry[] = [];
  const draw = () =>
    render(
      <Popup
        lang={lang}
        now={Date.now()}
        site={site}
        saved={saved}
        dashboardUrl={dashboardUrl}
        onSave={async (found) => {
          // Saving loads what only saving needs (Dexie, the validator with its messages).
          const [{ addHospital }, { openDexieStore }] = await Promise.all([
            import('../../utils/extension/add-hospital'),
            import('../../utils/cache/dexie-store'),
          ]);
          const outcome = await addHospital(found.feedUrl, { store: digestingStore(await openDexieStore()), lang });
          if (site.state === 'found') site = { ...site, saved: outcome.ok, message: outcome.message };
          draw();
        }}
      />,
      app,
    );
  const showSaved = async (first?: boolean) => {
    saved = await popupGlances(await (first ? list : savedItem.getValue()), Date.now(), lang, {
      readGlances,
      writeGlances,
      read: digestsFirst((urls) => Promise.all(urls.map(readStoredFeed))),
    });
    draw();
  };
  // The saved hospitals first, from the cache; the current site's feed may take a request.
  await showSaved(true);
  // User Timing: the summary from the cache is on screen (`npm run bench:extension` reads it).
  performance.mark('clearclinic:popup-summary');
  savedItem.watch(() => void showSaved());
  // The tab the popup was opened over; `?tab=<id>` names one when the popup is opened as a page (tests, Firefox for Android).
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  const tab =
    Number.isInteger(asked) && asked > 0
      ? await browser.tabs.get(asked).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const named = await (tab?.id !== undefined
    ? browser.tabs.sendMessage(tab.id, { type: 'clearclinic:which-feeds' })
    : Promise.resolve(undefined)
  ).catch(() => undefined);
  const { siteFeed, siteGlance } = await import('../../utils/extension/site-feed');
  const found = await siteFeed(tab?.url, (named as PageFeeds | undefined)?.urls ?? []);
  site = found
    ? {
        state: 'found',
        site: found,
        lines: siteGlance(found, Date.now(), lang),
        saved: saved.some((s) => s.hospital.id === found.feed.hospital.id),
      }
    : { state: 'none' };
  draw();
}

void start();
