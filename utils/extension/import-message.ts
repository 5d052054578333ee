/** What an import of the saved list did, in words: how many were added, and each entry left out with its JSON Pointer. */
import type { Lang } from '../i18n/local-text';
import { dashboardText } from '../i18n/strings-extension';
import type { ImportResult } from './saved-hospitals';

const ENTRY_KEYS = {
  'entry-not-object': 'importEntryObject',
  'entry-id': 'importEntryId',
  'entry-url': 'importEntryUrl',
} as const;

export function importMessage(result: ImportResult, file: string, lang: Lang): { ok: boolean; message: string } {
  const first = result.problems[0];
  if (first?.code === 'not-json') return { ok: false, message: dashboardText(lang, 'importNotJson', { file }) };
  if (first?.code === 'not-export') return { ok: false, message: dashboardText(lang, 'importNotExport', { file }) };
  const parts = [dashboardText(lang, 'imported', { added: result.added })];
  if (result.problems.length) {
    const list = result.problems
      .slice(0, 5)
      .map((p) => dashboardText(lang, ENTRY_KEYS[p.code as keyof typeof ENTRY_KEYS], { path: p.path }))
      .join(lang === 'en' ? '; ' : '；');
    parts.push(
      dashboardText(lang, 'importProblems', {
        file,
        n: result.problems.length,
        list: list + (result.problems.length > 5 ? '…' : ''),
      }),
    );
  }
  return { ok: result.problems.length === 0, message: parts.join(' ') };
}
