/** What an audit says about one hospital and one rule (audit-rules.md "Statuses"). */
import type { DayNumber } from '../date/civil';
import type { Feed } from '../feed/schema';
import { type Lang, textIn } from '../i18n/local-text';
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

/** Evidence and other words in the context's language (reports are wholly in one language). */
export function say(ctx: { lang: Lang }, words: { 'zh-CN': string; en: string }): string {
  return words[ctx.lang] ?? words.en;
}

/** A path and its value as evidence; yes/no in words ("/services/oneStopCenter/inpatient：是"). */
export function valueAt(ctx: { lang: Lang }, path: string, value: unknown): string {
  if (typeof value === 'boolean')
    return `${path}${say(ctx, { 'zh-CN': value ? '：是' : '：否', en: value ? ': yes' : ': no' })}`;
  return `${path} ${String(value)}`;
}

/** A department as people know it: its name in the report's language, else its id. */
export function departmentName(ctx: Pick<AuditContext, 'feed' | 'lang'>, id: string): string {
  const department = ctx.feed.departments.find((d) => d.id === id);
  return (department && textIn(department.name, ctx.lang)) || id;
}

/** "/guide：未提供" / "/guide: absent". */
export function absent(ctx: { lang: Lang }, path: string): string {
  return `${path}${say(ctx, { 'zh-CN': '：未提供', en: ': absent' })}`;
}

/** A result with its message in the context's language. */
export function result(
  ctx: AuditContext,
  status: AuditStatus,
  message: { 'zh-CN': string; en: string },
  evidence: string[] = [],
): RuleResult {
  return { rule: ctx.entry.id, status, message: message[ctx.lang], evidence };
}
