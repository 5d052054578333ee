/**
 * The evaluator's audit (extension.md, Dashboard › Audit): one saved hospital, all of them, or a
 * pasted list of URLs, against a profile and a date; each finding with its evidence; CSV and
 * HTML exports made by the same code as `clearclinic audit --format csv|html`.
 */
import { useState } from 'preact/hooks';
import { reportCsv } from '../../utils/audit/formats/csv';
import { reportHtml } from '../../utils/audit/formats/html';
import { reportSummary, ruleLabel, statusLabel } from '../../utils/audit/formats/labels';
import { BUILT_IN_PROFILES } from '../../utils/audit/profile';
import { type AuditInput, type AuditReport, buildReport } from '../../utils/audit/report';
import type { RuleResult } from '../../utils/audit/types';
import { type DayNumber, formatDate, parseDate } from '../../utils/date/civil';
import { pastedUrls, savedAuditInputs, urlAuditInputs } from '../../utils/extension/adapters/audit-sources';
import type { SavedFeed } from '../../utils/extension/saved-feeds';
import { type Lang, textIn } from '../../utils/i18n/local-text';
import { auditText, dashboardText } from '../../utils/i18n/strings-extension';
import { keyed } from '../keyed';
import { download } from './download';
import { savedName } from './SavedHospitals';

export interface AuditPanelProps {
  saved: readonly SavedFeed[];
  /** The chosen saved hospitals with their whole stored feeds (the list above may hold digests). */
  readFull(hospitals: readonly SavedFeed[]): Promise<SavedFeed[]>;
  lang: Lang;
  /** The default as-of date (today in China, as the CLI's default). */
  today: DayNumber;
  fetcher?: typeof fetch;
}

export function AuditPanel({ saved, readFull, lang, today, fetcher }: AuditPanelProps) {
  const [scope, setScope] = useState<'one' | 'all' | 'urls'>(saved.length ? 'all' : 'urls');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [report, setReport] = useState<AuditReport | undefined>();
  const a = (key: Parameters<typeof auditText>[1], params?: Record<string, string | number>) =>
    auditText(lang, key, params);

  const run = async (data: FormData) => {
    const asOfText = String(data.get('asOf') ?? '');
    const asOf = parseDate(asOfText);
    if (asOf === undefined) return setProblem(dashboardText(lang, 'badDate', { value: asOfText.slice(0, 40) }));
    const profile = BUILT_IN_PROFILES[String(data.get('profile'))] ?? BUILT_IN_PROFILES['liaoning-2025']!;
    let inputs: AuditInput[];
    if (scope === 'urls') {
      const urls = pastedUrls(String(data.get('urls') ?? ''));
      if (!urls.length) return setProblem(a('auditNoUrls'));
      setBusy(true);
      inputs = await urlAuditInputs(urls, lang, fetcher);
    } else {
      if (!saved.length) return setProblem(a('auditNoSaved'));
      const chosen = scope === 'one' ? saved.filter((s) => s.hospital.id === data.get('hospital')) : saved;
      setBusy(true);
      inputs = savedAuditInputs(await readFull(chosen), lang);
    }
    setProblem(undefined);
    setReport(buildReport(profile, asOf, inputs, lang));
    setBusy(false);
  };

  return (
    <>
      <form
        id="audit"
        onSubmit={(event) => {
          event.preventDefault();
          void run(new FormData(event.currentTarget)).finally(() => setBusy(false));
        }}
      >
        <fieldset>
          <legend>{a('auditScope')}</legend>
          {(
            [
              ['one', a('auditOne')],
              ['all', a('auditAll')],
              ['urls', a('auditUrls')],
            ] as const
          ).map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="scope"
                value={value}
                checked={scope === value}
                onChange={() => setScope(value)}
                disabled={value !== 'urls' && !saved.length}
              />
              {label}
            </label>
          ))}
          {scope === 'one' && (
            <label class="field">
              <span>{a('auditHospital')}</span>
              <select name="hospital">
                {saved.map((s) => (
                  <option key={s.hospital.id} value={s.hospital.id}>
                    {savedName(s, lang)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {scope === 'urls' && (
            <label class="field block">
              <span>{a('auditUrls')}</span>
              <textarea name="urls" rows={4} spellcheck={false} placeholder="https://" />
            </label>
          )}
        </fieldset>
        <label class="field">
          <span>{a('auditProfile')}</span>
          <select name="profile">
            {Object.entries(BUILT_IN_PROFILES).map(([name, profile]) => (
              <option key={name} value={name}>
                {textIn(profile.title, lang)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{a('auditAsOf')}</span>
          <input name="asOf" type="date" defaultValue={formatDate(today)} required />
        </label>
        <button type="submit" disabled={busy}>
          {a('auditRun')}
        </button>
        <p class={problem ? 'status error' : 'status'} role="status">
          {busy ? a('auditRunning') : problem}
        </p>
      </form>
      {report && (
        <div id="audit-results">
          <p class="summary">{reportSummary(report, lang)}</p>
          {report.notes?.map((note) => (
            <p key={note} class="note" role="note">
              {note}
            </p>
          ))}
          <p class="transfer">
            <button
              type="button"
              onClick={() => download(reportCsv(report), `clearclinic-audit-${report.asOf}.csv`, 'text/csv')}
            >
              {a('auditExportCsv')}
            </button>
            <button
              type="button"
              onClick={() => download(reportHtml(report, lang), `clearclinic-audit-${report.asOf}.html`, 'text/html')}
            >
              {a('auditExportHtml')}
            </button>
          </p>
          {keyed(report.hospitals, (h) => h.source).map(([key, h]) => (
            <section key={key} class="audited" data-source={h.source} data-audited-id={h.hospitalId}>
              <h3>{h.name ?? h.source}</h3>
              <p class="meta">
                {[h.hospitalId, h.province && `${h.province}${h.city ?? ''}`, h.source].filter(Boolean).join(' · ')}
              </p>
              {h.error !== undefined && (
                <p class="status error">{`${statusLabel('error', lang)}${sep(lang)}${h.error}`}</p>
              )}
              {h.inScope === false && <p class="meta">{a('auditOutOfScope')}</p>}
              {h.results && <Findings results={h.results} lang={lang} />}
            </section>
          ))}
          {report.region.length > 0 && (
            <section class="audited">
              <h3>{a('auditRegion')}</h3>
              <Findings
                results={report.region.map((r) => ({ ...r, message: `${r.scope}${sep(lang)}${r.message}` }))}
                lang={lang}
              />
            </section>
          )}
        </div>
      )}
    </>
  );
}

const sep = (lang: Lang) => (lang === 'en' ? ': ' : '：');

function Findings({ results, lang }: { results: readonly RuleResult[]; lang: Lang }) {
  return (
    <ul class="findings">
      {keyed(results, (r) => r.rule).map(([key, r]) => (
        <li key={key} data-rule={r.rule} data-status={r.status}>
          <strong class={`verdict ${r.status.replace('/', '')}`}>{statusLabel(r.status, lang)}</strong>{' '}
          {ruleLabel(r.rule, lang)}
          {sep(lang)}
          {r.message}
          {r.evidence.length > 0 && (
            <details>
              <summary>{auditText(lang, 'auditEvidence')}</summary>
              <ul class="evidence">
                {keyed(r.evidence, (e) => e).map(([key, e]) => (
                  <li key={key}>
                    <code>{e}</code>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
