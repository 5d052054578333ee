/**
 * Slots: the 30-minute grid of one day and department. With live slots from the feed:
 * availability in words and the booking link. Without: the roster's slot times, labelled
 * as schedule, and nothing that looks bookable.
 */
import { useMemo, useState } from 'preact/hooks';
import { formatTime } from '../utils/date/civil';
import { formatInstant, instantOf, parseInstant, wallClockAt } from '../utils/date/zone';
import { searchDepartments } from '../utils/feed/department-search';
import { safeHref } from '../utils/feed/safe-href';
import type { Slot } from '../utils/feed/schema';
import { formatDayLabel } from '../utils/i18n/format';
import { textIn } from '../utils/i18n/local-text';
import { clinicTypeLabel } from '../utils/i18n/schedule-labels';
import { t } from '../utils/i18n/strings';
import { tSlots } from '../utils/i18n/strings-slots';
import { isSessionProper } from '../utils/schedule/engine';
import { cutSlots } from '../utils/schedule/slots';
import { DepartmentFilter, wantsFilter } from './DepartmentFilter';
import { firstDay, HOURS_DAYS } from './HoursView';
import { keyed } from './keyed';
import { useStyles } from './use-styles';
import type { ViewModel } from './Widget';

interface LiveSlot {
  slot: Slot;
  startMinute: number;
  endMinute: number;
}

/** Slots carry no id: one is its times and clinic type. */
const slotKey = ({ slot }: LiveSlot) => `${slot.start} ${slot.end} ${slot.clinicType ?? ''}`;

const STATUS = { free: 'slotFree', limited: 'slotLimited', full: 'slotFull', closed: 'slotClosed' } as const;

export default function SlotsView({ model }: { model: ViewModel }) {
  const ref = useStyles<HTMLElement>(SLOTS_CSS);
  const lang = model.lang;
  const feed = model.data!.feed;
  const engine = model.engine!;
  const first = firstDay(model);
  const day = model.day;
  const wanted = model.departments;
  const live = useMemo(() => {
    const index = new Map<string, LiveSlot[]>();
    for (const slot of feed.slots ?? []) {
      const start = wallClockAt(engine.timeZone, parseInstant(slot.start)!);
      const end = wallClockAt(engine.timeZone, parseInstant(slot.end)!);
      const key = `${slot.department} ${start.day}`;
      const endMinute = end.day === start.day ? end.minute : 1440;
      index.set(key, [...(index.get(key) ?? []), { slot, startMinute: start.minute, endMinute }]);
    }
    for (const list of index.values()) list.sort((a, b) => a.startMinute - b.startMinute);
    return index;
  }, [feed, engine]);
  const sessions = engine
    .resolveDay(day, wanted ? { departments: wanted } : { includeAlwaysOpen: false })
    .filter((s) => !engine.alwaysOpen.has(s.department));
  const departments = searchDepartments(
    feed.departments.filter((d) => sessions.some((s) => s.department === d.id)),
    model.query,
    feed.hospital.campuses,
  );
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const department = departments.find((d) => d.id === chosen) ?? departments[0];
  const liveSlots = department ? live.get(`${department.id} ${day}`) : undefined;
  // Only sessions whose hours were published are cut into slots (a half day without times has none).
  const roster = department
    ? sessions
        .filter((s) => s.department === department.id && isSessionProper(s))
        .flatMap((s) => cutSlots(s, engine.timeZone))
    : [];
  const days = Array.from({ length: HOURS_DAYS }, (_, i) => first + i);
  const name = (id: string) => textIn(feed.departments.find((d) => d.id === id)?.name, lang);

  return (
    <section ref={ref} class="cc-slots" aria-label={t(lang, 'tabSlots')}>
      {wantsFilter(model) && <DepartmentFilter model={model} found={departments.length} />}
      <div class="cc-pickers">
        <label>
          {t(lang, 'chooseDay')}
          <select value={String(day)} onChange={(e) => model.chooseDay(Number((e.target as HTMLSelectElement).value))}>
            {days.map((d) => (
              <option key={d} value={String(d)}>
                {formatDayLabel(d, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tSlots(lang, 'chooseDepartment')}
          <select value={department?.id ?? ''} onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {textIn(d.name, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!department && <p class="cc-muted">{tSlots(lang, 'noSlots')}</p>}
      {department && liveSlots && (
        <ul class="cc-grid" part="slots" aria-label={`${name(department.id)} ${formatDayLabel(day, lang)}`}>
          {keyed(liveSlots, slotKey).map(([key, { slot, startMinute, endMinute }]) => {
            const href = safeHref(slot.bookingUrl);
            // A slot that has begun is never bookable, whatever the feed last said of it.
            const begun = parseInstant(slot.start)! <= model.now;
            const open = !begun && (slot.status === 'free' || slot.status === 'limited');
            const left =
              slot.capacity !== undefined && slot.booked !== undefined ? slot.capacity - slot.booked : undefined;
            const label = `${formatTime(startMinute)}–${formatTime(endMinute)}`;
            const status =
              tSlots(lang, begun ? 'slotBegun' : STATUS[slot.status]) +
              (open && left !== undefined ? ` · ${tSlots(lang, 'slotRemaining', { n: left })}` : '');
            return (
              <li
                key={key}
                class={`cc-slot cc-slot-${begun ? 'begun' : slot.status}`}
                part="slot"
                data-status={slot.status}
                data-start={slot.start}
                data-end={slot.end}
                data-begun={begun ? 'true' : undefined}
              >
                <span class="cc-slot-time">{label}</span>
                {slot.clinicType && slot.clinicType !== 'general' && (
                  <span class="cc-slot-type">{clinicTypeLabel(slot.clinicType, lang)}</span>
                )}
                <span class="cc-slot-status">{status}</span>
                {open && href && (
                  <a
                    class="cc-book"
                    href={href}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={`${tSlots(lang, 'slotBook')} ${name(department.id)} ${label}`}
                    onClick={() =>
                      model.onSelectSlot({
                        department: department.id,
                        start: slot.start,
                        end: slot.end,
                        bookingUrl: href,
                      })
                    }
                  >
                    {tSlots(lang, 'slotBook')}
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {department && !liveSlots && (
        <>
          <p class="cc-note" role="note">
            {tSlots(lang, 'slotsSchedule')}
          </p>
          <ul class="cc-grid" part="slots">
            {keyed(roster, (s) => `${s.startMinute} ${s.endMinute} ${s.clinicType}`).map(([key, s]) => (
              <li
                key={key}
                class="cc-slot cc-slot-scheduled"
                part="slot"
                data-status="scheduled"
                data-start={formatInstant(engine.timeZone, instantOf(engine.timeZone, s.day, s.startMinute))}
                data-end={formatInstant(engine.timeZone, instantOf(engine.timeZone, s.day, s.endMinute))}
              >
                <span class="cc-slot-time">
                  {formatTime(s.startMinute)}–{formatTime(s.endMinute)}
                </span>
                {s.clinicType !== 'general' && <span class="cc-slot-type">{clinicTypeLabel(s.clinicType, lang)}</span>}
                <span class="cc-slot-status">{tSlots(lang, 'slotScheduled')}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export const SLOTS_CSS = `
.cc-pickers{display:flex;flex-wrap:wrap;gap:.75em;margin:.25em 0 .75em}
.cc-pickers label{display:flex;flex-direction:column;gap:.25em;font-size:.875em}
:host([size=large]) .cc-pickers label{font-size:1em}
.cc select{min-height:44px;padding:.25em .5em;border:1px solid var(--cc-border);border-radius:6px;background:var(--cc-bg);font-size:1rem}
:host([size=large]) .cc select{font-size:inherit}
.cc-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5em,1fr));gap:.5em}
.cc-slot{display:flex;flex-direction:column;gap:.125em;padding:.5em;border:1px solid var(--cc-border);border-radius:6px}
.cc-slot-full,.cc-slot-closed,.cc-slot-begun{background:var(--cc-soft);color:var(--cc-muted)}
.cc-slot-scheduled{border-style:dashed}
.cc-slot-type{font-size:.875em;font-weight:600}
.cc-book{display:inline-flex;align-items:center;justify-content:center;min-height:44px;margin-top:.25em;border-radius:6px;
background:var(--cc-accent);color:var(--cc-accent-fg)!important;text-decoration:none!important;font-weight:700}
`;
