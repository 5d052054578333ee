/** What the webmaster copies: the two-line embed and, for a valid feed, the schema.org JSON-LD. */
import { jsonLd, lang, snippet } from './state';
import { tt } from './strings';

export function SnippetSection() {
  const l = lang.value;
  return (
    <section aria-labelledby="snippet-title">
      <h2 id="snippet-title">{tt(l, 'snippetTitle')}</h2>
      <p>{tt(l, 'snippetHelp')}</p>
      <pre id="snippet">{snippet.value}</pre>
      <Copy value={snippet.value} />
    </section>
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
