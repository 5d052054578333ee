/**
 * `clearclinic import roster SOURCE --feed FEED [--sheet NAME] [--out FILE] [--json]`
 * (../shared/spec/cli.md): a weekly roster (出诊表) from `.xlsx` or `.csv` into FEED's
 * `schedule.regular` (the departments the sheet covers get its sessions in place of their old
 * ones; a department the feed lacks is added). One `review:` line on stderr per cell it could
 * not read. Exit 0: every cell read; 1: written, with review lines; 2: unreadable input.
 */
import { validateFeed } from '../../utils/feed/validate';
import { type Cell, readRoster, withRoster } from '../../utils/roster/read-roster';
import { type CliContext, checkRead, feedDocument, readOptions } from '../context';
import { CliError, msg } from '../messages';
import { checkOut, writeOut } from '../output';
import { readSource } from '../sources';
import { jsonText, printable } from '../terminal';

export interface ImportRosterFlags {
  feed?: string;
  sheet?: string;
  out?: string;
  json: boolean;
}

/** The sheet's rows: a CSV by Papa Parse, a workbook's sheet by read-excel-file (loaded only here). */
async function rowsOf(
  bytes: Uint8Array,
  source: string,
  sheet: string | undefined,
  ctx: CliContext,
): Promise<Cell[][]> {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (zip || /\.xlsx$/i.test(source)) {
    const { default: readXlsxFile } = await import('read-excel-file/node');
    let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
    try {
      sheets = await readXlsxFile(Buffer.from(bytes));
    } catch (e) {
      throw new CliError(
        msg(ctx.lang, 'rosterUnreadable', { source, detail: e instanceof Error ? e.message : String(e) }),
      );
    }
    const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet === sheet);
    if (!chosen)
      throw new CliError(
        msg(ctx.lang, 'rosterNoSheet', { source, sheet: sheet ?? '', known: sheets.map((s) => s.sheet).join(', ') }),
      );
    return chosen.data as Cell[][];
  }
  if (/\.xls$/i.test(source)) throw new CliError(msg(ctx.lang, 'rosterOldExcel', { source }));
  if (sheet !== undefined) throw new CliError(msg(ctx.lang, 'rosterSheetCsv'));
  const { default: Papa } = await import('papaparse');
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
}

export async function importRosterCommand(source: string, flags: ImportRosterFlags, ctx: CliContext): Promise<number> {
  const { lang } = ctx;
  if (!flags.feed) throw new CliError(msg(lang, 'importNeedsFeed'));
  if (flags.out) await checkOut(flags.out, lang);
  const reading = readOptions(ctx);
  const feedSource = await readSource(flags.feed, reading);
  const feedRead = checkRead(feedSource, lang);
  if (!feedRead.ok) throw new CliError(feedRead.message);
  const feed = feedRead.result.feed;
  if (!feed) throw new CliError(msg(lang, 'importFeedInvalid', { source: flags.feed }));
  const sheetRead = await readSource(source, reading);
  if (!sheetRead.ok) throw new CliError(sheetRead.message);
  if (!('bytes' in sheetRead)) throw new CliError(msg(lang, 'importTooLarge', { source }));
  const rows = await rowsOf(sheetRead.bytes, source, flags.sheet, ctx);
  const roster = readRoster(rows, feed, lang);
  if (roster.fatal) throw new CliError(`${source}: ${roster.fatal}`);
  // Written into the feed as it was written, so the fields the checker does not know are kept.
  const out = withRoster(feedDocument(feedSource), roster);
  const checked = validateFeed(out, { lang });
  if (!checked.feed) {
    const first = checked.errors[0];
    throw new CliError(msg(lang, 'importInvalidResult', { detail: first ? `${first.path} ${first.message}` : '' }));
  }
  const body = flags.json
    ? `${jsonText({ feed: out, layout: roster.layout, sessions: roster.sessions, added: roster.added, review: roster.review })}\n`
    : `${JSON.stringify(out, null, 2)}\n`;
  if (flags.out) await writeOut(flags.out, body, lang, ctx.timeoutMs);
  else await ctx.stdout.write(body);
  if (!flags.json) {
    for (const r of roster.review)
      await ctx.stderr.write(`${printable(`review: row ${r.row}, ${r.column}: "${r.text}": ${r.reason}`)}\n`);
    for (const d of roster.added)
      await ctx.stderr.write(`${printable(msg(lang, 'rosterAdded', { name: String(d.name), id: d.id }))}\n`);
  }
  return roster.review.length ? 1 : 0;
}
