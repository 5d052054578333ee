/**
 * The editor, the webmaster tools' main view: the feed as forms and a roster grid, never as
 * JSON. Undo and redo (buttons, Ctrl+Z / Ctrl+Shift+Z), the drafts kept in this browser, and
 * one part of the feed at a time.
 */
import { computed, signal } from '@preact/signals';
import { memo } from 'preact/compat';
import { useEffect } from 'preact/hooks';
import { lang } from '../state';
import { DepartmentsPart } from './DepartmentsPart';
import {
  doc,
  draftId,
  drafts,
  draftsFailed,
  history,
  openDraft,
  problemsAt,
  problemsCurrent,
  redoEdit,
  removeDraft,
  restoreDrafts,
  startNew,
  textBroken,
  undoEdit,
} from './editor-state';
import { GuidePart } from './GuidePart';
import { HolidayNoticePart } from './HolidayNoticePart';
import { HospitalPart } from './HospitalPart';
import { HoursPart } from './HoursPart';
import { PublishPart } from './PublishPart';
import { RosterPart } from './RosterPart';
import { ServicesPart } from './ServicesPart';
import { te } from './strings';
import { WaitsPart } from './WaitsPart';

const PARTS = [
  ['hospital', 'partHospital', memo(HospitalPart), ['/hospital', '/timeZone']],
  ['departments', 'partDepartments', memo(DepartmentsPart), ['/departments']],
  ['roster', 'partRoster', memo(RosterPart), ['/schedule/regular']],
  [
    'hours',
    'partHours',
    memo(HoursPart),
    [
      '/schedule/onHoliday',
      '/schedule/makeupRoster',
      '/schedule/alwaysOpen',
      '/schedule/dayParts',
      '/schedule/clinicTypes',
    ],
  ],
  ['waits', 'partWaits', memo(WaitsPart), ['/waitTimes']],
  ['guide', 'partGuide', memo(GuidePart), ['/guide']],
  ['services', 'partServices', memo(ServicesPart), ['/services']],
  ['notice', 'partNotice', memo(HolidayNoticePart), ['/schedule/notices']],
  ['publish', 'partPublish', memo(PublishPart), []],
] as const;
type PartId = (typeof PARTS)[number][0];

export const part = signal<PartId>('hospital');
const isEmpty = computed(() => doc.value === undefined);
const canUndo = computed(() => history.value.past.length > 0);
const canRedo = computed(() => history.value.future.length > 0);

/** How many errors lie under each part (shown on its button). */
function errorsIn(prefixes: readonly string[]) {
  let n = 0;
  for (const [path, list] of problemsAt.value)
    if (prefixes.some((p) => path === p || path.startsWith(`${p}/`)))
      n += list.filter((x) => x.severity === 'error').length;
  return n;
}

/** Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac). */
function undoKeys(e: KeyboardEvent) {
  if (!(e.ctrlKey || e.metaKey)) return;
  const key = e.key.toLowerCase();
  if (key === 'z' && !e.shiftKey) {
    e.preventDefault();
    undoEdit();
  } else if ((key === 'z' && e.shiftKey) || key === 'y') {
    e.preventDefault();
    redoEdit();
  }
}

export function EditorSection() {
  const l = lang.value;
  // Only what the section itself shows: each part follows the draft on its own, field by field.
  const empty = isEmpty.value;
  useEffect(() => {
    void restoreDrafts();
    // Undo and redo from anywhere in the editor, or with nothing focused (an undo can remove
    // the field that had focus); the text box and the other sections keep their own.
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as Element | null;
      if (target && target !== document.body && !target.closest('#editor')) return;
      undoKeys(e);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const current = PARTS.find(([id]) => id === part.value)!;
  const Part = current[2];
  let errors = 0;
  let warnings = 0;
  for (const list of problemsAt.value.values()) for (const p of list) p.severity === 'error' ? errors++ : warnings++;
  return (
    <section aria-labelledby="editor-title" id="editor">
      <h2 id="editor-title">{te(l, 'editorTitle')}</h2>
      <p class="hint">{te(l, 'editorHint')}</p>
      <div class="row toolbar">
        <button type="button" id="new-feed" onClick={startNew}>
          {te(l, 'newFeed')}
        </button>
        <button type="button" class="secondary" id="undo" disabled={!canUndo.value} onClick={undoEdit}>
          {te(l, 'undo')}
        </button>
        <button type="button" class="secondary" id="redo" disabled={!canRedo.value} onClick={redoEdit}>
          {te(l, 'redo')}
        </button>
      </div>
      <Drafts />
      {textBroken.value && <p class="own warn">{te(l, 'textBroken')}</p>}
      {empty ? (
        <p>{te(l, 'emptyEditor')}</p>
      ) : (
        <>
          <p class="editor-summary" role="status">
            {!problemsCurrent.value
              ? te(l, 'rechecking')
              : errors + warnings === 0
                ? te(l, 'problemsNone')
                : te(l, 'problemsTotal', { errors, warnings })}
          </p>
          <nav class="parts" aria-label={te(l, 'partsLabel')}>
            {PARTS.map(([id, label, , prefixes]) => {
              const n = errorsIn(prefixes);
              return (
                <button
                  type="button"
                  key={id}
                  data-part={id}
                  class={part.value === id ? '' : 'secondary'}
                  aria-current={part.value === id ? 'page' : undefined}
                  onClick={() => (part.value = id)}
                >
                  {te(l, label)}
                  {n > 0 && <span class="badge">{n}</span>}
                </button>
              );
            })}
          </nav>
          <div class="part-body" data-part={current[0]}>
            <Part />
          </div>
        </>
      )}
    </section>
  );
}

function Drafts() {
  const l = lang.value;
  const list = drafts.value;
  if (draftsFailed.value) return <p class="own warn">{te(l, 'draftsFailed', { detail: draftsFailed.value })}</p>;
  if (!list || list.length === 0) return <p class="hint small">{te(l, 'draftsHint')}</p>;
  return (
    <div class="drafts">
      <h3>
        {te(l, 'drafts')} ({list.length})
      </h3>
      <p class="hint small">{te(l, 'draftsHint')}</p>
      <ul id="drafts">
        {list.map((x) => (
          <li key={x.id} data-draft={x.id}>
            <span>{x.title || te(l, 'untitled')}</span> <small>{new Date(x.savedAt).toLocaleString(l)}</small>{' '}
            {x.id === draftId.value ? (
              <em>{te(l, 'current')}</em>
            ) : (
              <button type="button" class="secondary small" onClick={() => openDraft(x)}>
                {te(l, 'open')}
              </button>
            )}{' '}
            <button
              type="button"
              class="secondary small"
              aria-label={`${te(l, 'remove')}: ${x.title || te(l, 'untitled')}`}
              onClick={() => void removeDraft(x.id)}
            >
              {te(l, 'remove')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
