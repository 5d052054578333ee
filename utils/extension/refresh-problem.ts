/**
 * A saved hospital whose latest update was refused or could not be fetched (extension.md:
 * the popup and the dashboard say so, and the kept copy stays shown with its age). Patients
 * read words, never the checker's codes: a feed problem code (time.order …) is "the data on
 * the hospital's site has errors", a network or HTTP failure is "the site could not be reached".
 */
import type { Lang } from '../i18n/local-text';
import { dashboardText } from '../i18n/strings-extension';
import type { RefreshResult } from './schedule-changes';

export interface RefreshProblem {
  kind: 'unreachable' | 'refused';
  /** The failure's code, for the evaluator's eyes and the logs only. */
  code: string;
  /** When it failed, ms since the epoch. */
  at: number;
}

const UNREACHABLE = new Set(['network', 'http', 'no-source', 'src.invalid']);

export function refreshProblem(code: string, at: number): RefreshProblem {
  return { kind: UNREACHABLE.has(code) ? 'unreachable' : 'refused', code, at };
}

/** The problems map after a round: failures recorded, successes cleared, others untouched. */
export function nextProblems(
  current: Readonly<Record<string, RefreshProblem>>,
  results: readonly RefreshResult[],
  at: number,
): Record<string, RefreshProblem> {
  const next = { ...current };
  for (const r of results) {
    if (r.outcome === 'failed') next[r.hospital.feedUrl] = refreshProblem(r.code ?? 'network', at);
    else delete next[r.hospital.feedUrl];
  }
  return next;
}

/** The warning in plain words: "最近一次更新未采用：医院网站上的数据有误。下面是之前保存的数据。" */
export function refreshProblemText(problem: RefreshProblem, lang: Lang, hasCopy: boolean): string {
  const what = dashboardText(lang, problem.kind === 'refused' ? 'problemRefused' : 'problemUnreachable');
  return hasCopy ? `${what}${dashboardText(lang, 'problemKeptCopy')}` : what;
}
