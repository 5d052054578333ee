/** The widget on the feed being checked, with a control for each of its attributes. */
import { useEffect, useRef } from 'preact/hooks';
import { type Lang, textIn } from '../utils/i18n/local-text';
import { SIZES, THEMES, VIEWS } from '../widget/attributes';
import { type Attributes, attrs, lang, previewInView, setAttribute, settled } from './state';
import { tt } from './strings';

export function PreviewSection() {
  const l = lang.value;
  const feed = settled.value.result?.feed;
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    // Scrolled into view, it shows the latest check at once (state.ts, settled).
    const watch = new IntersectionObserver(([e]) => (previewInView.value = e?.isIntersecting ?? true));
    watch.observe(section.current!);
    return () => watch.disconnect();
  }, []);
  return (
    <section aria-labelledby="preview-title" class="preview" ref={section}>
      <h2 id="preview-title">{tt(l, 'previewTitle')}</h2>
      <div class="row">
        <Select name="view" options={VIEWS} />
        <label>
          <AttributeName l={l} name="department" />
          <select
            value={attrs.value.department}
            onChange={(e) => setAttribute('department', (e.target as HTMLSelectElement).value)}
          >
            <option value="">{tt(l, 'any')}</option>
            {feed?.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {textIn(d.name, l)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <AttributeName l={l} name="date" />
          <input
            type="date"
            value={attrs.value.date}
            onInput={(e) => setAttribute('date', (e.target as HTMLInputElement).value)}
          />
        </label>
        <Select name="lang" options={['zh-CN', 'en']} />
        <Select name="theme" options={THEMES} />
        <Select name="size" options={SIZES} />
      </div>
      {settled.value.text.trim() && <Preview feedText={settled.value.text} attributes={attrs.value} />}
    </section>
  );
}

const LABELS = {
  view: 'attrView',
  department: 'attrDepartment',
  date: 'attrDate',
  lang: 'attrLang',
  theme: 'attrTheme',
  size: 'attrSize',
} as const;

/** A control's label: what it is in the page's language, and the attribute it sets. */
function AttributeName({ l, name }: { l: Lang; name: keyof typeof LABELS }) {
  return (
    <>
      {tt(l, LABELS[name])} <code>{name}</code>
    </>
  );
}

function Select({ name, options }: { name: 'view' | 'lang' | 'theme' | 'size'; options: readonly string[] }) {
  return (
    <label>
      <AttributeName l={lang.value} name={name} />
      <select value={attrs.value[name]} onChange={(e) => setAttribute(name, (e.target as HTMLSelectElement).value)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

function setAttributes(el: Element, a: Attributes) {
  for (const [name, v] of Object.entries(a)) {
    if (v) el.setAttribute(name, v);
    else el.removeAttribute(name);
  }
}

/**
 * The widget with the pasted feed inline; a new element per feed text, attributes live. The
 * text and attributes come as props (not read from the signals here), so the effects' lists
 * name what they follow; a new element takes the attributes of the moment, from a ref.
 */
function Preview({ feedText, attributes }: { feedText: string; attributes: Attributes }) {
  const host = useRef<HTMLDivElement>(null);
  const current = useRef(attributes);
  current.current = attributes;
  useEffect(() => {
    const el = document.createElement('clear-clinic');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = feedText;
    el.append(script);
    host.current!.replaceChildren(el);
    setAttributes(el, current.current);
  }, [feedText]);
  useEffect(() => {
    const el = host.current!.querySelector('clear-clinic');
    if (el) setAttributes(el, attributes);
  }, [attributes]);
  return <div ref={host} lang={attributes.lang} />;
}
