/**
 * A static site of hospitals' clinic information (`clearclinic export site`): one page per
 * hospital — its hours for the next fifteen days, booking as links, wait times, the guide
 * with every item open and its QR codes, the JSON-LD in the head — and an index. For
 * hospitals without a CMS and for a city's list of hospitals, rebuilt by a cron job when a
 * feed changes. No scripts: the pages read the same with them off, and print (the widget's
 * print rules hide nothing a page needs). Pure: feeds in, HTML text out.
 */
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import GuideView from '../components/GuideView';
import { StaticHours } from '../components/StaticHours';
import WaitsView from '../components/WaitsView';
import type { WidgetModel } from '../components/Widget';
import { safeHref } from '../utils/feed/safe-href';
import type { Feed } from '../utils/feed/schema';
import { jsonInScript } from '../utils/html/json-in-script';
import { type Lang, textIn } from '../utils/i18n/local-text';
import { hospitalJsonLd } from '../utils/schema-org/json-ld';
import { prerenderModel } from '../widget/prerender';
import { VIEWS_CSS } from '../widget/stylesheet';
import { tSite } from './strings';

export interface SitePage {
  /** The page's file name in the site's folder (hospital-….html). */
  file: string;
  feed: Feed;
  /** Where the feed is published, for the page's link to it (http(s) or a path). */
  feedUrl?: string;
}

/** A file name from the hospital's id: letters, digits and dashes only, and unique in the site. */
export function pageFile(feed: Feed, taken: ReadonlySet<string>): string {
  const base = `hospital-${feed.hospital.id.replace(/[^A-Za-z0-9-]/g, '-').slice(0, 64) || 'x'}`;
  let file = `${base}.html`;
  for (let n = 2; taken.has(file); n++) file = `${base}-${n}.html`;
  return file;
}

function Document({
  lang,
  title,
  head,
  children,
}: {
  lang: Lang;
  title: string;
  head?: string;
  children: ComponentChildren;
}) {
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <link rel="stylesheet" href="site.css" />
        {/* JSON-LD is data, not a script that runs; jsonInScript keeps `<` out of it. */}
        {head && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: head }} />}
      </head>
      <body>{children}</body>
    </html>
  );
}

/** A page's body: the widget's root box (its rules apply), the content, and when it was made. */
function SiteFrame({ lang, now, children }: { lang: Lang; now: number; children: ComponentChildren }) {
  return (
    <div class="cc-host">
      <div class="cc cc-site" lang={lang}>
        {children}
        <footer class="cc-muted cc-site-foot">
          <p>{tSite(lang, 'madeAt', { madeAt: new Date(now).toISOString() })}</p>
        </footer>
      </div>
    </div>
  );
}

const page = (node: preact.VNode) => `<!doctype html>\n${renderToString(node)}\n`;

/** The distinct booking links of a feed's slots (http(s) only), at most `max`. */
function bookingLinks(feed: Feed, max = 5): string[] {
  const out = new Set<string>();
  for (const slot of feed.slots ?? []) {
    const href = safeHref(slot.bookingUrl);
    if (href) out.add(href);
    if (out.size >= max) break;
  }
  return [...out];
}

/**
 * A hospital's page, and what the index says of it: both from one model (one schedule engine
 * per feed, which for the largest sample costs about 45 ms to build).
 */
export function hospitalPage(
  { feed, feedUrl, file }: SitePage,
  { lang, now }: { lang: Lang; now: number },
): { html: string; entry: IndexEntry } {
  const model: WidgetModel = prerenderModel(
    feed,
    { src: feedUrl, view: 'overview', departments: undefined, date: undefined, lang, theme: 'auto', size: 'normal' },
    now,
  );
  const name = textIn(feed.hospital.name, lang);
  const h = feed.hospital;
  const website = safeHref(h.website);
  const booking = bookingLinks(feed);
  const colon = lang === 'en' ? ': ' : '：';
  const sections = [
    ['hours', tSite(lang, 'hours')],
    ['booking', tSite(lang, 'booking')],
    ['waits', tSite(lang, 'waits')],
    ...(feed.guide ? [['guide', tSite(lang, 'guide')]] : []),
  ] as const;
  const html = page(
    <Document
      lang={lang}
      title={tSite(lang, 'pageTitle', { name })}
      head={jsonInScript(hospitalJsonLd(feed, { lang }), 2)}
    >
      <SiteFrame lang={lang} now={now}>
        <header class="cc-head">
          <p class="cc-noprint">
            <a href="index.html">{tSite(lang, 'allHospitals')}</a>
          </p>
          <h1 class="cc-title">{name}</h1>
          <ul class="cc-site-facts">
            {h.address && (
              <li>
                {tSite(lang, 'address')}
                {colon}
                {h.address}
              </li>
            )}
            {h.phone && (
              <li>
                {tSite(lang, 'phone')}
                {colon}
                {h.phone}
              </li>
            )}
            {website && (
              <li>
                <a href={website}>{tSite(lang, 'website')}</a>
              </li>
            )}
            <li class="cc-muted">{tSite(lang, 'updated', { updatedAt: feed.updatedAt })}</li>
          </ul>
          <nav class="cc-noprint" aria-label={tSite(lang, 'contents')}>
            <ul class="cc-site-nav">
              {sections.map(([id, label]) => (
                <li key={id}>
                  <a href={`#${id}`}>{label}</a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main>
          <section id="hours">
            <h2 id="hours-title">{tSite(lang, 'hours')}</h2>
            <StaticHours model={model} feedUrl={feedUrl} />
          </section>
          <section id="booking">
            <h2 id="booking-title">{tSite(lang, 'booking')}</h2>
            {booking.length ? (
              <>
                <p>{tSite(lang, 'bookingLinks')}</p>
                <ul class="cc-site-links">
                  {booking.map((href) => (
                    <li key={href}>
                      <a href={href}>{href}</a>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{tSite(lang, 'bookingNone')}</p>
            )}
          </section>
          <section id="waits">
            <h2 id="waits-title">{tSite(lang, 'waits')}</h2>
            <WaitsView model={model} />
          </section>
          {feed.guide && (
            <section id="guide">
              <h2 id="guide-title">{tSite(lang, 'guide')}</h2>
              <GuideView model={model} allOpen />
            </section>
          )}
        </main>
      </SiteFrame>
    </Document>,
  );
  return { html, entry: indexEntry(model, file) };
}

/** What the index says of a hospital: its name, city, and how many departments are open today. */
export interface IndexEntry {
  file: string;
  name: string;
  city: string;
  openToday: number;
}

function indexEntry(model: WidgetModel, file: string): IndexEntry {
  const engine = model.engine!;
  const feed = model.data!.feed;
  const open = engine
    .resolveLines(engine.today(model.now))
    .filter((l) => l.status === 'open')
    .map((l) => l.department);
  return {
    file,
    name: textIn(feed.hospital.name, model.lang),
    city: feed.hospital.city,
    openToday: new Set(open).size,
  };
}

export function indexPage(entries: readonly IndexEntry[], { lang, now }: { lang: Lang; now: number }): string {
  const rows = [...entries].sort((a, b) => a.name.localeCompare(b.name, lang));
  return page(
    <Document lang={lang} title={tSite(lang, 'indexTitle')}>
      <SiteFrame lang={lang} now={now}>
        <header class="cc-head">
          <h1 class="cc-title">{tSite(lang, 'indexTitle')}</h1>
          <p class="cc-muted">{tSite(lang, 'indexIntro')}</p>
        </header>
        <main>
          <ul class="cc-site-index">
            {rows.map((r) => (
              <li key={r.file}>
                <a href={r.file}>{r.name}</a>
                <span class="cc-muted">
                  {' · '}
                  {[r.city, r.openToday ? tSite(lang, 'todayOpen', { n: r.openToday }) : tSite(lang, 'todayNone')]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </main>
      </SiteFrame>
    </Document>,
  );
}

/**
 * The site's stylesheet: the widget's rules (its shadow root's :host becomes the page's
 * .cc-host) and the page's own: a readable column, larger headings, and a print layout.
 */
export function siteCss(): string {
  const rules = VIEWS_CSS.replace(/:host\(\[(\w+)=(\w+)\]\)/g, '.cc-host.cc-$1-$2').replace(/:host/g, '.cc-host');
  return `${rules}
html{background:light-dark(#f4f6f8,#0f1215);color-scheme:light dark}
body{margin:0;padding:1rem}
.cc-site{max-width:60rem;margin:0 auto}
.cc-site h1.cc-title{font-size:1.75em}
.cc-site h2{font-size:1.375em;margin:1.5em 0 .5em;padding-bottom:.25em;border-bottom:2px solid var(--cc-border)}
.cc-site-facts{margin:.5em 0}
.cc-site-nav{display:flex;flex-wrap:wrap;gap:.5em 1.25em;margin:.75em 0}
.cc-site-nav a,.cc-site-index a{display:inline-block;min-height:44px;line-height:44px}
.cc-site-index li{padding:.25em 0;border-bottom:1px solid var(--cc-soft)}
.cc-site-links{list-style:disc;padding-left:1.25em}
.cc-site-foot{margin-top:2em}
@media print{body{padding:0}.cc-site h2{break-after:avoid}.cc-static-day{break-inside:avoid}}
`;
}
