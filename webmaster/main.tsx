/**
 * The webmaster tools: check a feed before publishing it (every problem with its path and a
 * fix hint), preview the widget with every attribute, copy the embed snippet and the
 * schema.org JSON-LD; make and keep the feed in the editor without writing JSON. Everything
 * happens in the page; nothing is uploaded anywhere.
 * One section per file; their shared state is in state.ts.
 */
import { render } from 'preact';
import '../widget/loader';
import { EditorSection } from './editor/EditorSection';
import { te } from './editor/strings';
import { NoticeSection } from './NoticeSection';
import { PreviewSection } from './PreviewSection';
import { ResultSection } from './ResultSection';
import { RosterSection } from './RosterSection';
import { JsonLdSection, SnippetSection } from './SnippetSection';
import { SourceSection } from './SourceSection';
import { lang, large } from './state';
import { tt } from './strings';

function App() {
  const l = lang.value;
  return (
    <>
      <header>
        <h1>{tt(l, 'title')}</h1>
        <div class="row header-tools">
          <button type="button" id="large-text" aria-pressed={large.value} onClick={() => (large.value = !large.value)}>
            {te(l, 'large')}
          </button>
          <button type="button" onClick={() => (lang.value = l === 'en' ? 'zh-CN' : 'en')}>
            {tt(l, 'switchLang')}
          </button>
        </div>
      </header>
      <main>
        <SourceSection />
        <EditorSection />
        <ResultSection />
        <PreviewSection />
        <SnippetSection />
        <JsonLdSection />
        <NoticeSection />
        <RosterSection />
      </main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
