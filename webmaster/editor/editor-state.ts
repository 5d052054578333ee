/**
 * The editor's state: the draft as a JSON document with its undo history, kept in step with
 * the feed's text (which the checker, the preview and the snippets read), and saved as one
 * types into IndexedDB. The editor writes the text after a short pause; text pasted, uploaded
 * or fetched comes back into the editor once it parses. Edits never go through JSON text, so a
 * field the editor does not know stays exactly as it was.
 */
import { computed, effect, signal } from '@preact/signals';
import type { Draft, DraftStore } from '../../utils/editor/adapters/draft-store';
import { isObject, type Path, pointer, setAt } from '../../utils/editor/edit-path';
import { type History, record, redo, startHistory, undo } from '../../utils/editor/history';
import { compactJson } from '../../utils/editor/json-text';
import { draftTitle, feedText, newFeed } from '../../utils/editor/new-feed';
import type { Problem } from '../../utils/feed/messages';
import { checked, checkedText, editorText, lang, replaced, replaceText, text } from '../state';

export type Doc = unknown;

export const history = signal<History<Doc>>(startHistory(undefined));
export const doc = computed(() => history.value.present);
/** The draft being edited (its key in IndexedDB). */
export const draftId = signal(newDraftId());
/** Every draft kept in this browser, newest first; undefined while they are being read. */
export const drafts = signal<Draft[] | undefined>(undefined);
/** Why drafts are not kept (IndexedDB refused), when they are not. */
export const draftsFailed = signal('');
/** The text box holds something that is not a JSON object: the editor shows its last good state. */
export const textBroken = signal(false);

function newDraftId() {
  return `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** The document the last keystroke in a field made (see gridDoc). */
let typed: Doc;

/** Sets one field; typing into the same field joins one undo step. */
export function edit(path: Path, value: unknown) {
  typed = setAt(history.value.present, path, value);
  history.value = record(history.value, typed, pointer(path));
}
/**
 * A structural change (add, remove, copy): one undo step of its own, unless `key` joins it to the
 * last. A change with a `key` is typing (a roster cell's time, a department's id) for gridDoc.
 */
export function change(fn: (d: Doc) => Doc, key?: string) {
  const next = fn(history.value.present);
  if (key !== undefined) typed = next;
  history.value = record(history.value, next, key);
}
export const undoEdit = () => (history.value = undo(history.value));
export const redoEdit = () => (history.value = redo(history.value));

/**
 * The document as the roster grid draws it: at once after any change but typing, and 150 ms
 * after the last keystroke while typing (the cell's own fields show each key at once). Drawing
 * the 45-row grid again took 10–20 ms of each key typed into a cell; now it runs in the pause.
 */
export const gridDoc = signal<Doc>(undefined);
let gridTimer: ReturnType<typeof setTimeout> | undefined;
effect(() => {
  const d = doc.value;
  clearTimeout(gridTimer);
  if (d !== typed || gridDoc.peek() === undefined) gridDoc.value = d;
  else gridTimer = setTimeout(() => (gridDoc.value = d), 150);
});

/** Starts a new, empty feed in a draft of its own. */
export function startNew() {
  draftId.value = newDraftId();
  history.value = startHistory(newFeed(Date.now()));
}

/** The checker's problems by JSON Pointer, for the fields to show where they are. */
export const problemsAt = computed(() => {
  const map = new Map<string, Problem[]>();
  // Only while the checked text is the editor's: problems of an older text point at other places.
  const result = checked.value;
  if (!result) return map;
  for (const p of [...result.errors, ...result.warnings]) {
    const list = map.get(p.path) ?? [];
    list.push(p);
    map.set(p.path, list);
  }
  return map;
});
/** The document the text box holds now (the editor writes it a moment after a change). */
const written = signal<Doc>(undefined);
/** Whether the problems shown are those of the draft as it is now (else it is being re-checked). */
export const problemsCurrent = computed(() => doc.value === written.value && checkedText.value === text.value);

// ── the editor ⇄ the text ────────────────────────────────────────────────────────────────────
/** The text the editor last wrote or read: seeing it again is no change. */
let inStep = '';
/** A document that came from the text (not written back). */
let fromText: Doc;
let outsideLoad = false;
let writeTimer: ReturnType<typeof setTimeout> | undefined;
let readTimer: ReturnType<typeof setTimeout> | undefined;

/** Writes the draft into the text box now (publishing, leaving the page). */
export function flush() {
  clearTimeout(writeTimer);
  const d = history.peek().present;
  if (d === undefined || d === fromText) return;
  const value = feedText(d);
  if (value === inStep) {
    written.value = d;
    return;
  }
  inStep = value;
  fromText = d;
  written.value = d;
  editorText(value);
}

effect(() => {
  const d = doc.value;
  if (d === undefined || d === fromText) return;
  clearTimeout(writeTimer);
  writeTimer = setTimeout(flush, 300);
});

effect(() => {
  replaced.value;
  if (text.peek() !== inStep) outsideLoad = true;
});

effect(() => {
  const value = text.value;
  if (value === inStep) return;
  clearTimeout(readTimer);
  readTimer = setTimeout(() => {
    if (value !== text.peek()) return;
    let parsed: unknown;
    try {
      parsed = value.trim() ? JSON.parse(value) : undefined;
    } catch {
      textBroken.value = true;
      return;
    }
    if (parsed !== undefined && !isObject(parsed)) {
      textBroken.value = true;
      return;
    }
    textBroken.value = false;
    inStep = value;
    fromText = parsed;
    written.value = parsed;
    const current = history.peek().present;
    if (outsideLoad && current !== undefined && parsed !== undefined) {
      // A feed opened from a file, a URL or the sample starts a draft of its own: the draft
      // being edited stays as it was.
      draftId.value = newDraftId();
      history.value = startHistory(parsed);
    } else if (current === undefined) history.value = startHistory(parsed);
    else history.value = record(history.peek(), parsed, 'text');
    outsideLoad = false;
    prepare(parsed);
  }, 200);
});

/**
 * Writes a document's text once while the page is idle, so the first write after an edit only
 * rewrites the edited path (json-text.ts); otherwise that first write walks the whole feed,
 * 30–50 ms on the largest sample, in the pause between two keys.
 */
function prepare(d: Doc) {
  if (d === undefined) return;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => compactJson(d), { timeout: 2000 });
  else setTimeout(() => compactJson(d), 500);
}

// ── drafts in IndexedDB ──────────────────────────────────────────────────────────────────────
let store: DraftStore | undefined;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

async function saveNow() {
  clearTimeout(saveTimer);
  const d = history.peek().present;
  if (!store || d === undefined) return;
  const draft: Draft = {
    id: draftId.peek(),
    title: draftTitle(d, lang.peek()),
    // The text box's text when it is the draft's (no second serialization of a long feed).
    text: d === fromText ? inStep : feedText(d),
    savedAt: Date.now(),
  };
  await store.save(draft);
  // The list is updated in place: reading every draft back would copy every feed again.
  const others = (drafts.peek() ?? []).filter((x) => x.id !== draft.id);
  drafts.value = [draft, ...others];
}

effect(() => {
  doc.value;
  draftId.value;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void saveNow().catch(() => {}), 600);
});
addEventListener('pagehide', () => {
  flush();
  void saveNow().catch(() => {});
});

/** Opens one kept draft in the editor. */
export function openDraft(draft: Draft) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(draft.text);
  } catch {
    return;
  }
  draftId.value = draft.id;
  history.value = startHistory(parsed);
  prepare(parsed);
}

export async function removeDraft(id: string) {
  if (!store) return;
  await store.remove(id);
  drafts.value = await store.list();
  if (id === draftId.peek()) {
    draftId.value = newDraftId();
    history.value = startHistory(undefined);
    inStep = '';
    fromText = undefined;
    replaceText('');
  }
}

/** Reads the kept drafts; the newest comes back into the editor when the page is still empty. */
export async function restoreDrafts() {
  try {
    const { openDraftStore } = await import('../../utils/editor/adapters/draft-store');
    store = await openDraftStore();
    const list = await store.list();
    drafts.value = list;
    const newest = list[0];
    // Never over what the webmaster already began (a paste while the drafts were being read).
    if (newest && !text.peek().trim() && history.peek().present === undefined) openDraft(newest);
  } catch (e) {
    drafts.value = [];
    draftsFailed.value = e instanceof Error ? e.message : String(e);
  }
}
