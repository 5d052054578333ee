/**
 * The webmaster tools: check a feed before publishing it (every problem with its path and a
 * fix hint), preview the widget with every attribute, copy the embed snippet and the
 * schema.org JSON-LD. Everything happens in the page; nothing is uploaded anywhere.
 */
import { computed, effect, signal } from '@preact/signals';
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import '../widget/loader';
import { keyed } from '../components/keyed';
import type { Problem } from '../utils/feed/messages';
import { type ValidationResult, validateFeedText } from '../utils/feed/validate';
import { type Lang, textIn } from '../utils/i18n/local-text';
import { hospitalJsonLd, jsonLdScript } from '../utils/schema-org/json-ld';
import { SIZES, THEMES, VIEWS } from '../widget/attributes';
import { tt } from './strings';

const lang = signal<Lang>(/^en/i.test(navigator.language) ? 'en' : 'zh-CN');
const text = signal('');
const status = signal('');
const attrs = signal({ view: 'overview', department: '', date: '', lang: 'zh-CN', theme: 'auto', size: 'normal' });
/** Problems carry no id: one is its severity, code and path. */
const problemKey = (p: Problem) => `${p.severity} ${p.code} ${p.path}`;
/** Validation follows the text after a short pause, so typing stays smooth. */
const checked = signal<ValidationResult | undefined>(undefined);
let timer: ReturnType<typeof setTimeout> | undefined;
effect(() => {
  const value = text.value;
  const language = lang.value;
  clearTimeout(timer);
  timer = setTimeout(
    () => (checked.value = value.trim() ? validateFeedText(value, { lang: language }) : undefined),
    250,
  );
});
effect(() => {
  document.documentElement.lang = lang.value;
  document.title = tt(lang.value, 'title');
});

const snippet = computed(() => {
  const a = attrs.value;
  const extra = (['view', 'department', 'date', 'theme', 'size'] as const)
    .filter((k) => a[k] && a[k] !== { view: 'overview', theme: 'auto', size: 'normal', department: '', date: '' }[k])
    .map((k) => ` ${k}="${a[k]}"`)
    .join('');
  const host = location.origin.startsWith('http') ? location.origin : 'https://YOUR-HOST';
  return `<script type="module" src="${host}/clearclinic/widget.js" async></script>\n<clear-clinic src="/.well-known/clearclinic.json"${extra}></clear-clinic>`;
});

const jsonLd = computed(() => {
  const feed = checked.value?.feed;
  return feed ? jsonLdScript(hospitalJsonLd(feed, { lang: attrs.value.lang === 'en' ? 'en' : 'zh-CN' })) : '';
});

async function load(url: string) {
  status.value = tt(lang.value, 'fetching');
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text.value = await response.text();
    status.value = '';
  } catch (e) {
    status.value = tt(lang.value, 'fetchFailed', { url, detail: e instanceof Error ? e.message : String(e) });
  }
}

function Copy({ value }: { value: string }) {
  const label = tt(lang.value, 'copy');
  return (
    <button
      type="button"
      class="secondary"
      onClick={async (e) => {
        const button = e.currentTarget as HTMLButtonElement;
        await navigator.clipboard?.writeText(value).catch(() => {});
        button.textContent = tt(lang.value, 'copied');
        setTimeout(() => (button.textContent = label), 1500);
      }}
    >
      {label}
    </button>
  );
}

type Attributes = typeof attrs.value;

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

function Select({ name, options }: { name: 'view' | 'lang' | 'theme' | 'size'; options: readonly string[] }) {
  return (
    <label>
      {name}
      <select
        value={attrs.value[name]}
        onChange={(e) => (attrs.value = { ...attrs.value, [name]: (e.target as HTMLSelectElement).value })}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

function App() {
  const l = lang.value;
  const result = checked.value;
  const feed = result?.feed;
  let url = '';
  return (
    <>
      <header>
        <h1>{tt(l, 'title')}</h1>
        <button type="button" onClick={() => (lang.value = l === 'en' ? 'zh-CN' : 'en')}>
          {tt(l, 'switchLang')}
        </button>
      </header>
      <main>
        <section aria-labelledby="source-title">
          <h2 id="source-title">{tt(l, 'sourceTitle')}</h2>
          <label>
            {tt(l, 'paste')}
            <textarea
              id="feed-text"
              spellcheck={false}
              value={text.value}
              onInput={(e) => (text.value = (e.target as HTMLTextAreaElement).value)}
            />
          </label>
          <div class="row">
            <label>
              {tt(l, 'upload')}
              <input
                type="file"
                accept=".json,application/json"
                onChange={async (e) => {
                  const file = (e.target as HTMLInputElement).files?.[0];
                  if (file) text.value = await file.text();
                }}
              />
            </label>
            <label>
              {tt(l, 'url')}
              <input
                type="url"
                size={40}
                placeholder="https://…/.well-known/clearclinic.json"
                onInput={(e) => (url = (e.target as HTMLInputElement).value)}
              />
            </label>
            <button type="button" onClick={() => url && load(url)}>
              {tt(l, 'fetch')}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => load(new URL('../samples/liaohe-first.json', location.href).href)}
            >
              {tt(l, 'sample')}
            </button>
          </div>
          <p class="status" role="status">
            {status.value}
          </p>
        </section>

        <section aria-labelledby="result-title">
          <h2 id="result-title">{tt(l, 'resultTitle')}</h2>
          {!result && <p>{tt(l, 'empty')}</p>}
          {result && (
            <p id="summary" class={`summary ${result.valid ? 'ok' : 'bad'}`}>
              {result.valid
                ? tt(l, 'valid', { warnings: result.warnings.length })
                : tt(l, 'invalid', { errors: result.errors.length, warnings: result.warnings.length })}
            </p>
          )}
          {result && result.errors.length + result.warnings.length > 0 && (
            <table id="problems">
              <thead>
                <tr>
                  <th>{tt(l, 'severity')}</th>
                  <th>{tt(l, 'path')}</th>
                  <th>{tt(l, 'code')}</th>
                  <th>{tt(l, 'message')}</th>
                  <th>{tt(l, 'hint')}</th>
                </tr>
              </thead>
              <tbody>
                {keyed([...result.errors, ...result.warnings], problemKey).map(([key, p]) => (
                  <tr key={key} data-code={p.code} data-path={p.path}>
                    <td class={`sev-${p.severity}`}>{tt(l, p.severity)}</td>
                    <td>
                      <code>{p.path || '/'}</code>
                    </td>
                    <td>
                      <code>{p.code}</code>
                    </td>
                    <td>{p.message}</td>
                    <td class="hint">{p.hint}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section aria-labelledby="preview-title" class="preview">
          <h2 id="preview-title">{tt(l, 'previewTitle')}</h2>
          <div class="row">
            <Select name="view" options={VIEWS} />
            <label>
              department
              <select
                value={attrs.value.department}
                onChange={(e) => (attrs.value = { ...attrs.value, department: (e.target as HTMLSelectElement).value })}
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
              date
              <input
                type="date"
                value={attrs.value.date}
                onInput={(e) => (attrs.value = { ...attrs.value, date: (e.target as HTMLInputElement).value })}
              />
            </label>
            <Select name="lang" options={['zh-CN', 'en']} />
            <Select name="theme" options={THEMES} />
            <Select name="size" options={SIZES} />
          </div>
          {text.value.trim() && <Preview feedText={text.value} attributes={attrs.value} />}
        </section>

        <section aria-labelledby="snippet-title">
          <h2 id="snippet-title">{tt(l, 'snippetTitle')}</h2>
          <p>{tt(l, 'snippetHelp')}</p>
          <pre id="snippet">{snippet.value}</pre>
          <Copy value={snippet.value} />
        </section>

        {jsonLd.value && (
          <section aria-labelledby="jsonld-title">
            <h2 id="jsonld-title">{tt(l, 'jsonLdTitle')}</h2>
            <p>{tt(l, 'jsonLdHelp')}</p>
            <pre id="jsonld">{jsonLd.value}</pre>
            <Copy value={jsonLd.value} />
          </section>
        )}
      </main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
