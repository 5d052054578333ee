import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/extension-page.css';
import { applyLook } from '../../components/extension/apply-look';
import { Dashboard, type DashboardActions } from '../../components/extension/Dashboard';
import { openDexieStore } from '../../utils/cache/dexie-store';
import { provideFeedStore } from '../../utils/cache/open-store';
import { parseDate } from '../../utils/date/civil';
import { todayIn } from '../../utils/date/zone';
import { createDashboard } from '../../utils/extension/adapters/dashboard-state';
import { digestingStore } from '../../utils/extension/adapters/schedule-digest';
import {
  keptNoticesItem,
  pendingItem,
  readSettings,
  refreshProblemsItem,
  savedItem,
  settingsItem,
  sizeOfferedItem,
} from '../../utils/extension/adapters/storage-items';
import { nextWeekendDay } from '../../utils/extension/open-when';
import { normalizeSettings } from '../../utils/extension/settings';
import { dashboardText } from '../../utils/i18n/strings-extension';

const app = document.getElementById('app')!;
// Every copy this page stores (adding, importing, the widget in the hospital view) keeps its digest for the popup.
const store = openDexieStore().then(digestingStore);
provideFeedStore(store);
const dashboard = createDashboard({
  store,
  readSettings,
  readList: () => savedItem.getValue(),
  readPending: () => pendingItem.getValue(),
  readProblems: () => refreshProblemsItem.getValue(),
  readKept: () => keptNoticesItem.getValue(),
  browserLang: browser.i18n.getUILanguage(),
});
const optionsUrl = (browser.runtime.getURL as (path: string) => string)('/options.html');
// A failed change leaves the list as it was, and the page shows the list as stored.
const quietly = (done: Promise<unknown>) => void done.catch(() => undefined);
const actions: DashboardActions = {
  ...dashboard.actions,
  forget: (removed) => quietly(dashboard.actions.forget(removed)),
  move: (id, by) => quietly(dashboard.actions.move(id, by)),
  dropPending: (address) => quietly(dashboard.actions.dropPending(address)),
};

let offerLarge = false;

function draw() {
  const { settings, lang, saved, pending } = dashboard.snapshot();
  const now = Date.now();
  // Dates in China's zone, as the feeds' (each hospital's own days come from its engine).
  const today = parseDate(todayIn('Asia/Shanghai', now))!;
  applyLook(document.documentElement, settings, lang);
  document.title = dashboardText(lang, 'dashboardTitle');
  render(
    <Dashboard
      lang={lang}
      settings={settings}
      now={now}
      today={today}
      weekendDay={nextWeekendDay(today)}
      saved={saved}
      pending={pending}
      route={location.hash}
      actions={actions}
      optionsUrl={optionsUrl}
      offerLarge={offerLarge}
      onChooseSize={(size) => {
        offerLarge = false;
        quietly(Promise.all([settingsItem.setValue({ ...settings, size }), sizeOfferedItem.setValue(true)]));
        draw();
      }}
    />,
    app,
  );
}

const reload = () => dashboard.reload().then(draw);

async function start() {
  const offered = sizeOfferedItem.getValue().catch(() => true);
  await dashboard.loadSettings();
  // Offered until answered, unless large text is already chosen.
  offerLarge = !(await offered) && dashboard.snapshot().settings.size === 'normal';
  await reload();
  // User Timing: the saved hospitals and open-when are on screen (`npm run bench:extension` reads it).
  performance.mark('clearclinic:dashboard-ready');
  savedItem.watch(() => quietly(reload()));
  pendingItem.watch(() => quietly(reload()));
  refreshProblemsItem.watch(() => quietly(reload()));
  keptNoticesItem.watch(() => quietly(reload()));
  // What was added or imported without a network is fetched as soon as it is back (and now, if it is).
  const catchUp = () => quietly(dashboard.actions.catchUp());
  addEventListener('online', catchUp);
  if (navigator.onLine) catchUp();
  settingsItem.watch((next) => {
    dashboard.setSettings(normalizeSettings(next));
    draw();
  });
  addEventListener('hashchange', draw);
}

void start();
