/** A saved hospital's latest refresh failed: said in plain words beside the kept copy (never the checker's code). */
import { type RefreshProblem, refreshProblemText } from '../../utils/extension/refresh-problem';
import type { Lang } from '../../utils/i18n/local-text';

export function RefreshProblemNote({
  problem,
  lang,
  hasCopy,
}: {
  problem: RefreshProblem;
  lang: Lang;
  hasCopy: boolean;
}) {
  return (
    <p class="refresh-problem" role="note" data-refresh-problem={problem.kind}>
      {refreshProblemText(problem, lang, hasCopy)}
    </p>
  );
}
