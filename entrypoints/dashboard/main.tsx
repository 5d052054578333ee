import { render } from 'preact';
import '../../components/extension-page.css';
import { applyLook } from '../../components/apply-look';
import { Dashboard, type DashboardActions } from '../../components/extension/Dashboard';
import { openDexieStore } from '../../utils/cache/dexie-store';
import { provideFeedStore } from '../../utils/cache/open-store';
import { parseDate } from '../../utils/date/civil';
import { todayIn } from '../../utils/date/zone';
import { addHospital } from '../../utils/extension/add-hospital';
import { nextWeekendDay } from '../../utils/extension/open-when';
import { importHospitals, moveHospital, removeHospital } from '../../utils/extension/saved-actions';
import { fromStore, readSavedFeeds, type SavedFeed } from '../../utils/extension/saved-feeds';
import { exportSaved, type SavedHospital } from '../../utils/extension/saved-hospitals';
import { digestingStore, digestsFirst } from '../../utils/extension/schedule-digest';
import {
  normalizeSettings,
  readSettings,
  type Settings,
  savedItem,
  settingsItem,
} from '../../utils/extension/storage-items';
import { uiLang } from '../../utils/extension/ui-lang';
import { dashboardText } from '../../utils/i18n/strings-extension';

const app = document.getElementById('app')!;
// Every copy this page stores (adding, importing, the widget in the hospital view) keeps its digest for the popup.
const store = openDexieStore().then(digestingStore);
provideFeedStore(store);
let settings: Settings;
let list: SavedHospital[] = [];
let saved: SavedFeed[] = [];
const lang = () => uiLang(settings, browser.i18n.getUILanguage());

const actions: DashboardActions = {
  add: async (url) => addHospital(url, { store: await store, lang: lang() }),
  remove: (id) => void store.then((s) => removeHospital(id, s)),
  move: (id, by) => void moveHospital(id, by),
  exportText: () => exportSaved(list),
  readFull: async (hospitals) =>
    readSavedFeeds(
      hospitals.map((h) => h.hospital),
      fromStore(await store),
    ),
  importText: async (text, fileName) => importHospitals(text, fileName, { store: await store, lang: lang() }),
};

function draw() {
  const now = Date.now();
  // Dates in China's zone, as the feeds' (each hospital's own days come from its engine).
  const today = parseDate(todayIn('Asia/Shanghai', now))!;
  applyLook(document.documentElement, settings, lang());
  document.title = dashboardText(lang(), 'dashboardTitle');
  render(
    <Dashboard
      lang={lang()}
      settings={settings}
      now={now}
      today={today}
      weekendDay={nextWeekendDay(today)}
      saved={saved}
      route={location.hash}
      actions={actions}
      optionsUrl={(browser.runtime.getURL as (path: string) => string)('/options.html')}
    />,
    app,
  );
}

async function reload() {
  list = await savedItem.getValue();
  // The list and open-when need only the schedules: digests, with whole feeds where there is none.
  saved = await readSavedFeeds(list, digestsFirst(fromStore(await store)));
  draw();
}

void readSettings().then(async (value) => {
  settings = value;
  await reload();
  // User Timing: the saved hospitals and open-when are on screen (`npm run bench:extension` reads it).
  performance.mark('clearclinic:dashboard-ready');
  savedItem.watch(() => void reload());
  settingsItem.watch((next) => {
    settings = normalizeSettings(next);
    draw();
  });
  addEventListener('hashchange', draw);
});
