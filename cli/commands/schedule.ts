/** `clearclinic schedule SOURCE --from DATE --to DATE [--department ID]… [--slots | --days]` */
import { civilFromDay, type DayNumber, dayFromCivil, parseDate, yearOf } from '../../utils/date/civil';
import { formatInstant, instantOf } from '../../utils/date/zone';
import { textIn } from '../../utils/i18n/local-text';
import { type ResolvedLine, ScheduleEngine } from '../../utils/schedule/engine';
import { type ResolvedSlot, slotsInRange } from '../../utils/schedule/slots';
import { type CliContext, checkRead, readOptions } from '../context';
import { CliError, msg } from '../messages';
import { expandSources, readSource } from '../sources';
import { jsonText, printable } from '../terminal';

export interface ScheduleFlags {
  from?: string;
  to?: string;
  department?: string[];
  slots: boolean;
  days: boolean;
}

function dateFlag(flag: 'from' | 'to', value: string | undefined, ctx: CliContext): DayNumber {
  if (value === undefined) throw new CliError(msg(ctx.lang, 'needDate', { flag }));
  const day = parseDate(value);
  if (day === undefined) throw new CliError(msg(ctx.lang, 'badDate', { flag, value }));
  return day;
}

export async function scheduleCommand(args: string[], flags: ScheduleFlags, ctx: CliContext): Promise<number> {
  const sources = await expandSources(args, readOptions(ctx));
  if (sources.length === 0) throw new CliError(msg(ctx.lang, 'noSource', { command: 'schedule' }));
  if (sources.length > 1) throw new CliError(msg(ctx.lang, 'oneSource', { count: sources.length }));
  const from = dateFlag('from', flags.from, ctx);
  const to = dateFlag('to', flags.to, ctx);
  if (to < from) throw new CliError(msg(ctx.lang, 'dateOrder', { from: flags.from!, to: flags.to! }));
  const start = civilFromDay(from);
  if (to > dayFromCivil(start.year + 3, start.month, start.day)) {
    throw new CliError(msg(ctx.lang, 'rangeTooLong', { from: flags.from!, to: flags.to! }));
  }
  if (flags.slots && flags.days) throw new CliError(msg(ctx.lang, 'slotsAndDays'));

  const read = await readSource(sources[0]!, readOptions(ctx));
  const checked = checkRead(read, ctx.lang);
  if (!checked.ok) throw new CliError(checked.message);
  const { result } = checked;
  if (!result.feed) {
    for (const p of result.errors)
      await ctx.stderr.write(`${printable(`${read.source}:${p.path} ${p.code} ${p.message}`)}\n`);
    await ctx.stderr.write(
      `${printable(msg(ctx.lang, 'invalidFeed', { source: read.source, count: result.errors.length }))}\n`,
    );
    return 1;
  }
  const engine = new ScheduleEngine(result.feed);
  const departments = flags.department?.length ? flags.department : undefined;
  for (const id of departments ?? []) {
    if (!engine.departmentIds.includes(id)) {
      throw new CliError(msg(ctx.lang, 'unknownDepartment', { id, known: engine.departmentIds.join(', ') }));
    }
  }
  const filter = departments ? { departments } : undefined;
  const out = new LineBuffer(ctx);

  if (flags.days) {
    for (let day = from; day <= to && !out.closed; day++) {
      const info = engine.dayInfo(day);
      const lines = engine.resolveLines(day, filter);
      const having = (status: ResolvedLine['status']) =>
        [...new Set(lines.filter((l) => l.status === status).map((l) => l.department))].sort();
      await out.line(
        jsonText({
          date: info.date,
          weekday: info.weekday,
          dayType: info.dayType,
          ...(info.holidayName !== undefined && { holidayName: textIn(info.holidayName, ctx.dataLang) }),
          ...(info.makeupFor !== undefined && { makeupFor: textIn(info.makeupFor, ctx.dataLang) }),
          calendar: info.calendar,
          openDepartments: having('open'),
          unknownDepartments: having('unknown'),
          emergencyOnlyDepartments: having('emergency-only'),
        }),
      );
    }
  } else if (flags.slots) {
    const zone = engine.timeZone;
    for (let day = from; day <= to && !out.closed; day++) {
      for (const slot of slotsInRange(engine, day, day, filter)) await out.line(slotLine(slot, zone));
    }
  } else {
    for (let day = from; day <= to && !out.closed; day++) {
      for (const line of engine.resolveLines(day, filter)) await out.line(resolvedLine(line, ctx));
    }
  }
  await out.flush();

  const pending = new Set<number>();
  for (let day = from; day <= to; day++) if (engine.dayInfo(day).calendar === 'pending') pending.add(yearOf(day));
  if (pending.size > 0)
    await ctx.stderr.write(`${msg(ctx.lang, 'pendingYears', { years: [...pending].join(', ') })}\n`);
  return 0;
}

/** One resolved line as cli.md's NDJSON: the contract's fields, optional ones only when present. */
function resolvedLine(s: ResolvedLine, ctx: CliContext): string {
  const text = (value: Parameters<typeof textIn>[0] | undefined) =>
    value === undefined ? undefined : textIn(value, ctx.dataLang);
  const referTo = s.referTo && {
    ...(s.referTo.department !== undefined && { department: s.referTo.department }),
    ...(s.referTo.campus !== undefined && { campus: s.referTo.campus }),
    ...(s.referTo.note !== undefined && { note: text(s.referTo.note) }),
  };
  return jsonText({
    date: s.date,
    department: s.department,
    status: s.status,
    start: s.start,
    end: s.end,
    dayType: s.dayType,
    basis: s.basis,
    calendar: s.calendar,
    holidayName: text(s.holidayName),
    makeupFor: text(s.makeupFor),
    ...(s.status === 'open'
      ? { clinicType: s.clinicType, slotMinutes: s.slotMinutes, hoursStated: s.hoursStated, rosterOf: s.rosterOf }
      : { clinicTypes: s.clinicTypes, exceptClinicTypes: s.exceptClinicTypes }),
    referTo,
    location: text(s.location),
    note: text(s.note),
  });
}

function slotLine(slot: ResolvedSlot, zone: string): string {
  return jsonText({
    department: slot.department,
    start: formatInstant(zone, instantOf(zone, slot.day, slot.startMinute)),
    end: formatInstant(zone, instantOf(zone, slot.day, slot.endMinute)),
    clinicType: slot.clinicType,
    date: slot.date,
    dayType: slot.dayType,
  });
}

/** Collects lines into large writes and waits when the stream asks to. */
class LineBuffer {
  #parts: string[] = [];
  #size = 0;
  constructor(private readonly ctx: CliContext) {}
  /** Its reader has gone: nothing more is worth resolving. */
  get closed() {
    return Boolean(this.ctx.stdout.closed);
  }
  async line(text: string) {
    this.#parts.push(text, '\n');
    this.#size += text.length + 1;
    if (this.#size >= 1 << 16) await this.flush();
  }
  async flush() {
    if (this.#parts.length === 0) return;
    const chunk = this.#parts.join('');
    this.#parts = [];
    this.#size = 0;
    await this.ctx.stdout.write(chunk);
  }
}
