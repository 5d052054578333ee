/**
 * The weekly roster as a grid: departments down, weekdays across, each cell its sessions.
 * Choosing a cell opens it below the grid (times, clinic type, doctor), with copies of the day
 * to other days and of the department's week to another department. A spreadsheet dropped on
 * the grid goes to the roster reader (section 7), which says what each row became.
 */
import { type Signal, signal } from '@preact/signals';
import { memo } from 'preact/compat';
import { useEffect, useRef } from 'preact/hooks';
import { WEEKDAYS, type Weekday } from '../../utils/date/civil';
import { getAt, isObject, listAt, type Path, setAt } from '../../utils/editor/edit-path';
import {
  addCellSession,
  type CellSession,
  changeCellSession,
  copyDay,
  copyRow,
  removeCellSession,
  rosterCells,
  strayDepartments,
} from '../../utils/editor/roster-grid';
import type { Lang } from '../../utils/i18n/local-text';
import { readRosterFile } from '../RosterSection';
import { lang } from '../state';
import { change, doc, gridDoc } from './editor-state';
import { named, Problems, useValueAt } from './fields';
import { te } from './strings';

const REGULAR: Path = ['schedule', 'regular'];
const DAY_NAMES: Record<Lang, Record<Weekday, string>> = {
  'zh-CN': { mon: '周一', tue: '周二', wed: '周三', thu: '周四', fri: '周五', sat: '周六', sun: '周日' },
  en: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
};
export const dayName = (l: Lang, d: Weekday) => DAY_NAMES[l][d];

/** The cell being edited. */
const selected = signal<{ department: string; day: Weekday } | undefined>(undefined);

type Session = Record<string, unknown>;
const regularOf = (d: unknown): Session[] => listAt(d, REGULAR).filter(isObject);
const changeRegular = (fn: (r: Session[]) => Session[]) => change((d) => setAt(d, REGULAR, fn(regularOf(d))));

export function clinicTypeOptions(d: unknown, l: Lang): [string, string][] {
  return [
    ...(['general', 'specialist', 'expert', 'special-needs'] as const).map((t) => [t, te(l, t)] as [string, string]),
    ...named(getAt(d, ['schedule', 'clinicTypes']), l).map((t) => [t.id, t.name] as [string, string]),
  ];
}

/** The usual hours of a part of the day (the feed's dayParts, else 08:00–12:00 / 13:30–17:00). */
function usualHours(d: unknown, part: 'am' | 'pm') {
  const parts = getAt(d, ['schedule', 'dayParts']);
  const found = Array.isArray(parts) ? parts.find((p) => isObject(p) && p.part === part && !p.validFrom) : undefined;
  if (isObject(found) && typeof found.start === 'string' && typeof found.end === 'string')
    return { start: found.start, end: found.end };
  return part === 'am' ? { start: '08:00', end: '12:00' } : { start: '13:30', end: '17:00' };
}

export function RosterPart() {
  const l = lang.value;
  const d = gridDoc.value;
  const departments = named(useValueAt(['departments']), l);
  const regular = regularOf(d);
  const stray = strayDepartments(
    regular,
    departments.map((x) => x.id),
  ).map((id) => ({ id, name: `${id} ${te(l, 'strayDepartment')}` }));
  const rows = [...departments, ...stray];
  const typeNames = clinicTypeOptions(d, l);
  const typesKey = JSON.stringify(typeNames);
  const types = new Map(typeNames);
  const cells = rosterCells(regular);
  const sel = selected.value;
  // A spreadsheet dropped anywhere on the grid goes to the roster reader.
  const dropZone = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const zone = dropZone.current;
    if (!zone) return;
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void readRosterFile(file, lang.peek());
    };
    zone.addEventListener('dragover', over);
    zone.addEventListener('drop', drop);
    return () => {
      zone.removeEventListener('dragover', over);
      zone.removeEventListener('drop', drop);
    };
  }, []);
  return (
    <div class="part" ref={dropZone}>
      <p class="hint">{te(l, 'rosterGridHint')}</p>
      <p class="drop-zone">{te(l, 'dropRoster')}</p>
      <Problems path={REGULAR} />
      {rows.length === 0 ? (
        <p>{te(l, 'noDepartments')}</p>
      ) : (
        <div class="scroll">
          <table class="roster-grid" id="roster-grid">
            <thead>
              <tr>
                <th scope="col">{te(l, 'partDepartments')}</th>
                {WEEKDAYS.map((day) => (
                  <th scope="col" key={day}>
                    {dayName(l, day)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <GridRow
                  key={row.id}
                  id={row.id}
                  name={row.name}
                  cells={rowKey(cells.get(row.id))}
                  selectedDay={sel?.department === row.id ? sel.day : undefined}
                  types={typesKey}
                  l={l}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {sel && rows.some((r) => r.id === sel.department) && (
        <SelectedCell
          department={sel.department}
          name={rows.find((r) => r.id === sel.department)!.name}
          day={sel.day}
          rows={rows}
          types={[...types]}
        />
      )}
    </div>
  );
}

/** The chosen cell's editor, on the document as it is now (the grid may be a keystroke behind). */
function SelectedCell(props: Omit<Parameters<typeof CellEditor>[0], 'sessions'>) {
  const cell = rosterCells(regularOf(doc.value)).get(props.department)?.[props.day] ?? [];
  // In the roster's order, not by time: a session split off while typing keeps its place
  // (and its input the focus); a start typed earlier does not move it under the cursor.
  return <CellEditor {...props} sessions={[...cell].sort((a, b) => a.index - b.index)} />;
}

/**
 * A row's cells as JSON without the sessions' places in the roster (which shift when a session
 * is split): a string compares by value, so typing in one cell re-renders that row only.
 */
const rowKey = (week: Record<Weekday, CellSession[]> | undefined) =>
  week ? JSON.stringify(WEEKDAYS.map((day) => week[day].map((s) => [s.start, s.end, s.clinicType ?? '']))) : '';

/** One department's week (its cells as rowKey made them; the clinic types' names as JSON). */
const GridRow = memo(function GridRow({
  id,
  name,
  cells,
  selectedDay,
  types,
  l,
}: {
  id: string;
  name: string;
  cells: string;
  selectedDay: Weekday | undefined;
  types: string;
  l: Lang;
}) {
  const week = cells ? (JSON.parse(cells) as [string, string, string][][]) : undefined;
  const typeName = new Map(JSON.parse(types) as [string, string][]);
  return (
    <tr data-department={id}>
      <th scope="row">{name}</th>
      {WEEKDAYS.map((day) => {
        const cell = week?.[WEEKDAYS.indexOf(day)] ?? [];
        const isSel = selectedDay === day;
        return (
          <td key={day} data-day={day} class={isSel ? 'selected' : undefined}>
            <button
              type="button"
              class="cell"
              aria-pressed={isSel}
              aria-label={`${name} ${dayName(l, day)}: ${cell.map(([start, end]) => `${start}–${end}`).join(', ') || '—'}`}
              onClick={() => (selected.value = isSel ? undefined : { department: id, day })}
            >
              {cell.length === 0
                ? '—'
                : cell.map(([start, end, type], k) => (
                    // A cell's sessions are shown in order; nothing is kept per session.
                    <span key={k} class="cell-session">
                      {start}–{end}
                      {type && type !== 'general' ? ` ${typeName.get(type) ?? type}` : ''}
                    </span>
                  ))}
            </button>
          </td>
        );
      })}
    </tr>
  );
});

function CellEditor({
  department,
  name,
  day,
  sessions,
  rows,
  types,
}: {
  department: string;
  name: string;
  day: Weekday;
  sessions: CellSession[];
  rows: { id: string; name: string }[];
  types: [string, string][];
}) {
  const l = lang.value;
  // Typing in one field of one session of the cell is one undo step, though the first key
  // may split the session off (and so move it in the roster).
  const set = (s: CellSession, place: number, key: string, value: string) =>
    change(
      (d) => setAt(d, REGULAR, changeCellSession(regularOf(d), s.index, day, { [key]: value })),
      `cell ${department} ${day} ${place} ${key}`,
    );
  return (
    <fieldset class="cell-editor" id="cell-editor">
      <legend>{te(l, 'cellTitle', { department: name, day: dayName(l, day) })}</legend>
      {sessions.map((s, i) => (
        // Keyed by place, so the input typed in survives its session being split off.
        <div class="item row" key={i} data-session={s.index}>
          {(['start', 'end'] as const).map((key) => (
            <label key={key}>
              {te(l, key)}
              <input
                class={`session-${key}`}
                value={s[key]}
                size={5}
                inputMode="numeric"
                placeholder={key === 'start' ? '08:00' : '12:00'}
                data-path={`/schedule/regular/${s.index}/${key}`}
                onInput={(e) => set(s, i, key, (e.target as HTMLInputElement).value)}
              />
            </label>
          ))}
          <label>
            {te(l, 'clinicType')}
            <select
              class="session-type"
              value={s.clinicType ?? 'general'}
              onChange={(e) => {
                const v = (e.target as HTMLSelectElement).value;
                set(s, i, 'clinicType', v === 'general' ? '' : v);
              }}
            >
              {types.map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="secondary small"
            aria-label={`${te(l, 'remove')}: ${s.start}–${s.end}`}
            onClick={() => changeRegular((r) => removeCellSession(r, s.index, day))}
          >
            {te(l, 'remove')}
          </button>
          {s.alsoOn.length > 0 && (
            <p class="hint small">
              {te(l, 'alsoOn', { days: s.alsoOn.map((x) => dayName(l, x)).join(l === 'en' ? ', ' : '、') })}
            </p>
          )}
          {s.seasonal && <p class="hint small">{te(l, 'seasonal')}</p>}
          <Problems path={[...REGULAR, s.index]} deep />
          {i === sessions.length - 1 ? null : <hr />}
        </div>
      ))}
      <div class="row">
        <button
          type="button"
          id="add-session"
          onClick={() =>
            change((d) =>
              setAt(
                d,
                REGULAR,
                addCellSession(regularOf(d), department, day, usualHours(d, sessions.length ? 'pm' : 'am')),
              ),
            )
          }
        >
          {te(l, 'addSession')}
        </button>
      </div>
      <CopyTools department={department} day={day} rows={rows} />
    </fieldset>
  );
}

const copyTarget = signal('');
const rowTarget = signal('');

function CopyTools({
  department,
  day,
  rows,
}: {
  department: string;
  day: Weekday;
  rows: { id: string; name: string }[];
}) {
  const l = lang.value;
  return (
    <div class="row copy-tools">
      <CopyTo
        id="copy-day"
        label={te(l, 'copyCellTo')}
        target={copyTarget}
        options={[
          ['weekdays', l === 'en' ? 'Mon–Fri' : '周一至周五'],
          ...WEEKDAYS.filter((x) => x !== day).map((x) => [x, dayName(l, x)] as const),
        ]}
        onCopy={(to) => {
          const days = to === 'weekdays' ? WEEKDAYS.slice(0, 5).filter((x) => x !== day) : [to as Weekday];
          changeRegular((r) => days.reduce((acc, t) => copyDay(acc, day, t, [department]), r));
        }}
      />
      <CopyTo
        id="copy-row"
        label={te(l, 'copyRowTo')}
        target={rowTarget}
        options={rows.filter((r) => r.id !== department).map((r) => [r.id, r.name] as const)}
        onCopy={(to) => changeRegular((r) => copyRow(r, department, to))}
      />
      <button type="button" class="secondary" onClick={() => (selected.value = undefined)}>
        {te(l, 'closeCell')}
      </button>
    </div>
  );
}

/** A choice of where to copy to (`#ID-target`) and the button that copies (`#ID`). */
function CopyTo({
  id,
  label,
  target,
  options,
  onCopy,
}: {
  id: string;
  label: string;
  target: Signal<string>;
  options: readonly (readonly [string, string])[];
  onCopy: (to: string) => void;
}) {
  return (
    <>
      <label>
        {label}
        <select
          id={`${id}-target`}
          value={target.value}
          onChange={(e) => (target.value = (e.target as HTMLSelectElement).value)}
        >
          <option value="">—</option>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </label>
      <button type="button" class="secondary" id={id} disabled={!target.value} onClick={() => onCopy(target.value)}>
        {te(lang.value, 'copy')}
      </button>
    </>
  );
}
