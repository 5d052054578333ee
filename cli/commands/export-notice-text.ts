/**
 * `clearclinic export notice-text SOURCE --notice ID [--lang zh-CN|en]` (../shared/spec/cli.md):
 * one notice of a feed as the text a hospital posts. What the text can say only in words (a
 * referral, a place, a note) is listed on stderr, since `import notice` would review it.
 */
import { writeNotice } from '../../utils/notice/write-notice';
import { type CliContext, readValidFeed } from '../context';
import { CliError, msg } from '../messages';
import { checkOut, writeOut } from '../output';
import { printable } from '../terminal';

export async function exportNoticeText(
  source: string,
  flags: { notice?: string; out?: string },
  ctx: CliContext,
): Promise<number> {
  const { lang } = ctx;
  if (!flags.notice) throw new CliError(msg(lang, 'exportNeedsNotice'));
  if (flags.out) await checkOut(flags.out, lang);
  const feed = await readValidFeed(source, ctx);
  if (!feed) return 1;
  const notice = (feed.schedule.notices ?? []).find((n) => n.id === flags.notice);
  if (!notice) {
    const known = (feed.schedule.notices ?? []).map((n) => n.id).join(', ') || '—';
    throw new CliError(msg(lang, 'exportNoNotice', { id: flags.notice, known }));
  }
  const written = writeNotice(feed, notice, ctx.dataLang);
  if (flags.out) await writeOut(flags.out, written.text, lang, ctx.timeoutMs);
  else await ctx.stdout.write(written.text);
  for (const i of written.inexact)
    await ctx.stderr.write(
      `${printable(msg(lang, 'exportInexact', { path: `/schedule/notices/${feed.schedule.notices!.indexOf(notice)}/entries/${i}` }))}\n`,
    );
  return 0;
}
