/** What every command gets: language, output streams, options shared by all commands. */
import type { Feed } from '../utils/feed/schema';
import { MAX_FEED_BYTES, oversizeResult, type ValidationResult, validateFeedText } from '../utils/feed/validate';
import { type Lang, langFromTag } from '../utils/i18n/local-text';
import { CliError, formatCount, msg } from './messages';
import { type InputStream, type ReadOptions, readSource, type SourceRead } from './sources';
import { printable } from './terminal';

export interface Output {
  write(text: string): void | Promise<void>;
  isTTY?: boolean;
  /** The reader has gone (`| head`): what is written now is dropped. */
  readonly closed?: boolean;
}

export interface CliContext {
  lang: Lang;
  /** Language of data in machine output (holiday names): zh-CN unless --lang was given. */
  dataLang: Lang;
  stdout: Output;
  stderr: Output;
  /** What `-` reads. */
  stdin?: InputStream;
  timeoutMs: number;
  color: boolean;
  /** Whether standard error is a terminal (progress bars go there). */
  stderrTTY?: boolean;
  env: NodeJS.ProcessEnv;
}

/** The user's language from --lang, else from the locale environment; zh-CN by default. */
export function languageFrom(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (flag) return langFromTag(flag)!;
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(tag) ? 'en' : 'zh-CN';
}

/** How the commands read their sources: capped, timed, and saying so when a terminal must type. */
export function readOptions(ctx: CliContext): ReadOptions {
  return {
    lang: ctx.lang,
    timeoutMs: ctx.timeoutMs,
    stdin: ctx.stdin,
    notice: (line) => ctx.stderr.write(`${line}\n`),
  };
}

export type Checked = { ok: true; result: ValidationResult } | { ok: false; message: string };

/**
 * Validates what a source yielded. A source that could not be read, or that the checker
 * itself fails on (a stack overflow on absurdly nested JSON), is that source's error in one
 * line, never the end of the command: the other sources are still checked.
 */
/**
 * The feed a read holds as plain JSON, for a command that writes it back (`import notice`,
 * `import roster`): the checked feed drops the fields the checker does not know, this keeps
 * them. Only for a read that checked without errors.
 */
export function feedDocument(read: SourceRead): Feed {
  if (!read.ok || !('bytes' in read)) throw new Error('no feed bytes');
  return JSON.parse(new TextDecoder().decode(read.bytes).replace(/^\uFEFF/, '')) as Feed;
}

export function checkRead(read: SourceRead, lang: Lang): Checked {
  if (!read.ok) return read;
  try {
    return { ok: true, result: validateRead(read, lang) };
  } catch (e) {
    const detail =
      e instanceof RangeError && /call stack/i.test(e.message)
        ? msg(lang, 'tooDeep')
        : e instanceof Error
          ? e.message
          : String(e);
    return { ok: false, message: msg(lang, 'uncheckable', { source: read.source, detail }) };
  }
}

function validateRead(read: Extract<SourceRead, { ok: true }>, lang: Lang): ValidationResult {
  if (!('oversize' in read)) return validateFeedText(read.bytes, { lang });
  // The checker rounds to 0.1 MiB ("5.0 MiB, the limit is 5 MiB" for one byte over); the
  // CLI knows the bytes, and whether reading stopped before the end.
  const result = oversizeResult(read.oversize, { lang });
  const words = {
    bytes: formatCount(read.oversize, lang),
    limit: formatCount(MAX_FEED_BYTES, lang),
  };
  const message = msg(lang, read.exact ? 'tooLarge' : 'tooLargeStopped', words);
  return { ...result, errors: result.errors.map((p) => (p.code === 'feed.too-large' ? { ...p, message } : p)) };
}

/**
 * The checked feed of one source for a command that needs a valid one (`export …`): a source
 * that cannot be read is a CliError (exit 2); a feed with errors has them written to stderr,
 * one line each, and gives no feed (the command exits 1).
 */
export async function readValidFeed(source: string, ctx: CliContext): Promise<Feed | undefined> {
  const read = checkRead(await readSource(source, readOptions(ctx)), ctx.lang);
  if (!read.ok) throw new CliError(read.message);
  if (!read.result.feed)
    for (const p of read.result.errors)
      await ctx.stderr.write(`${printable(`${source}:${p.path} ${p.code} ${p.message}`)}\n`);
  return read.result.feed;
}
