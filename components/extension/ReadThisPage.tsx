/**
 * "读取本页门诊安排" in the popup (extension.md, Read this page): on the click only, the page is
 * read as a holiday notice against a saved hospital's feed; what it understood is shown as a
 * date × department table with the lines it could not read, and can be kept with that hospital.
 */
import { useState } from 'preact/hooks';
import type { PageReading } from '../../utils/extension/adapters/read-page';
import type { Lang } from '../../utils/i18n/local-text';
import { glanceText } from '../../utils/i18n/strings-extension';
import { NoticeTableView } from '../NoticeTableView';

export interface ReadThisPageProps {
  lang: Lang;
  /** Saved hospitals to match the page against: id and name; the first is the default. */
  hospitals: readonly { id: string; name: string }[];
  onRead(hospitalId: string): Promise<PageReading | string>;
  onKeep(hospitalId: string, reading: PageReading): Promise<string>;
}

export function ReadThisPage({ lang, hospitals, onRead, onKeep }: ReadThisPageProps) {
  const d = (key: Parameters<typeof glanceText>[1], params?: Record<string, string | number>) =>
    glanceText(lang, key, params);
  const [hospital, setHospital] = useState(hospitals[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PageReading | undefined>();
  const [status, setStatus] = useState('');
  const read = async () => {
    setBusy(true);
    setStatus(d('readingPage'));
    const got = await onRead(hospital).catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
    setBusy(false);
    if (typeof got === 'string') {
      setResult(undefined);
      setStatus(got);
      return;
    }
    setResult(got);
    const n = got.reading.review.length;
    setStatus(got.reading.notice ? (n ? d('readPageReview', { n }) : d('readPageComplete')) : d('readPageNothing'));
  };
  return (
    <section id="read-page" aria-labelledby="read-page-title">
      <h2 id="read-page-title">{d('readPageTitle')}</h2>
      {hospitals.length === 0 ? (
        <p class="status">{d('readPageNeedsSaved')}</p>
      ) : (
        <>
          {hospitals.length > 1 && (
            <label class="field">
              <span>{d('readPageAgainst')}</span>
              <select value={hospital} onChange={(e) => setHospital(e.currentTarget.value)}>
                {hospitals.map((h) => (
                  <option key={h.id} value={h.id}>
                    {h.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" id="read-page-button" disabled={busy} onClick={() => void read()}>
            {d('readPageButton')}
          </button>
        </>
      )}
      <p class="status" role="status" id="read-page-status">
        {status}
      </p>
      {result && <PageResult result={result} lang={lang} />}
      {result?.reading.notice && (
        <button
          type="button"
          id="keep-notice"
          onClick={() =>
            void onKeep(hospital, result)
              .then(setStatus)
              .catch(() => undefined)
          }
        >
          {d('readPageKeep', { name: hospitals.find((h) => h.id === hospital)?.name ?? '' })}
        </button>
      )}
    </section>
  );
}

function PageResult({ result, lang }: { result: PageReading; lang: Lang }) {
  const { reading, table } = result;
  return (
    <>
      {reading.review.length > 0 && (
        <ul id="read-page-review" class="review">
          {reading.review.map((r) => (
            <li key={`${r.line} ${r.text}`}>
              <mark>{r.text}</mark> {r.reason}
            </li>
          ))}
        </ul>
      )}
      {table && (
        <NoticeTableView
          table={table}
          id="read-page-table"
          corner={glanceText(lang, 'readPageDepartment')}
          onlyWithLines
        />
      )}
    </>
  );
}
