/**
 * `clearclinic export html SOURCE [--view V] [--department ID…] [--date D] [--lang L] [--size S]
 * [--theme T] [--src URL] [--stylesheet URL] [--out FILE]` (../shared/spec/cli.md): the
 * <clear-clinic> element pre-rendered for that view (widget/prerender.tsx says what it holds).
 * `--src` is the feed's address the element keeps for the script (default: SOURCE when it is a
 * URL, else /.well-known/clearclinic.json, where a hospital publishes its feed); `--stylesheet`
 * the widget's CSS file (default /clearclinic/widget.css, beside the widget's script).
 * Regenerate it whenever the feed changes (a cron job).
 */
import { parseAttributes } from '../../widget/attributes';
import { prerenderWidget } from '../../widget/prerender';
import { type CliContext, readValidFeed } from '../context';
import { CliError, msg } from '../messages';
import { checkOut, writeOut } from '../output';

export const DEFAULT_FEED_URL = '/.well-known/clearclinic.json';
export const DEFAULT_STYLESHEET = '/clearclinic/widget.css';

export interface ExportHtmlFlags {
  view?: string;
  department?: string[];
  date?: string;
  size?: string;
  theme?: string;
  src?: string;
  stylesheet?: string;
  out?: string;
}

/** An http(s) URL or a path on the page's site; anything else (javascript:, data:) is refused. */
function checkAddress(option: string, value: string, lang: CliContext['lang']): string {
  try {
    const url = new URL(value, 'http://page.invalid/');
    if (url.protocol === 'http:' || url.protocol === 'https:') return value;
  } catch {}
  throw new CliError(msg(lang, 'exportAddress', { option, value }));
}

export async function exportHtml(source: string, flags: ExportHtmlFlags, ctx: CliContext): Promise<number> {
  const { lang } = ctx;
  const parsed = parseAttributes({
    view: flags.view,
    department: flags.department?.join(' '),
    date: flags.date,
    lang: ctx.dataLang,
    theme: flags.theme,
    size: flags.size,
  });
  // A value the widget would replace by its default is a mistake here: say it, do not guess.
  const note = parsed.notes[0];
  if (note) throw new CliError(msg(lang, 'exportAttribute', { option: `--${note.name}`, value: note.value }));
  const src = checkAddress('--src', flags.src ?? (/^https?:\/\//i.test(source) ? source : DEFAULT_FEED_URL), lang);
  const stylesheet = checkAddress('--stylesheet', flags.stylesheet ?? DEFAULT_STYLESHEET, lang);
  if (flags.out) await checkOut(flags.out, lang);
  const feed = await readValidFeed(source, ctx);
  if (!feed) return 1;
  const unknown = (parsed.attributes.departments ?? []).filter((id) => !feed.departments.some((d) => d.id === id));
  if (unknown.length) {
    const known = feed.departments.map((d) => d.id).join(', ');
    throw new CliError(msg(lang, 'exportDepartment', { ids: unknown.join(', '), known }));
  }
  const html = `${prerenderWidget({ feed, attributes: { ...parsed.attributes, src }, stylesheet, now: Date.now() })}\n`;
  if (flags.out) await writeOut(flags.out, html, lang, ctx.timeoutMs);
  else await ctx.stdout.write(html);
  return 0;
}
