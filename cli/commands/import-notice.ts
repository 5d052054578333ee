/**
 * `clearclinic import notice SOURCE --feed FEED [--year YYYY] [--published-at INSTANT] [--out FILE] [--json]`
 * (../shared/spec/cli.md): a hospital's published holiday notice, as text or as an HTML page,
 * read into a feed-v1 notice and appended to FEED. One `review:` line on stderr for each part
 * it could not represent exactly, and one per name the feed does not have. Exit 0: everything
 * represented; 1: written, with review lines; 2: unreadable input.
 */
import { parseInstant } from '../../utils/date/zone';
import type { Feed } from '../../utils/feed/schema';
import { validateFeed } from '../../utils/feed/validate';
import { addNotice } from '../../utils/notice/add-notice';
import { readNotice } from '../../utils/notice/read-notice';
import { type CliContext, checkRead, feedDocument, readOptions } from '../context';
import { CliError, msg } from '../messages';
import { checkOut, writeOut } from '../output';
import { readSource } from '../sources';
import { jsonText, printable } from '../terminal';

export interface ImportNoticeFlags {
  feed?: string;
  year?: string;
  publishedAt?: string;
  out?: string;
  json: boolean;
}

export async function importNoticeCommand(source: string, flags: ImportNoticeFlags, ctx: CliContext): Promise<number> {
  const { lang } = ctx;
  if (!flags.feed) throw new CliError(msg(lang, 'importNeedsFeed'));
  let year: number | undefined;
  if (flags.year !== undefined) {
    year = Number(flags.year);
    if (!/^\d{4}$/.test(flags.year) || year < 1949 || year > 2100)
      throw new CliError(msg(lang, 'badYear', { value: flags.year }));
  }
  if (flags.publishedAt !== undefined && parseInstant(flags.publishedAt) === undefined)
    throw new CliError(msg(lang, 'badInstant', { flag: 'published-at', value: flags.publishedAt }));
  if (flags.out) await checkOut(flags.out, lang);
  const reading = readOptions(ctx);

  // The feed the names are matched against, and that the notice is added to: it must be valid.
  const feedSource = await readSource(flags.feed, reading);
  const feedRead = checkRead(feedSource, lang);
  if (!feedRead.ok) throw new CliError(feedRead.message);
  if (!feedRead.result.feed) {
    for (const p of feedRead.result.errors)
      await ctx.stderr.write(`${printable(`${flags.feed}:${p.path} ${p.code} ${p.message}`)}\n`);
    throw new CliError(msg(lang, 'importFeedInvalid', { source: flags.feed }));
  }
  const feed = feedRead.result.feed as Feed;

  const noticeRead = await readSource(source, reading);
  if (!noticeRead.ok) throw new CliError(noticeRead.message);
  if (!('bytes' in noticeRead)) throw new CliError(msg(lang, 'importTooLarge', { source }));
  // The HTML reader (linkedom, Readability) loads only for this command.
  const { noticeTextFromBytes } = await import('./notice-source');
  const text = noticeTextFromBytes(noticeRead.bytes, source);
  if (!text.trim()) throw new CliError(msg(lang, 'importEmpty', { source }));

  const result = readNotice(text, feed, {
    ...(year !== undefined && { year }),
    ...(flags.publishedAt && { publishedAt: flags.publishedAt }),
    ...(/^https?:\/\//i.test(source) && { url: source }),
    lang,
  });
  if (result.fatal) throw new CliError(`${source}: ${result.fatal}`);

  // Added to the feed as it was written, so the fields the checker does not know are kept.
  const document = feedDocument(feedSource);
  const out = result.notice ? addNotice(document, result.notice) : document;
  // What is written must pass validate: a reading that would not is a bug, said plainly.
  const checked = validateFeed(out, { lang });
  if (!checked.feed) {
    const first = checked.errors[0];
    throw new CliError(msg(lang, 'importInvalidResult', { detail: first ? `${first.path} ${first.message}` : '' }));
  }
  const review = result.review.map((r) => ({ line: r.line, text: r.text, reason: r.reason }));
  const body = flags.json
    ? `${jsonText({ feed: out, notice: result.notice ?? null, review, unmatched: result.unmatched })}\n`
    : `${JSON.stringify(out, null, 2)}\n`;
  if (flags.out) await writeOut(flags.out, body, lang, ctx.timeoutMs);
  else await ctx.stdout.write(body);
  if (!flags.json) {
    for (const r of review)
      await ctx.stderr.write(`${printable(`review: line ${r.line}: "${r.text}": ${r.reason}`)}\n`);
    for (const name of result.unmatched)
      await ctx.stderr.write(`${printable(msg(lang, 'importUnmatched', { name }))}\n`);
  }
  return review.length || result.unmatched.length || !result.notice ? 1 : 0;
}
