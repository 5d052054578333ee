/**
 * What the webmaster copies: the embed — the two lines, or the element pre-rendered on the feed
 * being checked (widget/prerender.tsx), with the trade-off said plainly — and, for a valid feed,
 * the schema.org JSON-LD.
 */
import { useSignal, useSignalEffect } from '@preact/signals';
import { Fragment } from 'preact';
import { parseAttributes } from '../widget/attributes';
import { attrs, jsonLd, lang, settled, snippet } from './state';
import { tt } from './strings';

/** The two ways to embed, each with its trade-off beside it. */
const KINDS = [
  { kind: 'two-lines', label: 'snippetTwoLines', tradeoff: 'snippetTwoLinesTradeoff' },
  { kind: 'prerendered', label: 'snippetPrerendered', tradeoff: 'snippetPrerenderedTradeoff' },
] as const;

/** The pre-rendered snippet shows its beginning only: the whole of a large feed's is ~220 KB. */
const SHOWN = 2000;

export function SnippetSection() {
  const l = lang.value;
  const kind = useSignal<(typeof KINDS)[number]['kind']>('two-lines');
  const prerendered = useSignal<string | undefined>(undefined);
  useSignalEffect(() => {
    const feed = settled.value.result?.valid ? settled.value.result.feed : undefined;
    const a = attrs.value;
    prerendered.value = undefined;
    if (kind.value !== 'prerendered' || !feed) return;
    let live = true;
    // The renderer and every view's code load only when this is chosen.
    void import('../widget/prerender').then(({ prerenderWidget }) => {
      if (!live) return;
      const host = location.origin.startsWith('http') ? location.origin : 'https://YOUR-HOST';
      const { attributes } = parseAttributes({ ...a, src: '/.well-known/clearclinic.json' });
      const element = prerenderWidget({
        feed,
        attributes,
        stylesheet: `${host}/clearclinic/widget.css`,
        now: Date.now(),
      });
      prerendered.value = `${snippet.peek().split('\n')[0]}\n${element}\n`;
    });
    return () => {
      live = false;
    };
  });
  const valid = Boolean(settled.value.result?.valid);
  const text = kind.value === 'prerendered' ? prerendered.value : snippet.value;
  return (
    <section aria-labelledby="snippet-title">
      <h2 id="snippet-title">{tt(l, 'snippetTitle')}</h2>
      <fieldset class="snippet-kind">
        <legend>{tt(l, 'snippetKind')}</legend>
        {KINDS.map(({ kind: k, label, tradeoff }) => (
          <Fragment key={k}>
            <label>
              <input
                type="radio"
                name="snippet-kind"
                id={`snippet-${k}`}
                checked={kind.value === k}
                onChange={() => (kind.value = k)}
              />{' '}
              {tt(l, label)}
            </label>
            <p class="hint">{tt(l, tradeoff)}</p>
          </Fragment>
        ))}
      </fieldset>
      {kind.value === 'two-lines' ? (
        <p>{tt(l, 'snippetHelp')}</p>
      ) : !valid ? (
        <p role="status">{tt(l, 'snippetNeedsValid')}</p>
      ) : !text ? (
        <p role="status">{tt(l, 'snippetRendering')}</p>
      ) : (
        <p id="snippet-size">{tt(l, 'snippetPrerenderedSize', { kb: (new Blob([text]).size / 1024).toFixed(0) })}</p>
      )}
      {text && (
        <>
          <pre id="snippet">{text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text}</pre>
          <Copy value={text} />
          {kind.value === 'prerendered' && <Download value={text} />}
        </>
      )}
    </section>
  );
}

function Download({ value }: { value: string }) {
  return (
    <button
      type="button"
      class="secondary"
      id="snippet-download"
      onClick={() => {
        const a = document.createElement('a');
        a.href = URL.createObjectURL(new Blob([value], { type: 'text/html' }));
        a.download = 'clearclinic-prerendered.html';
        a.click();
        setTimeout(() => URL.revokeObjectURL(a.href), 1000);
      }}
    >
      {tt(lang.value, 'download')}
    </button>
  );
}

export function JsonLdSection() {
  const l = lang.value;
  if (!jsonLd.value) return null;
  return (
    <section aria-labelledby="jsonld-title">
      <h2 id="jsonld-title">{tt(l, 'jsonLdTitle')}</h2>
      <p>{tt(l, 'jsonLdHelp')}</p>
      <pre id="jsonld">{jsonLd.value}</pre>
      <Copy value={jsonLd.value} />
    </section>
  );
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
