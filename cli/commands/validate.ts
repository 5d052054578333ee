/** `clearclinic validate SOURCE… [--json]` (../shared/spec/cli.md). */
import type { Problem } from '../../utils/feed/messages';
import { countEn } from '../../utils/i18n/format';
import { type CliContext, checkRead, readOptions } from '../context';
import { msg } from '../messages';
import { eachSource, expandSources } from '../sources';
import { jsonText, paint as paintIf, printable, type Style } from '../terminal';

export async function validateCommand(args: string[], flags: { json: boolean }, ctx: CliContext): Promise<number> {
  const reading = readOptions(ctx);
  const sources = await expandSources(args, reading);
  // Each feed is checked as soon as it is read and only its problems are kept, so memory
  // holds a few feeds at a time, not every source's bytes.
  const reads = await eachSource(sources, reading, (read) => {
    const checked = checkRead(read, ctx.lang);
    if (!checked.ok) return { source: read.source, ok: false as const, message: checked.message };
    const { valid, errors, warnings } = checked.result;
    return { source: read.source, ok: true as const, result: { valid, errors, warnings } };
  });
  const paint = (style: Style, text: string) => paintIf(ctx.color, style, text);
  let unreadable = 0;
  let invalid = 0;
  let errorCount = 0;
  let warningCount = 0;
  for (const read of reads) {
    if (!read.ok) {
      unreadable++;
      await ctx.stderr.write(`${printable(read.message)}\n`);
      if (flags.json) {
        await ctx.stdout.write(
          `${jsonText({ source: read.source, valid: false, readError: read.message, errors: [], warnings: [] })}\n`,
        );
      }
      continue;
    }
    const { result } = read;
    if (!result.valid) invalid++;
    errorCount += result.errors.length;
    warningCount += result.warnings.length;
    if (flags.json) {
      const brief = (p: Problem) => ({ code: p.code, path: p.path, message: p.message, hint: p.hint });
      await ctx.stdout.write(
        `${jsonText({
          source: read.source,
          valid: result.valid,
          errors: result.errors.map(brief),
          warnings: result.warnings.map(brief),
        })}\n`,
      );
      continue;
    }
    for (const p of [...result.errors, ...result.warnings]) {
      const where = `${read.source}:${p.path}`;
      // The severity in words as well as colour: a pipe or a log file keeps no colour.
      const error = p.severity === 'error';
      const code = error ? paint(['red', 'bold'], p.code) : paint('yellow', p.code);
      const word = msg(ctx.lang, error ? 'severityError' : 'severityWarning');
      await ctx.stdout.write(`${paint('dim', where)} ${code} ${word}${printable(p.message)}\n`);
    }
    if (result.valid && result.warnings.length === 0)
      await ctx.stdout.write(`${printable(read.source)} ${paint('green', msg(ctx.lang, 'valid'))}\n`);
  }
  if (!flags.json) {
    const files = reads.length - unreadable;
    // English counts carry their nouns ("1 error", "2 warnings"); Chinese ones need none.
    const counts = {
      files,
      bad: invalid,
      errors: errorCount,
      warnings: warningCount,
      feedsValid: files === 1 ? '1 feed valid' : `${files} feeds valid`,
      feedCount: countEn(files, 'feed'),
      errorCount: countEn(errorCount, 'error'),
      warningCount: countEn(warningCount, 'warning'),
      sourceCount: countEn(unreadable, 'source'),
    };
    const summary =
      invalid > 0
        ? paint('red', msg(ctx.lang, 'summaryBad', counts))
        : paint('green', msg(ctx.lang, 'summaryOk', counts));
    await ctx.stdout.write(
      summary +
        (unreadable
          ? (ctx.lang === 'en' ? '; ' : '；') +
            msg(ctx.lang, 'summaryUnread', { count: unreadable, sourceCount: countEn(unreadable, 'source') })
          : '') +
        '\n',
    );
  }
  return unreadable > 0 ? 2 : invalid > 0 ? 1 : 0;
}
