/** Where the feed comes from: pasted, a file, a URL, or the sample. */
import { useSignalEffect } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { MAX_FEED_BYTES } from '../utils/feed/feed-size';
import { edited, lang, load, replaced, replaceText, status, text, url } from './state';

let mirror: ReturnType<typeof setTimeout> | undefined;

import { tt } from './strings';

export function SourceSection() {
  const l = lang.value;
  // The text box is not bound to the text: writing 5 MiB back into it on every keystroke cost
  // more than the keystroke. It is written only when the text comes from elsewhere.
  const area = useRef<HTMLTextAreaElement>(null);
  const write = () => {
    clearTimeout(mirror);
    if (area.current && area.current.value !== text.peek()) area.current.value = text.peek();
  };
  useSignalEffect(() => {
    replaced.value;
    write();
  });
  // What the editor writes reaches the box after 2 s without an edit, or at once when it is
  // focused: a browser lays out a long feed in a text box for a third of a second or more.
  useSignalEffect(() => {
    if (!edited.value) return;
    clearTimeout(mirror);
    mirror = setTimeout(write, 2000);
  });
  return (
    <section aria-labelledby="source-title" class="source">
      <h2 id="source-title">{tt(l, 'sourceTitle')}</h2>
      <label>
        {tt(l, 'paste')}
        <textarea
          id="feed-text"
          ref={area}
          spellcheck={false}
          onFocus={write}
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
              if (!file) return;
              // Refused before it is read: a file of any size would otherwise be read whole.
              if (file.size > MAX_FEED_BYTES)
                status.value = tt(l, 'fetchFailed', { url: file.name, detail: tt(l, 'tooLarge') });
              else replaceText(await file.text());
            }}
          />
        </label>
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (url.value) void load(url.value);
          }}
        >
          <label>
            {tt(l, 'url')}
            <input
              type="url"
              size={40}
              placeholder="https://…/.well-known/clearclinic.json"
              value={url.value}
              onInput={(e) => (url.value = (e.target as HTMLInputElement).value)}
            />
          </label>
          <button type="submit">{tt(l, 'fetch')}</button>
        </form>
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
  );
}
