/**
 * The popup (extension.md, Popup): the current site's hospital with its glance and Save, then
 * every saved hospital with the same glance from the cache (offline, with its data's age), and
 * a link to the dashboard.
 */

import type { SiteState } from '../../utils/extension/adapters/popup-site';
import type { SiteFeed } from '../../utils/extension/adapters/site-feed';
import type { PopupEntry } from '../../utils/extension/popup-glances';
import { type Lang, textIn } from '../../utils/i18n/local-text';
import { dashboardText, glanceText } from '../../utils/i18n/strings-extension';
import { AddHospitalForm, type AddResult } from './AddHospitalForm';
import { DataAge } from './DataAge';
import { GlanceCard } from './GlanceCard';
import { LargeTextOffer } from './LargeTextOffer';
import { ReadThisPage, type ReadThisPageProps } from './ReadThisPage';
import { RefreshProblemNote } from './RefreshProblemNote';
import { savedName } from './SavedHospitals';

export type { SiteState };

export interface PopupProps {
  lang: Lang;
  now: number;
  site: SiteState;
  saved: readonly PopupEntry[];
  dashboardUrl: string;
  onSave(site: SiteFeed): void;
  /** Adds a hospital by its site's address (the field below the saved list). */
  onAdd(address: string): Promise<AddResult>;
  /** "读取本页门诊安排": absent where there is no page to read (the popup opened without a tab). */
  readPage?: Omit<ReadThisPageProps, 'lang'>;
  /** First use: large text is offered until answered. */
  offerLarge?: boolean;
  onChooseSize?(size: 'normal' | 'large'): void;
}

export function Popup({
  lang,
  now,
  site,
  saved,
  dashboardUrl,
  onSave,
  onAdd,
  readPage,
  offerLarge,
  onChooseSize,
}: PopupProps) {
  const g = (key: Parameters<typeof glanceText>[1]) => glanceText(lang, key);
  return (
    <main>
      {offerLarge && onChooseSize && <LargeTextOffer lang={lang} onChoose={onChooseSize} />}
      <section id="this-site" aria-labelledby="this-site-title">
        <h1 id="this-site-title">{g('popupThisSite')}</h1>
        {site.state === 'looking' && <p class="status">{g('popupLooking')}</p>}
        {site.state === 'none' && <p class="status">{g('popupNoSite')}</p>}
        {site.state === 'broken' && (
          <p class="status error" role="alert" data-site-problem={site.problem.problem}>
            {g(site.problem.problem === 'refused' ? 'popupSiteRefused' : 'popupSiteUnreachable')}
          </p>
        )}
        {site.state === 'found' && (
          <article class="site" data-hospital-id={site.site.feed.hospital.id}>
            <h2>{textIn(site.site.feed.hospital.name, lang)}</h2>
            <GlanceCard lines={site.lines} lang={lang} />
            <button type="button" disabled={site.saved} onClick={() => onSave(site.site)}>
              {site.saved ? g('popupSaved') : g('popupSave')}
            </button>
            <p class="status" role="status">
              {site.message}
            </p>
          </article>
        )}
      </section>
      {readPage && <ReadThisPage lang={lang} {...readPage} />}
      <section id="saved" aria-labelledby="saved-title">
        <h2 id="saved-title">{dashboardText(lang, 'navSaved')}</h2>
        {saved.length === 0 && <p class="empty">{dashboardText(lang, 'savedEmpty')}</p>}
        {saved.map((entry) => (
          <article key={entry.hospital.id} class="saved-glance" data-hospital-id={entry.hospital.id}>
            <h3>
              <a
                href={`${dashboardUrl}#/hospital/${encodeURIComponent(entry.hospital.id)}`}
                target="_blank"
                rel="noopener"
              >
                {savedName(entry, lang)}
              </a>
            </h3>
            <DataAge fetchedAt={entry.fetchedAt} now={now} lang={lang} />
            {entry.problem && <RefreshProblemNote problem={entry.problem} lang={lang} hasCopy={!!entry.lines} />}
            {entry.keptNote && (
              <p class="pending" data-kept-note>
                {entry.keptNote}
              </p>
            )}
            {entry.lines && <GlanceCard lines={entry.lines} lang={lang} />}
          </article>
        ))}
        <AddHospitalForm lang={lang} onAdd={onAdd} />
      </section>
      <p>
        <a href={dashboardUrl} target="_blank" rel="noopener">
          {dashboardText(lang, 'openDashboard')}
        </a>
      </p>
    </main>
  );
}
