/**
 * Guide: the hospital's 《办事不找关系指南》. Items are searchable (in either language) and
 * open as disclosures with everything needed to get the thing done without asking anyone:
 * materials, steps, time limit, fee, place, hours, phones, complaint channels. QR codes of
 * the guide and of each item for reading on a phone; the prohibited and waivable lists;
 * a print layout with every item open. `allOpen` is the guide read without scripts (the
 * pre-rendered widget, the static site): every item open, no search or print button, which
 * would do nothing there.
 */
import { useState } from 'preact/hooks';
import { safeHref } from '../utils/feed/safe-href';
import type { GuideItem } from '../utils/feed/schema';
import { allTexts, type Lang, type LocalText, textIn } from '../utils/i18n/local-text';
import { t } from '../utils/i18n/strings';
import { tGuide } from '../utils/i18n/strings-guide';
import { keyed } from './keyed';
import { QrFigure } from './QrFigure';
import { useStyles } from './use-styles';
import type { WidgetModel } from './Widget';

/** A LocalText as a list key: all its languages. */
const textKey = (text: LocalText) => allTexts(text).join('\n');

function searchable(item: GuideItem): string {
  return [
    item.name,
    item.category ?? '',
    ...item.materials.map((m) => m.name),
    ...item.steps,
    item.responsibleDept ?? '',
  ]
    .flatMap((x) => allTexts(x))
    .join(' ')
    .toLowerCase();
}

function timeLimitText(item: GuideItem, lang: Lang): string | undefined {
  const limit = item.timeLimit;
  if (!limit) return undefined;
  if (limit.text !== undefined) return textIn(limit.text, lang);
  return limit.value === 0 ? tGuide(lang, 'immediate') : tGuide(lang, `unit_${limit.unit}`, { n: limit.value });
}

function Field({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return (
    <div class="cc-field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Item({ item, lang, open }: { item: GuideItem; lang: Lang; open: boolean }) {
  const href = safeHref(item.url);
  const fee = item.fee ? (item.fee.free ? tGuide(lang, 'guideFree') : textIn(item.fee.text, lang)) : undefined;
  const limit = timeLimitText(item, lang);
  return (
    <details class="cc-item" part="guide-item" data-item={item.id} open={open || undefined}>
      <summary part="guide-summary">{textIn(item.name, lang)}</summary>
      <div class="cc-item-body">
        <dl>
          {item.conditions !== undefined && (
            <Field label={tGuide(lang, 'guideConditions')}>{textIn(item.conditions, lang)}</Field>
          )}
          <Field label={tGuide(lang, 'guideMaterials')}>
            {item.materials.length === 0 ? (
              tGuide(lang, 'guideNoMaterials')
            ) : (
              <ul>
                {keyed(item.materials, (m) => textKey(m.name)).map(([key, m]) => (
                  <li key={key}>
                    {textIn(m.name, lang)}
                    {[
                      m.original && tGuide(lang, 'guideOriginal'),
                      m.copies !== undefined && tGuide(lang, 'guideCopies', { n: m.copies }),
                      m.waivable && tGuide(lang, 'guideWaivableItem'),
                    ]
                      .filter(Boolean)
                      .map((x) => ` (${x})`)
                      .join('')}
                  </li>
                ))}
              </ul>
            )}
          </Field>
          <Field label={tGuide(lang, 'guideSteps')}>
            <ol>
              {keyed(item.steps, textKey).map(([key, step]) => (
                <li key={key}>{textIn(step, lang)}</li>
              ))}
            </ol>
          </Field>
          {limit && <Field label={tGuide(lang, 'guideTimeLimit')}>{limit}</Field>}
          {fee && <Field label={tGuide(lang, 'guideFee')}>{fee}</Field>}
          {item.locations && item.locations.length > 0 && (
            <Field label={tGuide(lang, 'guidePlace')}>
              <ul>
                {keyed(item.locations, (l) => `${textKey(l.place)}\n${l.window ?? ''}`).map(([key, l]) => (
                  <li key={key}>
                    {textIn(l.place, lang)}
                    {l.window ? ` · ${l.window}` : ''}
                  </li>
                ))}
              </ul>
            </Field>
          )}
          {item.hours !== undefined && <Field label={tGuide(lang, 'guideHours')}>{textIn(item.hours, lang)}</Field>}
          {item.onlineChannels && item.onlineChannels.length > 0 && (
            <Field label={tGuide(lang, 'guideOnline')}>
              <ul>
                {keyed(item.onlineChannels, (c) => `${c.type}\n${textKey(c.name)}`).map(([key, c]) => {
                  const link = safeHref(c.url);
                  return (
                    <li key={key}>
                      {link ? (
                        <a href={link} target="_blank" rel="noopener noreferrer">
                          {textIn(c.name, lang)}
                        </a>
                      ) : (
                        textIn(c.name, lang)
                      )}
                    </li>
                  );
                })}
              </ul>
            </Field>
          )}
          {item.visitsRequired !== undefined && (
            <Field label={tGuide(lang, 'guideVisits')}>{String(item.visitsRequired)}</Field>
          )}
          {item.consultPhone !== undefined && <Field label={tGuide(lang, 'guidePhone')}>{item.consultPhone}</Field>}
          {item.complaintChannels && item.complaintChannels.length > 0 && (
            <Field label={tGuide(lang, 'guideComplaint')}>
              {item.complaintChannels.map((c) => c.value).join(lang === 'en' ? ', ' : '，')}
            </Field>
          )}
          {item.responsibleDept !== undefined && (
            <Field label={tGuide(lang, 'guideDept')}>{textIn(item.responsibleDept, lang)}</Field>
          )}
          {item.faq && item.faq.length > 0 && (
            <Field label={tGuide(lang, 'guideFaq')}>
              {keyed(item.faq, (f) => textKey(f.q)).map(([key, f]) => (
                <p key={key}>
                  <strong>{textIn(f.q, lang)}</strong> {textIn(f.a, lang)}
                </p>
              ))}
            </Field>
          )}
        </dl>
        {href && (
          <QrFigure
            class="cc-item-qr"
            href={href}
            label={`${tGuide(lang, 'guideItemQr')}: ${textIn(item.name, lang)}`}
            caption={tGuide(lang, 'guideScan')}
            size={112}
          />
        )}
      </div>
    </details>
  );
}

/** One of the guide's lists (违规禁办 / 容缺办理), when the hospital publishes it. */
function GuideList({
  part,
  title,
  items,
  lang,
}: {
  part: string;
  title: string;
  items: LocalText[] | undefined;
  lang: Lang;
}) {
  if (!items || items.length === 0) return null;
  return (
    <section class="cc-list" part={part}>
      <h4>{title}</h4>
      <ul>
        {keyed(items, textKey).map(([key, x]) => (
          <li key={key}>{textIn(x, lang)}</li>
        ))}
      </ul>
    </section>
  );
}

export default function GuideView({ model, allOpen = false }: { model: WidgetModel; allOpen?: boolean }) {
  const ref = useStyles<HTMLElement>(GUIDE_CSS);
  const lang = model.lang;
  const guide = model.data!.feed.guide;
  const [query, setQuery] = useState('');
  const [printing, setPrinting] = useState(false);
  if (!guide) return <p class="cc-muted">{tGuide(lang, 'guideNone')}</p>;
  const href = safeHref(guide.url);
  const q = query.trim().toLowerCase();
  const items = q ? guide.items.filter((item) => searchable(item).includes(q)) : guide.items;
  const print = () => {
    setPrinting(true);
    // Let the open items render, print, then fold them again.
    requestAnimationFrame(() => {
      window.print();
      setPrinting(false);
    });
  };
  return (
    <section ref={ref} class="cc-guide" aria-label={t(lang, 'tabGuide')}>
      <div class="cc-guide-head">
        <div>
          <h3>{textIn(guide.title, lang)}</h3>
          {guide.version !== undefined && <p class="cc-muted">{guide.version}</p>}
          {!allOpen && (
            <button type="button" class="cc-button cc-noprint" onClick={print}>
              {tGuide(lang, 'guidePrint')}
            </button>
          )}
        </div>
        {href && (
          <QrFigure
            class="cc-guide-qr"
            href={href}
            label={tGuide(lang, 'guideQr')}
            caption={tGuide(lang, 'guideScan')}
          />
        )}
      </div>
      {!allOpen && (
        <label class="cc-search cc-noprint">
          {tGuide(lang, 'guideSearch')}
          <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        </label>
      )}
      {items.length === 0 && <p class="cc-muted">{tGuide(lang, 'guideNoMatch')}</p>}
      <div class="cc-items">
        {items.map((item) => (
          <Item key={item.id} item={item} lang={lang} open={printing || allOpen} />
        ))}
      </div>
      <GuideList part="prohibited" title={tGuide(lang, 'guideProhibited')} items={guide.prohibited} lang={lang} />
      <GuideList part="waivable" title={tGuide(lang, 'guideWaivable')} items={guide.waivable} lang={lang} />
    </section>
  );
}

export const GUIDE_CSS = `
.cc-guide-head{display:flex;flex-wrap:wrap;justify-content:space-between;gap:1em;margin-bottom:.75em}
.cc-guide-head h3{font-size:1.125em}
.cc-qr{display:block;background:#fff;border-radius:4px}
.cc figcaption{font-size:.875em;text-align:center}
.cc-items{display:grid;gap:.375em;margin-top:.75em}
.cc-item{border:1px solid var(--cc-border);border-radius:6px}
.cc-item summary{cursor:pointer;padding:.5em .75em;min-height:44px;display:flex;align-items:center;font-weight:600}
.cc-item-body{display:flex;flex-wrap:wrap;gap:1em;padding:0 .75em .75em}
.cc-item-body dl{flex:1 1 18em}
.cc-field{display:grid;grid-template-columns:7em 1fr;gap:.5em;padding:.25em 0;border-top:1px solid var(--cc-soft)}
.cc-field dt{color:var(--cc-muted);font-size:.9375em}
.cc-field ol{list-style:decimal;padding-left:1.25em}
.cc-field ul li+li{margin-top:.125em}
.cc-list{margin-top:1em}
.cc-list h4{font-size:1em;margin-bottom:.25em}
.cc-list ul{list-style:disc;padding-left:1.25em}
@media (max-width:420px){.cc-field{grid-template-columns:1fr;gap:0}}
`;
