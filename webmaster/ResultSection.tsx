/** The check's verdict, and every problem with its path, code, message and fix hint. */
import { keyed } from '../components/keyed';
import type { Problem } from '../utils/feed/messages';
import type { ValidationResult } from '../utils/feed/validate';
import type { Lang } from '../utils/i18n/local-text';
import { checked, checkFailure, fetchFailed, lang } from './state';
import { tt } from './strings';

/** Problems carry no id: one is its severity, code and path. */
const problemKey = (p: Problem) => `${p.severity} ${p.code} ${p.path}`;

export function ResultSection() {
  const l = lang.value;
  const result = checked.value;
  return (
    <section aria-labelledby="result-title">
      <h2 id="result-title">{tt(l, 'resultTitle')}</h2>
      {fetchFailed.value ? (
        <p id="summary" class="summary bad" role="alert">
          {tt(l, 'fetchFailedVerdict')}
        </p>
      ) : checkFailure.value ? (
        <p id="summary" class="summary bad" role="alert">
          {checkFailure.value}
        </p>
      ) : result ? (
        <Verdict result={result} l={l} />
      ) : (
        <p>{tt(l, 'empty')}</p>
      )}
      {!fetchFailed.value && result && result.errors.length + result.warnings.length > 0 && (
        <ProblemTable result={result} l={l} />
      )}
    </section>
  );
}

function Verdict({ result, l }: { result: ValidationResult; l: Lang }) {
  return (
    <p id="summary" class={`summary ${result.valid ? 'ok' : 'bad'}`}>
      {result.valid
        ? tt(l, 'valid', { warnings: result.warnings.length })
        : tt(l, 'invalid', { errors: result.errors.length, warnings: result.warnings.length })}
    </p>
  );
}

function ProblemTable({ result, l }: { result: ValidationResult; l: Lang }) {
  return (
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
  );
}
