/**
 * One source's feed for an audit, from the result of validating it: the feed, or why it
 * cannot be audited in the reader's words. The CLI and the extension both use it, so their
 * exported reports say the same for the same feeds.
 */
import type { Problem } from '../feed/messages';
import type { Feed } from '../feed/schema';
import type { Lang } from '../i18n/local-text';
import { translator } from '../i18n/strings';
import type { AuditInput } from './report';

const text = translator({
  invalidForAudit: {
    'zh-CN': '数据无效（{count} 个错误：{first}），无法评估',
    en: 'Invalid feed ({count} errors: {first}); not audited',
  },
});

export function auditInput(
  source: string,
  result: { feed?: Feed; errors: readonly Problem[] },
  lang: Lang,
): AuditInput {
  if (result.feed) return { source, feed: result.feed };
  const first = result.errors
    .slice(0, 3)
    .map((p) => `${p.path || '/'} ${p.code}`)
    .join('; ');
  return { source, error: text(lang, 'invalidForAudit', { count: result.errors.length, first }) };
}
