/**
 * `clearclinic export site SOURCE… --out DIR` (../shared/spec/cli.md): a static page per
 * hospital and an index (site/render-site.tsx), with site.css, into DIR. A feed read from a
 * file is copied beside its page and linked from it; one read from a URL is linked where it is.
 * Each feed is rendered as soon as it is read, so memory holds a few feeds at a time. A feed
 * that cannot be read or has errors gets no page (said on stderr) and the others are written.
 * Exit: 0 every page written; 1 a feed had errors; 2 a source could not be read, or DIR could
 * not be written.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hospitalPage, type IndexEntry, indexPage, pageFile, siteCss } from '../../site/render-site';
import { type CliContext, checkRead, readOptions } from '../context';
import { CliError, msg } from '../messages';
import { writeFailure } from '../output';
import { eachSource, expandSources } from '../sources';
import { printable } from '../terminal';

export async function exportSite(args: string[], flags: { out?: string }, ctx: CliContext): Promise<number> {
  const { lang } = ctx;
  if (!flags.out) throw new CliError(msg(lang, 'exportSiteOut'));
  const dir = flags.out;
  const write = async (file: string, text: string) => {
    try {
      await writeFile(join(dir, file), text);
    } catch (e) {
      throw new CliError(writeFailure(join(dir, file), e as NodeJS.ErrnoException, lang));
    }
  };
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new CliError(writeFailure(dir, e as NodeJS.ErrnoException, lang));
  }
  const reading = readOptions(ctx);
  const sources = await expandSources(args, reading);
  const now = Date.now();
  const options = { lang: ctx.dataLang, now };
  const taken = new Set(['index.html', 'site.css']);
  const entries: IndexEntry[] = [];
  let unreadable = 0;
  let invalid = 0;
  // One at a time: pages are named in the order of the sources, whatever order they arrive in.
  await eachSource(sources, { ...reading, concurrency: 1 }, async (read) => {
    const checked = checkRead(read, lang);
    if (!checked.ok) {
      unreadable++;
      await ctx.stderr.write(`${printable(checked.message)}\n`);
      return;
    }
    const feed = checked.result.feed;
    if (!feed) {
      invalid++;
      for (const p of checked.result.errors)
        await ctx.stderr.write(`${printable(`${read.source}:${p.path} ${p.code} ${p.message}`)}\n`);
      const reason = msg(lang, 'exportSiteInvalid', { n: checked.result.errors.length });
      await ctx.stderr.write(`${printable(msg(lang, 'exportSiteSkipped', { source: read.source, reason }))}\n`);
      return;
    }
    const file = pageFile(feed, taken);
    taken.add(file);
    let feedUrl: string | undefined = read.source;
    if (!/^https?:\/\//i.test(read.source) && 'bytes' in read) {
      feedUrl = file.replace(/\.html$/, '.json');
      taken.add(feedUrl);
      await write(feedUrl, Buffer.from(read.bytes).toString('utf8'));
    }
    const page = { file, feed, feedUrl };
    const { html, entry } = hospitalPage(page, options);
    await write(file, html);
    entries.push(entry);
  });
  await write('site.css', siteCss());
  await write('index.html', indexPage(entries, options));
  await ctx.stderr.write(`${printable(msg(lang, 'exportSiteWritten', { pages: entries.length, dir }))}\n`);
  return unreadable ? 2 : invalid ? 1 : 0;
}
