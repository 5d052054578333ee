/**
 * `clearclinic audit SOURCE… [--profile NAME|FILE] [--as-of DATE] [--format table|json|csv|html]
 * [--out FILE] [--fail-on fail|warn]` (../shared/spec/cli.md, audit-rules.md).
 */
import cliProgress from 'cli-progress';
import { mapConcurrent } from '../../utils/async/map-concurrent';
import { auditInput } from '../../utils/audit/audit-input';
import { reportCsv } from '../../utils/audit/formats/csv';
import { reportHtml } from '../../utils/audit/formats/html';
import { reportSummary, ruleLabel, statusLabel } from '../../utils/audit/formats/labels';
import { BUILT_IN_PROFILES, type Profile, ProfileSchema } from '../../utils/audit/profile';
import { type AuditInput, type AuditReport, buildReport, reportFails } from '../../utils/audit/report';
import { parseDate } from '../../utils/date/civil';
import { todayIn } from '../../utils/date/zone';
import type { Lang } from '../../utils/i18n/local-text';
import { type CliContext, checkRead, readOptions } from '../context';
import { CliError, msg } from '../messages';
import { checkOut, writeOut } from '../output';
import { expandSources, type ReadOptions, readLocalFile, readSource } from '../sources';
import { jsonText, paint as paintIf, printable, printableLines, type Style } from '../terminal';

export interface AuditFlags {
  profile?: string;
  asOf?: string;
  format?: string;
  out?: string;
  failOn?: string;
}

const FORMATS = ['table', 'json', 'csv', 'html'] as const;

async function loadProfile(name: string | undefined, options: ReadOptions): Promise<Profile> {
  const { lang } = options;
  const wanted = name ?? 'liaoning-2025';
  const builtIn = BUILT_IN_PROFILES[wanted];
  if (builtIn) return builtIn;
  if (!/[/\\]|\.json$/i.test(wanted))
    throw new CliError(msg(lang, 'unknownProfile', { name: wanted, known: Object.keys(BUILT_IN_PROFILES).join(', ') }));
  const read = await readLocalFile(wanted, options);
  if (!read.ok) throw new CliError(read.message);
  if ('oversize' in read) throw new CliError(msg(lang, 'badProfile', { name: wanted, detail: '> 5 MiB' }));
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(read.bytes));
  } catch (e) {
    throw new CliError(msg(lang, 'badProfile', { name: wanted, detail: (e as Error).message.split('\n')[0]! }));
  }
  const parsed = ProfileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CliError(msg(lang, 'badProfile', { name: wanted, detail: `/${issue.path.join('/')}: ${issue.message}` }));
  }
  return parsed.data;
}

export async function auditCommand(args: string[], flags: AuditFlags, ctx: CliContext): Promise<number> {
  const { lang } = ctx;
  const reading = readOptions(ctx);
  const profile = await loadProfile(flags.profile, reading);
  const asOfText = flags.asOf ?? todayIn('Asia/Shanghai');
  const asOf = parseDate(asOfText);
  if (asOf === undefined) throw new CliError(msg(lang, 'badDate', { flag: 'as-of', value: asOfText }));
  const format = (flags.format ?? 'table') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format))
    throw new CliError(msg(lang, 'badChoice', { flag: 'format', value: flags.format!, choices: FORMATS.join(', ') }));
  const failOn = flags.failOn;
  if (failOn !== undefined && failOn !== 'fail' && failOn !== 'warn')
    throw new CliError(msg(lang, 'badChoice', { flag: 'fail-on', value: failOn, choices: 'fail, warn' }));
  const sources = await expandSources(args, reading);
  if (sources.length === 0) throw new CliError(msg(lang, 'noSource', { command: 'audit' }));
  if (flags.out) await checkOut(flags.out, lang);

  // A progress bar on an interactive terminal when there is enough to wait for; quiet in CI and pipes.
  const interactive = Boolean(ctx.stderrTTY) && !ctx.env.CI && sources.length > 3;
  const bar = interactive
    ? new cliProgress.SingleBar(
        { stream: process.stderr, format: `${msg(lang, 'auditing')} [{bar}] {value}/{total}`, hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  bar?.start(sources.length, 0);
  // Sources not audited: unreadable, or read but not a valid feed. Either way the report
  // lists them with their error and the exit code is 2, with --fail-on or without: an
  // audit that skipped a hospital has not shown that every hospital passes.
  let notAudited = 0;
  const inputs = await mapConcurrent(sources, 8, async (source): Promise<AuditInput> => {
    try {
      const checked = checkRead(await readSource(source, reading), lang);
      if (!checked.ok) {
        notAudited++;
        await ctx.stderr.write(`${printable(checked.message)}\n`);
        return { source, error: checked.message };
      }
      const input = auditInput(source, checked.result, lang);
      if (input.error !== undefined) {
        notAudited++;
        await ctx.stderr.write(`${printable(msg(lang, 'notAudited', { source, reason: input.error }))}\n`);
      }
      return input;
    } finally {
      bar?.increment();
    }
  });
  bar?.stop();

  const report = buildReport(profile, asOf, inputs, lang);
  const text =
    format === 'json'
      ? `${jsonText(report)}\n`
      : format === 'csv'
        ? reportCsv(report)
        : format === 'html'
          ? reportHtml(report, lang)
          : reportTable(report, lang, ctx.color);
  if (flags.out) await writeOut(flags.out, text, lang, ctx.timeoutMs);
  // CSV and HTML are documents for other programs, kept byte for byte; shown on a terminal, they are text for a person.
  else
    await ctx.stdout.write(ctx.stdout.isTTY && (format === 'csv' || format === 'html') ? printableLines(text) : text);
  if (notAudited > 0) return 2;
  return failOn && reportFails(report, failOn) ? 1 : 0;
}

const MARKS = { pass: '✔', fail: '✘', warn: '!', 'n/a': '–' } as const;

/** The audit for a terminal: each hospital, each rule with its status and finding; feed text made printable. */
export function reportTable(report: AuditReport, lang: Lang, color: boolean): string {
  const paint = (style: Style, text: string) => paintIf(color, style, text);
  const styles = { pass: 'green', fail: 'red', warn: 'yellow', 'n/a': 'dim' } as const;
  const lines: string[] = [];
  // Columns by display width: CJK characters take two.
  const columns = (s: string) => [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const pad = (s: string, width: number) => s + ' '.repeat(Math.max(1, width - columns(s)));
  for (const h of report.hospitals) {
    if (h.error !== undefined) {
      lines.push(
        paint('bold', h.source),
        `  ${paint('magenta', statusLabel('error', lang))} ${printable(h.error)}`,
        '',
      );
      continue;
    }
    lines.push(
      `${paint('bold', h.name ?? '')}  ${paint('dim', `${h.hospitalId} · ${h.province}${h.city} · ${h.source}`)}`,
    );
    for (const r of h.results ?? [])
      lines.push(
        `  ${paint(styles[r.status], pad(`${MARKS[r.status]} ${statusLabel(r.status, lang)}`, 9))}${pad(printable(ruleLabel(r.rule, lang)), 24)}${printable(r.message)}`,
      );
    lines.push('');
  }
  for (const r of report.region)
    lines.push(
      `${paint(styles[r.status], `${MARKS[r.status]} ${statusLabel(r.status, lang)}`)} ${printable(`${r.scope} ${ruleLabel(r.rule, lang)}: ${r.message}`)}`,
    );
  for (const note of report.notes ?? []) lines.push(paint('dim', printable(note)));
  lines.push(printable(reportSummary(report, lang)));
  return `${lines.join('\n')}\n`;
}
