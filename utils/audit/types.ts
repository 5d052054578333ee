/** What an audit says about one hospital and one rule (audit-rules.md "Statuses"). */
import type { DayNumber } from '../date/civil';
import type { Feed } from '../feed/schema';
import type { Lang } from '../i18n/local-text';
import type { ScheduleEngine } from '../schedule/engine';
import type { RuleEntry } from './profile';

export type AuditStatus = 'pass' | 'fail' | 'warn' | 'n/a';

export interface RuleResult {
  rule: string;
  status: AuditStatus;
  message: string;
  /** Feed paths (JSON Pointers) and resolved dates that decided it, to check by hand. */
  evidence: string[];
}

export interface AuditContext {
  feed: Feed;
  engine: ScheduleEngine;
  asOf: DayNumber;
  lang: Lang;
  entry: RuleEntry;
}

export type Rule = (ctx: AuditContext) => RuleResult;

/** A result with its message in the context's language. */
export function result(
  ctx: AuditContext,
  status: AuditStatus,
  message: { 'zh-CN': string; en: string },
  evidence: string[] = [],
): RuleResult {
  return { rule: ctx.entry.id, status, message: message[ctx.lang], evidence };
}
