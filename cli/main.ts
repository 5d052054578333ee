/**
 * `clearclinic`: the command line of webmasters (check a feed before publishing) and
 * evaluators. Contract: ../shared/spec/cli.md. Exit codes: 0 success, 1 found what the
 * command looks for (an invalid feed …), 2 usage error or a source that could not be read.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { auditCommand } from './commands/audit';
import { exportHtml } from './commands/export-html';
import { exportNoticeText } from './commands/export-notice-text';
import { exportSite } from './commands/export-site';
import { importNoticeCommand } from './commands/import-notice';
import { importRosterCommand } from './commands/import-roster';
import { scheduleCommand } from './commands/schedule';
import { validateCommand } from './commands/validate';
import { type CliContext, languageFrom, type Output } from './context';
import { CliError, msg } from './messages';
import { OutputError, writeFailure } from './output';
import type { InputStream } from './sources';
import { printable, printableLines } from './terminal';

declare const __CLEARCLINIC_VERSION__: string;

type Options = NonNullable<ParseArgsConfig['options']>;
const GLOBAL: Options = {
  lang: { type: 'string' },
  timeout: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};
const COMMANDS: Record<string, Options> = {
  validate: { json: { type: 'boolean' } },
  schedule: {
    from: { type: 'string' },
    to: { type: 'string' },
    department: { type: 'string', multiple: true },
    slots: { type: 'boolean' },
    days: { type: 'boolean' },
  },
  import: {
    feed: { type: 'string' },
    sheet: { type: 'string' },
    year: { type: 'string' },
    'published-at': { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
  },
  export: {
    notice: { type: 'string' },
    out: { type: 'string' },
    view: { type: 'string' },
    department: { type: 'string', multiple: true },
    date: { type: 'string' },
    size: { type: 'string' },
    theme: { type: 'string' },
    src: { type: 'string' },
    stylesheet: { type: 'string' },
  },
  audit: {
    profile: { type: 'string' },
    'as-of': { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    'fail-on': { type: 'string' },
  },
};

export interface CliIo {
  stdout: Output;
  stderr: Output;
  /** What `-` reads; default process.stdin. */
  stdin?: InputStream;
  env: NodeJS.ProcessEnv;
}

/** Runs the CLI; resolves to the exit code. Never throws. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  // Language first, from a raw look at the arguments, so even usage errors are in it.
  const langArg = argv.find((a, i) => argv[i - 1] === '--lang' || a.startsWith('--lang='));
  const rawLang = langArg?.startsWith('--lang=') ? langArg.slice(7) : langArg;
  const lang = languageFrom(rawLang === 'zh-CN' || rawLang === 'en' ? rawLang : undefined, io.env);
  const debug = argv.includes('--debug');
  try {
    return await run(argv, io, lang);
  } catch (e) {
    // Reporting must not throw in its turn (standard error may be what failed).
    const say = (text: string) => Promise.resolve(io.stderr.write(text)).catch(() => {});
    const report = (line: string) => say(`clearclinic: ${printable(line)}\n`);
    // A stack's message may quote a feed: its lines are kept, their contents made printable.
    const stack = async (error: unknown) => {
      if (debug && error instanceof Error && error.stack) await say(`${printableLines(error.stack)}\n`);
    };
    if (e instanceof CliError) {
      await report(e.message);
      return e.exitCode;
    }
    if (e instanceof OutputError) {
      await report(writeFailure(msg(lang, 'stdoutName'), e.errno, lang));
      await stack(e.errno);
      return 2;
    }
    await report(msg(lang, 'internal', { detail: e instanceof Error ? e.message : String(e) }));
    await stack(e);
    return 2;
  }
}

async function run(argv: string[], io: CliIo, lang: CliContext['lang']): Promise<number> {
  const command = argv.find((a) => !a.startsWith('-'));
  const commandOptions = command ? COMMANDS[command] : undefined;
  if (command && !commandOptions && argv.indexOf(command) === 0) {
    throw new CliError(msg(lang, 'unknownCommand', { command }));
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: { ...GLOBAL, ...commandOptions }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(parseArgsMessage(e as Error & { code?: string }, lang));
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values.version) {
    await io.stdout.write(`${__CLEARCLINIC_VERSION__}\n`);
    return 0;
  }
  if (values.help || !command) {
    if (!command && !values.help) throw new CliError(msg(lang, 'noCommand'));
    await io.stdout.write(`${msg(lang, 'usage')}\n`);
    return 0;
  }
  if (!commandOptions) throw new CliError(msg(lang, 'unknownCommand', { command }));
  if (typeof values.lang === 'string' && values.lang !== 'zh-CN' && values.lang !== 'en') {
    throw new CliError(msg(lang, 'badLang', { value: values.lang }));
  }
  let timeoutMs = 15_000;
  if (typeof values.timeout === 'string') {
    const seconds = Number(values.timeout);
    if (!(seconds > 0) || !Number.isFinite(seconds))
      throw new CliError(msg(lang, 'badTimeout', { value: values.timeout }));
    timeoutMs = seconds * 1000;
  }
  const ctx: CliContext = {
    lang,
    dataLang: typeof values.lang === 'string' ? lang : 'zh-CN',
    stdout: io.stdout,
    stderr: io.stderr,
    stdin: io.stdin,
    timeoutMs,
    color: Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && io.env.TERM !== 'dumb',
    stderrTTY: Boolean(io.stderr.isTTY),
    env: io.env,
  };
  const positionals = parsed.positionals.slice(parsed.positionals.indexOf(command) + 1);
  switch (command) {
    case 'validate':
      if (positionals.length === 0) throw new CliError(msg(lang, 'noSource', { command }));
      return validateCommand(positionals, { json: Boolean(values.json) }, ctx);
    case 'schedule':
      return scheduleCommand(
        positionals,
        {
          from: values.from as string | undefined,
          to: values.to as string | undefined,
          department: values.department as string[] | undefined,
          slots: Boolean(values.slots),
          days: Boolean(values.days),
        },
        ctx,
      );
    case 'audit':
      return auditCommand(
        positionals,
        {
          profile: values.profile as string | undefined,
          asOf: values['as-of'] as string | undefined,
          format: values.format as string | undefined,
          out: values.out as string | undefined,
          failOn: values['fail-on'] as string | undefined,
        },
        ctx,
      );
    case 'import': {
      const [kind, source, ...extra] = positionals;
      if (kind !== 'notice' && kind !== 'roster') throw new CliError(msg(lang, 'importKind', { kind: kind ?? '' }));
      if (!source) throw new CliError(msg(lang, 'noSource', { command: `import ${kind}` }));
      if (extra.length) throw new CliError(msg(lang, 'importOneSource'));
      // Each kind's own options: one given to the other kind is a mistake worth saying.
      const foreign = kind === 'roster' ? ['year', 'published-at'] : ['sheet'];
      const wrong = foreign.find((o) => values[o] !== undefined);
      if (wrong) throw new CliError(msg(lang, 'importOption', { option: `--${wrong}`, kind }));
      if (kind === 'roster')
        return importRosterCommand(
          source,
          {
            feed: values.feed as string | undefined,
            sheet: values.sheet as string | undefined,
            out: values.out as string | undefined,
            json: Boolean(values.json),
          },
          ctx,
        );
      return importNoticeCommand(
        source,
        {
          feed: values.feed as string | undefined,
          year: values.year as string | undefined,
          publishedAt: values['published-at'] as string | undefined,
          out: values.out as string | undefined,
          json: Boolean(values.json),
        },
        ctx,
      );
    }
    case 'export': {
      const [format, ...sources] = positionals;
      if (format !== 'notice-text' && format !== 'html' && format !== 'site')
        throw new CliError(msg(lang, 'exportFormat', { format: format ?? '' }));
      if (sources.length === 0) throw new CliError(msg(lang, 'noSource', { command: `export ${format}` }));
      if (format === 'site') return exportSite(sources, { out: values.out as string | undefined }, ctx);
      if (sources.length > 1) throw new CliError(msg(lang, 'exportOneSource', { format }));
      const source = sources[0]!;
      if (format === 'html')
        return exportHtml(
          source,
          {
            view: values.view as string | undefined,
            department: values.department as string[] | undefined,
            date: values.date as string | undefined,
            size: values.size as string | undefined,
            theme: values.theme as string | undefined,
            src: values.src as string | undefined,
            stylesheet: values.stylesheet as string | undefined,
            out: values.out as string | undefined,
          },
          ctx,
        );
      return exportNoticeText(
        source,
        { notice: values.notice as string | undefined, out: values.out as string | undefined },
        ctx,
      );
    }
    default:
      throw new CliError(msg(lang, 'unknownCommand', { command }));
  }
}

/** node:util parseArgs errors are long and English: one line in the user's language. */
function parseArgsMessage(e: Error & { code?: string }, lang: CliContext['lang']): string {
  const option = /'(-[^' ]*)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return msg(lang, 'unknownOption', { option });
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return msg(lang, 'optionValue', { option });
  return msg(lang, 'badOption', { detail: e.message.split('\n')[0]! });
}
