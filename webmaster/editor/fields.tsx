/**
 * The editor's fields: each edits one place of the draft by its path, shows the checker's
 * problems for that place beneath it in plain words (the code and the JSON Pointer under
 * them, small), and marks itself invalid for assistive technology. Every input carries its
 * JSON Pointer as `data-path`.
 */
import { useComputed } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { getAt, insertAt, isObject, type Path, pointer, removeAt, setAt } from '../../utils/editor/edit-path';
import type { Problem } from '../../utils/feed/messages';
import { type Lang, type LocalText, textIn } from '../../utils/i18n/local-text';
import { lang } from '../state';
import { change, doc, edit, problemsAt } from './editor-state';
import { te } from './strings';

const idFor = (at: string) => `f${at.replace(/[^A-Za-z0-9-]/g, '_')}`;

/** The problems at a place (and, with `deep`, everywhere under it). */
export function Problems({ path, deep = false }: { path: Path; deep?: boolean }) {
  const at = pointer(path);
  // A component re-renders only when its own problems change, not on every check.
  const list = useComputed(() => {
    const map = problemsAt.value;
    const found = deep
      ? [...map].filter(([p]) => p === at || p.startsWith(`${at}/`)).flatMap(([, v]) => v)
      : (map.get(at) ?? []);
    return found.length ? found : NONE;
  }).value;
  if (!list.length) return null;
  return (
    <ul class="field-problems" id={`${idFor(at)}-problems`}>
      {list.map((p) => (
        <li key={`${p.code} ${p.path}`} class={p.severity === 'error' ? 'error' : 'warning'}>
          {p.message}
          {p.hint ? ` ${p.hint}` : ''}
          <small>
            <code>{p.code}</code> <code>{p.path}</code>
          </small>
        </li>
      ))}
    </ul>
  );
}

const NONE: readonly Problem[] = [];

/**
 * The parts of the draft at these paths, as a document holding only them: a part's component
 * re-renders when one of them changes, not on every edit elsewhere.
 */
export function useSlice(...paths: Path[]): unknown {
  const last = useRef<{ values: unknown[]; slice: unknown }>();
  return useComputed(() => {
    const values = paths.map((p) => getAt(doc.value, p));
    const before = last.current;
    // The same slice while none of its values changed: the component is not notified.
    if (before?.values.every((v, i) => v === values[i])) return before.slice;
    const slice = paths.reduce<unknown>((out, p, i) => (values[i] === undefined ? out : setAt(out, p, values[i])), {});
    last.current = { values, slice };
    return slice;
  }).value;
}

/** The draft's value at a path: the component re-renders when that value changes, not on every edit. */
export function useValueAt(path: Path): unknown {
  return useComputed(() => getAt(doc.value, path)).value;
}

/** Whether a place has errors, and the id of its problem list (the field re-renders only when these change). */
function useMarks(...places: string[]) {
  const key = useComputed(() => {
    const map = problemsAt.value;
    const errors = places.some((at) => (map.get(at) ?? []).some((p) => p.severity === 'error'));
    const listed = (map.get(places[0]!)?.length ?? 0) > 0;
    return `${errors ? 1 : 0}${listed ? 1 : 0}`;
  }).value;
  return {
    invalid: key[0] === '1' || undefined,
    describedBy: key[1] === '1' ? `${idFor(places[0]!)}-problems` : undefined,
  };
}

interface TextProps {
  path: Path;
  label: string;
  /** Kept as "" when emptied (a required field), instead of removed. */
  keep?: boolean;
  /** Never `url`: the page keeps one URL box, the feed's (a URL field here is text with a URL keyboard). */
  type?: 'text' | 'tel' | 'date' | 'number';
  step?: string;
  placeholder?: string;
  size?: number;
  inputMode?: 'numeric' | 'url' | 'tel' | 'text';
  /** A message of the field's own, shown before the checker's (the credit code's check as typed). */
  own?: ComponentChildren;
  /** What the typed text is stored as ("" removes the field unless `keep`). */
  transform?: (v: string) => unknown;
}

export function TextField({
  path,
  label,
  keep,
  type = 'text',
  placeholder,
  size,
  inputMode,
  step,
  own,
  transform,
}: TextProps) {
  const at = pointer(path);
  const value = useValueAt(path);
  const marks = useMarks(at);
  return (
    <div class="field">
      <label for={idFor(at)}>{label}</label>
      <input
        id={idFor(at)}
        data-path={at}
        type={type}
        step={step}
        size={size}
        inputMode={inputMode}
        placeholder={placeholder}
        value={typeof value === 'string' || typeof value === 'number' ? String(value) : ''}
        aria-invalid={marks.invalid}
        aria-describedby={marks.describedBy}
        onInput={(e) => {
          const raw = (e.target as HTMLInputElement).value;
          const v = transform ? transform(raw) : raw;
          edit(path, v === '' && !keep ? undefined : v);
        }}
      />
      {own}
      <Problems path={path} />
    </div>
  );
}

/** A time `HH:MM` (text, so `24:00` can be typed; the checker names a bad one). */
export const TimeField = (p: { path: Path; label: string }) => (
  <TextField {...p} keep size={5} placeholder="08:00" inputMode="numeric" />
);

/** A number; emptied, the field is removed (the checker then says whether it was required). */
export const NumberField = ({ path, label, step }: { path: Path; label: string; step?: string }) => (
  <TextField path={path} label={label} type="number" step={step ?? 'any'} transform={toNumber} />
);
const toNumber = (raw: string): number | '' => (raw === '' ? '' : Number(raw));

/** A choice among values; `''` (when offered) removes the field. */
export function SelectField({
  path,
  label,
  options,
}: {
  path: Path;
  label: string;
  options: readonly (readonly [value: string | number | boolean | null, text: string])[];
}) {
  const at = pointer(path);
  const value = useValueAt(path);
  const marks = useMarks(at);
  const known = options.some(([v]) => v === value);
  return (
    <div class="field">
      <label for={idFor(at)}>{label}</label>
      <select
        id={idFor(at)}
        data-path={at}
        aria-invalid={marks.invalid}
        aria-describedby={marks.describedBy}
        value={known ? JSON.stringify(value ?? '') : '__other'}
        onChange={(e) => {
          const raw = (e.target as HTMLSelectElement).value;
          if (raw === '__other') return;
          const v = JSON.parse(raw) as unknown;
          edit(path, v === '' ? undefined : v);
        }}
      >
        {!known && value !== undefined && <option value="__other">{String(JSON.stringify(value))}</option>}
        {options.map(([v, text]) => (
          <option key={String(v)} value={JSON.stringify(v ?? '')}>
            {text}
          </option>
        ))}
      </select>
      <Problems path={path} />
    </div>
  );
}

/** A yes/no; with `absent`, unticking removes the field rather than writing false. */
export function CheckField({ path, label, absent = false }: { path: Path; label: string; absent?: boolean }) {
  const at = pointer(path);
  const value = useValueAt(path);
  return (
    <div class="field check">
      <label>
        <input
          type="checkbox"
          data-path={at}
          checked={value === true}
          onChange={(e) => edit(path, (e.target as HTMLInputElement).checked ? true : absent ? undefined : false)}
        />
        {label}
      </label>
      <Problems path={path} />
    </div>
  );
}

/**
 * Text for people (LocalText): Chinese, and English when the hospital gives it. A plain string
 * stays a string until English is added; a map keeps every language it had.
 */
export function LocalField({
  path,
  label,
  keep,
  multiline,
}: {
  path: Path;
  label: string;
  keep?: boolean;
  multiline?: boolean;
}) {
  const l: Lang = lang.value;
  const at = pointer(path);
  const value = useValueAt(path);
  const zhMarks = useMarks(at, `${at}/zh-CN`);
  const zh =
    typeof value === 'string' ? value : isObject(value) && typeof value['zh-CN'] === 'string' ? value['zh-CN'] : '';
  const en = isObject(value) && typeof value.en === 'string' ? value.en : '';
  const setZh = (v: string) => {
    if (isObject(value)) edit([...path, 'zh-CN'], v);
    else edit(path, v === '' && !keep ? undefined : v);
  };
  const setEn = (v: string) => {
    if (isObject(value)) edit([...path, 'en'], v === '' ? undefined : v);
    else if (v !== '') edit(path, { 'zh-CN': zh, en: v });
  };
  const zhProps = {
    id: `${idFor(at)}-zh`,
    'data-path': at,
    value: zh,
    'aria-invalid': zhMarks.invalid,
    onInput: (e: Event) => setZh((e.target as HTMLInputElement).value),
  };
  const enProps = {
    id: `${idFor(at)}-en`,
    'data-path': `${at}/en`,
    value: en,
    lang: 'en',
    onInput: (e: Event) => setEn((e.target as HTMLInputElement).value),
  };
  return (
    <fieldset class="field local">
      <legend>{label}</legend>
      <label for={zhProps.id}>{te(l, 'zh')}</label>
      {multiline ? <textarea class="short" {...zhProps} /> : <input {...zhProps} />}
      <label for={enProps.id}>{te(l, 'en')}</label>
      {multiline ? <textarea class="short" {...enProps} /> : <input {...enProps} />}
      <Problems path={path} deep />
    </fieldset>
  );
}

/** Buttons to move or remove one item of a list. */
export function ItemTools({
  onUp,
  onDown,
  onRemove,
  label,
}: {
  onUp?: () => void;
  onDown?: () => void;
  onRemove: () => void;
  label: string;
}) {
  const l = lang.value;
  return (
    <span class="item-tools">
      {onUp && (
        <button type="button" class="secondary small" onClick={onUp} aria-label={`${te(l, 'moveUp')}: ${label}`}>
          ↑
        </button>
      )}
      {onDown && (
        <button type="button" class="secondary small" onClick={onDown} aria-label={`${te(l, 'moveDown')}: ${label}`}>
          ↓
        </button>
      )}
      <button type="button" class="secondary small" onClick={onRemove} aria-label={`${te(l, 'remove')}: ${label}`}>
        {te(l, 'remove')}
      </button>
    </span>
  );
}

/** A list of LocalText lines (steps, basis, the prohibited and waivable lists). */
export function LinesField({ path, label, addLabel }: { path: Path; label: string; addLabel: string }) {
  const list = useValueAt(path);
  const items = Array.isArray(list) ? list : [];
  return (
    <fieldset class="field lines">
      <legend>{label}</legend>
      <ol>
        {items.map((_, i) => (
          <li key={i}>
            <LocalField path={[...path, i]} label={`${label} ${i + 1}`} keep />
            <ItemTools
              label={`${label} ${i + 1}`}
              onRemove={() =>
                change((d) =>
                  setAt(
                    d,
                    path,
                    items.filter((_, j) => j !== i),
                  ),
                )
              }
            />
          </li>
        ))}
      </ol>
      <button type="button" class="secondary" onClick={() => change((d) => setAt(d, path, [...items, '']))}>
        {addLabel}
      </button>
      <Problems path={path} />
    </fieldset>
  );
}

/**
 * A list of rows (campuses, 24-hour services, day parts, waits, an item's materials …): each
 * row its fields and a remove button, then an add button; `blank` is the new row (or makes it).
 */
export function Rows({
  path,
  label,
  addLabel,
  blank,
  addId,
  children,
}: {
  path: Path;
  label: string;
  addLabel: string;
  blank: unknown | ((d: unknown) => unknown);
  addId?: string;
  children: (row: Path) => ComponentChildren;
}) {
  const raw = useValueAt(path);
  const rows = Array.isArray(raw) ? raw : [];
  return (
    <fieldset class="list">
      <legend>{label}</legend>
      {rows.map((_, i) => (
        <div class="item row" key={i}>
          {children([...path, i])}
          <ItemTools label={`${label} ${i + 1}`} onRemove={() => change((x) => removeAt(x, path, i))} />
        </div>
      ))}
      <button
        type="button"
        class="secondary"
        id={addId}
        onClick={() => change((x) => insertAt(x, path, typeof blank === 'function' ? blank(x) : blank))}
      >
        {addLabel}
      </button>
      <Problems path={path} />
    </fieldset>
  );
}

/**
 * The items of a list that have an id and a name (departments, campuses, clinic types) as the
 * editor shows them: the name in the page's language, else the id.
 */
export function named(list: unknown, l: Lang): { id: string; name: string }[] {
  return (Array.isArray(list) ? list.filter(isObject) : []).map((x) => ({
    id: String(x.id ?? ''),
    name: textIn(x.name as LocalText, l) || String(x.id ?? ''),
  }));
}

/** Items as a choice's options: [value, text]. */
export const asOptions = (items: readonly { id: string; name: string }[]) => items.map((x) => [x.id, x.name] as const);
