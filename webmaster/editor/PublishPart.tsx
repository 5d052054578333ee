/**
 * Publishing: download the feed (stamped with the moment), copy the embed snippet, the JSON-LD
 * and each notice's text to post, and compare the draft with the feed on the site before
 * replacing it.
 */
import { signal } from '@preact/signals';
import { readFeedBody, TOO_LARGE, timed } from '../../utils/cache/feed-body';
import { type Change, feedDiff } from '../../utils/editor/feed-diff';
import { feedText, stamped } from '../../utils/editor/new-feed';
import { MAX_FEED_BYTES } from '../../utils/feed/feed-size';
import type { LocalText } from '../../utils/i18n/local-text';
import { textIn } from '../../utils/i18n/local-text';
import { writeNotice } from '../../utils/notice/write-notice';
import { checked, jsonLd, lang, snippet } from '../state';
import { change, doc, flush } from './editor-state';
import { useValueAt } from './fields';
import { te } from './strings';

const copyStatus = signal('');
const compareUrl = signal('');
const compareStatus = signal('');
const diff = signal<{ changes: Change[]; more: number } | undefined>(undefined);

async function copy(value: string) {
  const l = lang.peek();
  try {
    await navigator.clipboard.writeText(value);
    copyStatus.value = te(l, 'copied');
  } catch {
    copyStatus.value = te(l, 'copyFailed');
  }
}

function download() {
  change((d) => stamped(d, Date.now()));
  flush();
  // The file is pretty for people to read, unless that would take it over the size limit.
  const blob = new Blob([feedText(doc.peek(), MAX_FEED_BYTES / 2)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'clearclinic.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

async function compare() {
  const l = lang.peek();
  const from = compareUrl.peek().trim();
  if (!from) return;
  compareStatus.value = te(l, 'comparing');
  diff.value = undefined;
  try {
    const response = await fetch(from, timed({}));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const published = JSON.parse(await readFeedBody(response)) as unknown;
    diff.value = feedDiff(published, doc.peek());
    compareStatus.value = '';
  } catch (e) {
    const detail =
      e instanceof Error && e.message === TOO_LARGE ? 'over 5 MiB' : e instanceof Error ? e.message : String(e);
    compareStatus.value = te(l, 'compareFailed', { url: from, detail });
  }
}

const short = (v: unknown) => {
  const s = JSON.stringify(v) ?? '';
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
};

export function PublishPart() {
  const l = lang.value;
  const website = useValueAt(['hospital', 'website']);
  const result = checked.value;
  const valid = result?.feed;
  const suggested =
    typeof website === 'string' && /^https?:/.test(website)
      ? new URL('/.well-known/clearclinic.json', website).href
      : '';
  const r = diff.value;
  return (
    <div class="part">
      <p class="hint">{te(l, 'publishHint')}</p>
      {result && result.errors.length > 0 && (
        <p class="own warn">{te(l, 'downloadBlocked', { n: result.errors.length })}</p>
      )}
      <div class="row">
        <button type="button" id="download-feed" onClick={download}>
          {te(l, 'download')}
        </button>
        <button type="button" class="secondary" onClick={() => void copy(snippet.value)}>
          {te(l, 'copySnippet')}
        </button>
        <button type="button" class="secondary" disabled={!jsonLd.value} onClick={() => void copy(jsonLd.value)}>
          {te(l, 'copyJsonLd')}
        </button>
        {valid?.schedule.notices?.map((n) => (
          <button type="button" class="secondary" key={n.id} onClick={() => void copy(writeNotice(valid, n, l).text)}>
            {te(l, 'copyNotice', { title: textIn(n.title as LocalText, l) })}
          </button>
        ))}
      </div>
      <p class="status-line" role="status">
        {copyStatus.value}
      </p>
      <h3>{te(l, 'compareTitle')}</h3>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          void compare();
        }}
      >
        <label>
          {te(l, 'publishedUrl')}
          <input
            id="compare-url"
            type="text"
            inputMode="url"
            size={44}
            placeholder={suggested || 'https://…/.well-known/clearclinic.json'}
            value={compareUrl.value || suggested}
            onInput={(e) => (compareUrl.value = (e.target as HTMLInputElement).value)}
          />
        </label>
        <button
          type="submit"
          class="secondary"
          onClick={() => {
            if (!compareUrl.peek()) compareUrl.value = suggested;
          }}
        >
          {te(l, 'compare')}
        </button>
      </form>
      <p class="status-line" role="status">
        {compareStatus.value}
      </p>
      {r &&
        (r.changes.length === 0 ? (
          <p id="diff-none">{te(l, 'noChanges')}</p>
        ) : (
          <>
            <p>{te(l, 'changes', { n: r.changes.length + r.more })}</p>
            <ul id="diff-list" class="diff">
              {r.changes.map((c) => (
                <li key={`${c.kind}${c.path}`} class={c.kind}>
                  <strong>{te(l, c.kind)}</strong> <code>{c.path || '/'}</code>{' '}
                  {c.kind === 'changed'
                    ? `${short(c.before)} → ${short(c.after)}`
                    : short(c.kind === 'added' ? c.after : c.before)}
                </li>
              ))}
            </ul>
            {r.more > 0 && <p>{te(l, 'moreChanges', { n: r.more })}</p>}
          </>
        ))}
    </div>
  );
}
