/**
 * The feed reader with words: every finding of check.ts as a Problem with a message and a
 * fix hint in the reader's language, zod configured with the same locale.
 */
import zodEn from 'zod/v4/locales/en.js';
import zodZhCN from 'zod/v4/locales/zh-CN.js';
import { FALLBACK_LANG, type Lang } from '../i18n/local-text';
import {
  type CheckOptions,
  type CheckResult,
  checkFeed,
  checkFeedText,
  oversizeResult as oversizeCheck,
} from './check';
import { issueMapper } from './check-issues';
import { warningChecks } from './check-warnings';
import { describe, type Problem } from './messages';
import type { Feed } from './schema';

export { MAX_FEED_BYTES } from './check';

export interface ValidateOptions extends Omit<CheckOptions, 'zodError' | 'warnings' | 'issues'> {
  /** Language of messages and hints; default zh-CN. */
  lang?: Lang;
}

export interface ValidationResult {
  /** The feed, only when it has no errors: a feed with errors is never used as good. */
  feed: Feed | undefined;
  valid: boolean;
  errors: Problem[];
  warnings: Problem[];
}

const locales = { 'zh-CN': zodZhCN, en: zodEn };

function withWords(result: CheckResult, lang: Lang): ValidationResult {
  const problems = result.findings.map((f) => describe(f, lang));
  return {
    feed: result.feed,
    valid: result.valid,
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
}

const checkOptions = (options: ValidateOptions): CheckOptions => ({
  ...options,
  zodError: locales[options.lang ?? FALLBACK_LANG]().localeError,
  warnings: warningChecks,
  issues: issueMapper,
});

/** Validates feed bytes (UTF-8) or text. */
export function validateFeedText(input: string | Uint8Array, options: ValidateOptions = {}): ValidationResult {
  return withWords(checkFeedText(input, checkOptions(options)), options.lang ?? FALLBACK_LANG);
}

/** Validates an already-parsed JSON value. */
export function validateFeed(data: unknown, options: ValidateOptions = {}): ValidationResult {
  return withWords(checkFeed(data, checkOptions(options)), options.lang ?? FALLBACK_LANG);
}

/** The result for a feed of `size` bytes, over the limit: refused before reading. */
export function oversizeResult(size: number, options: ValidateOptions = {}): ValidationResult {
  return withWords(oversizeCheck(size), options.lang ?? FALLBACK_LANG);
}
