/**
 * The weekly 出诊表 from the spreadsheet the office keeps (issue 16, cli.md `import roster`):
 * drop or choose an .xlsx or .csv; what each row became is listed, every cell it could not read
 * is named by row and column, and a button writes the sessions into the feed above. The
 * spreadsheet readers load only when a file is chosen.
 */
import { signal } from '@preact/signals';
import type { Feed } from '../utils/feed/schema';
import type { Lang } from '../utils/i18n/local-text';
import type { Cell, RosterReading } from '../utils/roster/read-roster';
import { change } from './editor/editor-state';
import { checked, lang } from './state';
import { tt } from './strings';

const status = signal('');
/** Opened by the webmaster: until then the page keeps its one file input (the feed's). */
const open = signal(false);
const result = signal<RosterReading | undefined>(undefined);

async function rowsOf(file: File): Promise<Cell[][]> {
  if (/\.xlsx$/i.test(file.name)) {
    const { readSheet } = await import('read-excel-file/universal');
    return (await readSheet(await file.arrayBuffer())) as Cell[][];
  }
  if (/\.xls$/i.test(file.name)) throw new Error('xls');
  const { default: Papa } = await import('papaparse');
  return Papa.parse<string[]>((await file.text()).replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data;
}

/** Reads a roster file against the feed (a file chosen here, or dropped on the editor's grid). */
export async function readRosterFile(file: File, l: Lang) {
  open.value = true;
  document.getElementById('roster-title')?.scrollIntoView({ block: 'start' });
  const feed = checked.value?.feed;
  if (!feed) {
    status.value = tt(l, 'noticeNeedsFeed');
    return;
  }
  try {
    const rows = await rowsOf(file);
    const { readRoster } = await import('../utils/roster/read-roster');
    const reading = readRoster(rows, feed, l);
    result.value = reading.fatal ? undefined : reading;
    status.value =
      reading.fatal ??
      (reading.review.length
        ? tt(l, 'rosterReview', { n: reading.sessions.length, review: reading.review.length })
        : tt(l, 'rosterRead', { n: reading.sessions.length }));
  } catch (e) {
    result.value = undefined;
    status.value =
      e instanceof Error && e.message === 'xls'
        ? tt(l, 'rosterXls')
        : tt(l, 'rosterUnreadable', { name: file.name, detail: e instanceof Error ? e.message : String(e) });
  }
}

/** Writes the sessions into the editor's draft (one undo step), keeping every field the checker does not know. */
async function apply() {
  const reading = result.value;
  if (!reading) return;
  const { withRoster } = await import('../utils/roster/read-roster');
  change((d) => withRoster(d as Feed, reading));
}

export function RosterSection() {
  const l = lang.value;
  const r = result.value;
  // Read only when a name is shown: the feed is parsed from the checked text on first use.
  const name = (id: string) => {
    const feed = checked.peek()?.feed;
    const d = feed?.departments.find((x) => x.id === id) ?? r?.added.find((x) => x.id === id);
    return d ? (typeof d.name === 'string' ? d.name : (d.name['zh-CN'] ?? id)) : id;
  };
  return (
    <section aria-labelledby="roster-title">
      <h2 id="roster-title">{tt(l, 'rosterTitle')}</h2>
      <p class="hint">{tt(l, 'rosterHint')}</p>
      {open.value ? (
        <RosterTool l={l} r={r} name={name} />
      ) : (
        <button type="button" id="open-roster" class="secondary" onClick={() => (open.value = true)}>
          {tt(l, 'rosterOpen')}
        </button>
      )}
    </section>
  );
}

function RosterTool({ l, r, name }: { l: Lang; r: RosterReading | undefined; name: (id: string) => string }) {
  return (
    <>
      <label>
        {tt(l, 'rosterFile')}
        <input
          id="roster-file"
          type="file"
          accept=".xlsx,.csv,text/csv"
          onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void readRosterFile(file, l);
          }}
        />
      </label>
      <p class="notice-status" role="status" id="roster-status">
        {status.value}
      </p>
      {r && (
        <>
          {r.review.length > 0 && (
            <ul id="roster-review">
              {r.review.map((v) => (
                <li key={`${v.row} ${v.column}`}>
                  <mark>{tt(l, 'rosterCell', { row: v.row, column: v.column, text: v.text })}</mark> {v.reason}
                </li>
              ))}
            </ul>
          )}
          <ul id="roster-sessions">
            {r.sessions.map((s) => (
              <li
                key={`${s.department} ${s.start} ${s.end} ${s.clinicType ?? ''} ${s.doctor ?? ''}`}
                data-department={s.department}
              >
                {name(s.department)} · {s.days.join(' ')} · {s.start}–{s.end}
                {s.clinicType ? ` · ${s.clinicType}` : ''}
                {s.doctor ? ` · ${s.doctor}` : ''}
              </li>
            ))}
          </ul>
          <button type="button" id="apply-roster" onClick={() => void apply()}>
            {tt(l, 'rosterApply')}
          </button>
        </>
      )}
    </>
  );
}
