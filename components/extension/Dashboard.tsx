/**
 * The dashboard (extension.md, Dashboard), in three places: the patient's (saved hospitals and
 * "open when", the default), the evaluator's audit at #/audit (also #evaluate), and one
 * hospital in full at #/hospital/<id>. Everything shown comes from the cache; the actions
 * (add, remove, reorder, import) are given by the entry point.
 */
import type { DayNumber } from '../../utils/date/civil';
import type { Removed } from '../../utils/extension/adapters/saved-actions';
import type { PendingAdd } from '../../utils/extension/adapters/storage-items';
import type { SavedFeed } from '../../utils/extension/saved-feeds';
import type { Settings } from '../../utils/extension/settings';
import type { Lang } from '../../utils/i18n/local-text';
import { dashboardText } from '../../utils/i18n/strings-extension';
import { AddHospitalForm, type AddResult } from './AddHospitalForm';
import { AuditPanel } from './AuditPanel';
import { HospitalPage } from './HospitalPage';
import { LargeTextOffer } from './LargeTextOffer';
import { ListTransfer } from './ListTransfer';
import { OpenWhen } from './OpenWhen';
import { type RefreshCounts, RefreshNow } from './RefreshNow';
import { SavedHospitals } from './SavedHospitals';

export interface DashboardActions {
  add(url: string): Promise<AddResult>;
  remove(id: string): Promise<Removed | undefined>;
  restore(removed: Removed): Promise<void>;
  forget(removed: Removed): void;
  move(id: string, by: number): void;
  dropPending(address: string): void;
  refreshNow(): Promise<RefreshCounts>;
  exportText(): string;
  /** Saved hospitals with their whole stored feeds (the page shows digests). */
  readFull(hospitals: readonly SavedFeed[]): Promise<SavedFeed[]>;
  importText(text: string, fileName: string): Promise<AddResult>;
}

export interface DashboardProps {
  lang: Lang;
  settings: Settings;
  now: number;
  /** The first day "open when" asks about, and the audit's default date. */
  weekendDay: DayNumber;
  today: DayNumber;
  saved: readonly SavedFeed[];
  /** Addresses waiting for the network. */
  pending?: readonly PendingAdd[];
  /** The location's hash: "#/hospital/<id>" shows one hospital. */
  route: string;
  actions: DashboardActions;
  optionsUrl?: string;
  /** First use: large text is offered until answered. */
  offerLarge?: boolean;
  onChooseSize?(size: 'normal' | 'large'): void;
}

/** Which place a location hash shows: the evaluator's audit has its own, apart from the patient's. */
export function dashboardPlace(route: string): 'patient' | 'audit' {
  return route === '#/audit' || route === '#evaluate' ? 'audit' : 'patient';
}

export function hospitalRoute(route: string): string | undefined {
  const match = /^#\/hospital\/(.+)$/.exec(route);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1];
  }
}

export function Dashboard(props: DashboardProps) {
  const { lang, saved, actions, now } = props;
  const d = (key: Parameters<typeof dashboardText>[1]) => dashboardText(lang, key);
  const id = hospitalRoute(props.route);
  if (id !== undefined) {
    return (
      <main>
        <HospitalPage id={id} entry={saved.find((s) => s.hospital.id === id)} lang={lang} settings={props.settings} />
      </main>
    );
  }
  const place = dashboardPlace(props.route);
  const here = (which: 'patient' | 'audit') => (place === which ? 'page' : undefined);
  return (
    <>
      <header>
        <h1>{d('dashboardTitle')}</h1>
        <nav aria-label={d('dashboardTitle')}>
          <a href="#saved" aria-current={here('patient')}>
            {d('navSaved')}
          </a>
          <a href="#when">{d('navOpenWhen')}</a>
          <a href="#/audit" aria-current={here('audit')}>
            {d('navAudit')}
          </a>
          {props.optionsUrl && <a href={props.optionsUrl}>{d('navOptions')}</a>}
        </nav>
      </header>
      {props.offerLarge && props.onChooseSize && <LargeTextOffer lang={lang} onChoose={props.onChooseSize} />}
      {place === 'audit' ? (
        <main>
          <section id="evaluate" aria-labelledby="evaluate-title">
            <h2 id="evaluate-title">{d('navAudit')}</h2>
            <AuditPanel saved={saved} readFull={actions.readFull} lang={lang} today={props.today} />
          </section>
        </main>
      ) : (
        <main>
          <section id="saved" aria-labelledby="saved-title">
            <h2 id="saved-title">{d('navSaved')}</h2>
            <AddHospitalForm lang={lang} onAdd={actions.add} />
            <RefreshNow lang={lang} onRefresh={actions.refreshNow} />
            <SavedHospitals
              saved={saved}
              pending={props.pending}
              lang={lang}
              now={now}
              onMove={actions.move}
              onRemove={actions.remove}
              onRestore={actions.restore}
              onForget={actions.forget}
              onDropPending={actions.dropPending}
            />
            <ListTransfer lang={lang} exportText={actions.exportText} onImport={actions.importText} />
          </section>
          <section id="when" aria-labelledby="when-title">
            <h2 id="when-title">{d('navOpenWhen')}</h2>
            <OpenWhen saved={saved} lang={lang} now={now} defaultDay={props.weekendDay} today={props.today} />
          </section>
        </main>
      )}
    </>
  );
}
