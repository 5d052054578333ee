import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/extension-page.css';
import { applyLook } from '../../components/extension/apply-look';
import { Popup } from '../../components/extension/Popup';
import { savedName } from '../../components/extension/SavedHospitals';
import { readStoredFeed } from '../../utils/cache/read-stored-feed';
import type { SiteState } from '../../utils/extension/adapters/popup-site';
import { lookUpSite, popupTab, saveSite } from '../../utils/extension/adapters/popup-site';
import { readPageActions } from '../../utils/extension/adapters/read-page-actions';
import {
  digestingStore,
  digestsFirst,
  readGlances,
  writeGlances,
} from '../../utils/extension/adapters/schedule-digest';
import {
  keptNoticesItem,
  readSettings,
  refreshProblemsItem,
  savedItem,
  settingsItem,
  sizeOfferedItem,
} from '../../utils/extension/adapters/storage-items';
import { uiLang } from '../../utils/extension/adapters/ui-lang';
import { markFeedProblem } from '../../utils/extension/badge';
import { keptNoteFor } from '../../utils/extension/kept-notices';
import { type PopupEntry, popupGlances } from '../../utils/extension/popup-glances';

const app = document.getElementById('app')!;
const dashboardUrl = (browser.runtime.getURL as (path: string) => string)('/dashboard.html');

async function start() {
  // The settings and the saved list in one round of reads.
  const list = savedItem.getValue();
  const offered = sizeOfferedItem.getValue().catch(() => true);
  let settings = await readSettings();
  // Large text is offered on first use, until answered (unless already chosen).
  let offerLarge = !(await offered) && settings.size === 'normal';
  const lang = uiLang(settings, browser.i18n.getUILanguage());
  applyLook(document.documentElement, settings, lang);
  // The <title> is the action's default title in the manifest (__MSG_extName__); the page's own is set here.
  document.title = browser.i18n.getMessage('extName');
  let site: SiteState = { state: 'looking' };
  let tab: Awaited<ReturnType<typeof popupTab>>;
  /** The hospitals a page can be read against: the current site's first when it is saved, then the rest. */
  const readTargets = () => {
    const own = site.state === 'found' ? site.site.feed.hospital.id : undefined;
    const list = saved.map((s) => ({ id: s.hospital.id, name: savedName(s, lang) }));
    return [...list.filter((h) => h.id === own), ...list.filter((h) => h.id !== own)];
  };
  let saved: PopupEntry[] = [];
  const draw = () =>
    render(
      <Popup
        lang={lang}
        now={Date.now()}
        site={site}
        saved={saved}
        dashboardUrl={dashboardUrl}
        offerLarge={offerLarge}
        onChooseSize={(size) => {
          offerLarge = false;
          settings = { ...settings, size };
          applyLook(document.documentElement, settings, lang);
          draw();
          void Promise.all([settingsItem.setValue(settings), sizeOfferedItem.setValue(true)]).catch(() => undefined);
        }}
        onSave={() => {
          saveSite(site, async (feedUrl) => {
            // Saving loads what only saving needs (Dexie, the validator with its messages).
            const [{ addHospital }, { openDexieStore }] = await Promise.all([
              import('../../utils/extension/adapters/add-hospital'),
              import('../../utils/cache/dexie-store'),
            ]);
            return addHospital(feedUrl, { store: digestingStore(await openDexieStore()), lang });
          })
            .then((next) => {
              site = next;
              draw();
            })
            .catch(() => undefined); // the popup closed meanwhile
        }}
        readPage={readPageActions(browser, tab, readTargets(), saved, lang)}
        onAdd={async (address) => {
          const [{ addOrKeep }, { openDexieStore }] = await Promise.all([
            import('../../utils/extension/adapters/saved-actions'),
            import('../../utils/cache/dexie-store'),
          ]);
          return addOrKeep(address, { store: digestingStore(await openDexieStore()), lang });
        }}
      />,
      app,
    );
  const showSaved = async (first?: boolean) => {
    const problems = refreshProblemsItem
      .getValue()
      .catch(() => ({}) as Awaited<ReturnType<typeof refreshProblemsItem.getValue>>);
    const entries = await popupGlances(await (first ? list : savedItem.getValue()), Date.now(), lang, {
      readGlances,
      writeGlances,
      read: digestsFirst((urls) => Promise.all(urls.map(readStoredFeed))),
    });
    const failed = await problems;
    const kept = await keptNoticesItem.getValue().catch(() => []);
    saved = entries.map((e) => {
      const problem = failed[e.hospital.feedUrl];
      const keptNote = keptNoteFor(kept, e.hospital.id, lang);
      return { ...e, ...(problem && { problem }), ...(keptNote && { keptNote }) };
    });
    draw();
  };
  // The saved hospitals first, from the cache; the current site's feed may take a request.
  await showSaved(true);
  // User Timing: the summary from the cache is on screen (`npm run bench:extension` reads it).
  performance.mark('clearclinic:popup-summary');
  savedItem.watch(() => void showSaved());
  refreshProblemsItem.watch(() => void showSaved());
  keptNoticesItem.watch(() => void showSaved());
  tab = await popupTab(browser, location.search);
  site = await lookUpSite(browser, tab, new Set(saved.map((s) => s.hospital.id)), Date.now(), lang);
  draw();
  // The badge stops claiming a good feed once the popup has found it is not.
  if (site.state === 'broken' && tab?.id !== undefined) await markFeedProblem(browser, tab.id).catch(() => undefined);
}

void start();
