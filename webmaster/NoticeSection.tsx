/**
 * A holiday notice from the text a hospital already posted (issue 15, cli.md `import notice`):
 * paste the notice or give its page's URL; the entries found are shown beside the sentences they
 * came from, every review line highlighted in the text with its reason, the resolved days as a
 * date × department table, and a button that adds the notice to the feed above. The reader loads
 * only when a notice is read.
 */
import { signal } from '@preact/signals';
import { NoticeTableView } from '../components/NoticeTableView';
import { readFeedBody, timed } from '../utils/cache/feed-body';
import type { Feed, Notice, NoticeEntry } from '../utils/feed/schema';
import type { Lang } from '../utils/i18n/local-text';
import { addNotice } from '../utils/notice/add-notice';
import type { NoticeTable } from '../utils/notice/notice-table';
import type { NoticeReading } from '../utils/notice/read-notice';
import { change } from './editor/editor-state';
import { checked, lang } from './state';
import { tt } from './strings';

const noticeText = signal('');
const noticeUrl = signal('');
const noticeStatus = signal('');
const reading = signal<{ result: NoticeReading; table?: NoticeTable; lines: string[] } | undefined>(undefined);

async function readIt(l: Lang) {
  const feed = checked.value?.feed;
  if (!feed) {
    noticeStatus.value = tt(l, 'noticeNeedsFeed');
    return;
  }
  const [{ readNotice }, { noticeTable }, { normalizeNoticeText }] = await Promise.all([
    import('../utils/notice/read-notice'),
    import('../utils/notice/notice-table'),
    import('../utils/notice/notice-text'),
  ]);
  const result = readNotice(noticeText.value, feed, { lang: l, ...(noticeUrl.value && { url: noticeUrl.value }) });
  if (result.fatal) {
    noticeStatus.value = result.fatal;
    reading.value = undefined;
    return;
  }
  noticeStatus.value = result.review.length
    ? tt(l, 'noticeReviewCount', { n: result.review.length })
    : result.notice
      ? tt(l, 'noticeComplete')
      : tt(l, 'noticeNothing');
  reading.value = {
    result,
    lines: normalizeNoticeText(noticeText.value).split('\n'),
    ...(result.notice && { table: noticeTable(feed, result.notice, l) }),
  };
}

async function fetchPage(l: Lang) {
  noticeStatus.value = tt(l, 'fetching');
  try {
    const response = await fetch(noticeUrl.value, timed({}));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const body = await readFeedBody(response);
    const { htmlArticleText } = await import('../utils/notice/article-text');
    const isHtml = /html/i.test(response.headers.get('content-type') ?? '') || /^\s*</.test(body);
    noticeText.value = isHtml
      ? htmlArticleText(body, (html) => new DOMParser().parseFromString(html, 'text/html'))
      : body;
    noticeStatus.value = '';
    await readIt(l);
  } catch (e) {
    noticeStatus.value = tt(l, 'fetchFailed', {
      url: noticeUrl.value,
      detail: e instanceof Error ? e.message : String(e),
    });
  }
}

/** Adds the notice to the editor's draft (one undo step), keeping every field the checker does not know. */
function addToFeed(notice: Notice) {
  change((d) => addNotice(d as Feed, notice));
}

function entryWords(e: NoticeEntry): string {
  const scope = [
    Array.isArray(e.departments) ? e.departments.join('、') : '',
    e.campuses?.join('、') ?? '',
    e.clinicTypes?.join('、') ?? '',
    e.part ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  const times = e.sessions?.map((s) => `${s.start}-${s.end}`).join(' ') ?? '';
  return [`${e.date}${e.through ? `…${e.through}` : ''}`, scope || '*', e.status, e.rosterOf ?? '', times]
    .filter(Boolean)
    .join(' · ');
}

/** Opened by the webmaster: until then the section is one button, and the page's other tools stay as they were. */
const open = signal(false);
/** Opens the reader (the editor's holiday-notice part sends a notice already posted here). */
export function openNoticeReader() {
  open.value = true;
  requestAnimationFrame(() => document.getElementById('notice-title')?.scrollIntoView({ block: 'start' }));
}

export function NoticeSection() {
  const l = lang.value;
  const r = reading.value;
  return (
    <section aria-labelledby="notice-title">
      <h2 id="notice-title">{tt(l, 'noticeTitle')}</h2>
      <p class="hint">{tt(l, 'noticeHint')}</p>
      {open.value ? (
        <NoticeTool l={l} r={r} />
      ) : (
        <button type="button" id="open-notice" class="secondary" onClick={() => (open.value = true)}>
          {tt(l, 'noticeOpen')}
        </button>
      )}
    </section>
  );
}

function NoticeTool({ l, r }: { l: Lang; r: typeof reading.value }) {
  return (
    <>
      <label>
        {tt(l, 'noticePaste')}
        <textarea
          id="notice-text"
          value={noticeText.value}
          onInput={(e) => (noticeText.value = (e.target as HTMLTextAreaElement).value)}
        />
      </label>
      <div class="row">
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (noticeUrl.value) void fetchPage(l);
          }}
        >
          <label>
            {tt(l, 'noticeUrl')}
            <input
              id="notice-url"
              type="text"
              inputMode="url"
              size={40}
              value={noticeUrl.value}
              onInput={(e) => (noticeUrl.value = (e.target as HTMLInputElement).value)}
            />
          </label>
          <button type="submit" class="secondary">
            {tt(l, 'fetch')}
          </button>
        </form>
        <button type="button" id="read-notice" onClick={() => void readIt(l)}>
          {tt(l, 'noticeRead')}
        </button>
      </div>
      <p class="notice-status" role="status" id="notice-status">
        {noticeStatus.value}
      </p>
      {r && <NoticeResult r={r} l={l} />}
    </>
  );
}

function NoticeResult({ r, l }: { r: NonNullable<typeof reading.value>; l: Lang }) {
  const { result, table, lines } = r;
  const byLine = new Map<number, { entries: string[]; reviews: string[] }>();
  const at = (n: number) =>
    byLine.get(n) ?? (byLine.set(n, { entries: [], reviews: [] }).get(n) as { entries: string[]; reviews: string[] });
  for (const c of result.clauses)
    for (const i of c.entries) at(c.line).entries.push(entryWords(result.notice!.entries[i]!));
  for (const v of result.review) at(v.line).reviews.push(`“${v.text}”：${v.reason}`);
  return (
    <>
      <ol class="notice-lines" id="notice-lines">
        {lines.map((line, i) => {
          const found = byLine.get(i + 1);
          if (!line.trim()) return null;
          return (
            <li
              key={`line-${i + 1}`}
              value={i + 1}
              class={found?.reviews.length ? 'review' : found?.entries.length ? 'read' : 'prose'}
              data-line={i + 1}
            >
              {found?.reviews.length ? <mark>{line}</mark> : <span>{line}</span>}
              {found?.entries.map((e) => (
                <code key={e} class="entry">
                  {e}
                </code>
              ))}
              {found?.reviews.map((v) => (
                <span key={v} class="reason">
                  {v}
                </span>
              ))}
            </li>
          );
        })}
      </ol>
      {result.unmatched.length > 0 && (
        <p class="hint" id="notice-unmatched">
          {tt(l, 'noticeUnmatched', { names: result.unmatched.join('、') })}
        </p>
      )}
      {table && <NoticeTableView table={table} id="notice-table" corner={tt(l, 'attrDepartment')} />}
      {result.notice && (
        <button type="button" id="add-notice" onClick={() => addToFeed(result.notice!)}>
          {tt(l, 'noticeAdd')}
        </button>
      )}
    </>
  );
}
