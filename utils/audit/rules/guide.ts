/** Rules about the 《办事不找关系指南》 (item 13). */
import { addMonths, formatDate } from '../../date/civil';
import { parseInstant, wallClockAt } from '../../date/zone';
import { safeHref } from '../../feed/safe-href';
import type { GuideItem } from '../../feed/schema';
import { textIn } from '../../i18n/local-text';
import { listParam, param } from '../profile';
import { type AuditContext, absent, type Rule, result, say } from '../types';

/** A guide field as a person names it, in the report's language. */
const FIELD_WORDS: Record<string, { 'zh-CN': string; en: string }> = {
  steps: { 'zh-CN': '办理步骤', en: 'steps' },
  materials: { 'zh-CN': '所需材料', en: 'materials' },
  locations: { 'zh-CN': '办理地点', en: 'locations' },
  hours: { 'zh-CN': '办理时间', en: 'hours' },
  consultPhone: { 'zh-CN': '咨询电话', en: 'consultation phone' },
  complaintChannels: { 'zh-CN': '投诉渠道', en: 'complaint channels' },
  timeLimit: { 'zh-CN': '办理时限', en: 'time limit' },
  fee: { 'zh-CN': '收费标准', en: 'fee' },
  prohibited: { 'zh-CN': '违规禁办清单', en: 'prohibited list' },
  waivable: { 'zh-CN': '容缺办理清单', en: 'waivable list' },
};
const field = (ctx: AuditContext, name: string) => (FIELD_WORDS[name] ? say(ctx, FIELD_WORDS[name]) : name);

export const guidePublished: Rule = (ctx) => {
  const guide = ctx.feed.guide;
  const fail = ctx.entry.failAs === 'warn' ? 'warn' : 'fail';
  if (!guide)
    return result(ctx, fail, { 'zh-CN': '未公开《办事不找关系指南》', en: 'No guide published' }, [
      absent(ctx, '/guide'),
    ]);
  const evidence = [`/guide/url ${guide.url}`, `/guide/items: ${guide.items.length}`];
  if (!safeHref(guide.url) || guide.items.length === 0) {
    return result(
      ctx,
      fail,
      { 'zh-CN': '指南缺少可扫码访问的网址或事项', en: 'The guide lacks a scannable URL or items' },
      evidence,
    );
  }
  return result(
    ctx,
    'pass',
    {
      'zh-CN': `已公开，${guide.items.length} 个事项，可扫码查看`,
      en: `Published: ${guide.items.length} items, scannable`,
    },
    evidence,
  );
};

const REQUIRED: (keyof GuideItem)[] = ['locations', 'hours', 'consultPhone', 'complaintChannels'];

export const guideComplete: Rule = (ctx) => {
  const guide = ctx.feed.guide;
  if (!guide) return result(ctx, 'fail', { 'zh-CN': '未公开指南', en: 'No guide published' }, [absent(ctx, '/guide')]);
  const feeAndTime = listParam<string>(ctx.entry, 'feeAndTimeFor', ['证明与资料', '费用与票据']);
  const evidence: string[] = [];
  guide.items.forEach((item, i) => {
    const missing: string[] = [];
    if (item.steps.length === 0) missing.push('steps');
    if (item.materials.length === 0 && !item.noMaterials) missing.push('materials');
    for (const field of REQUIRED) {
      const value = item[field];
      if (value === undefined || (Array.isArray(value) && value.length === 0) || value === '') missing.push(field);
    }
    if (item.category && feeAndTime.includes(item.category)) {
      if (!item.timeLimit) missing.push('timeLimit');
      if (!item.fee) missing.push('fee');
    }
    if (missing.length > 0)
      evidence.push(
        say(ctx, {
          'zh-CN': `/guide/items/${i} ${textIn(item.name, ctx.lang)}：缺少${missing.map((m) => field(ctx, m)).join('、')}`,
          en: `/guide/items/${i} ${textIn(item.name, ctx.lang)}: missing ${missing.map((m) => field(ctx, m)).join(', ')}`,
        }),
      );
  });
  return evidence.length === 0
    ? result(ctx, 'pass', {
        'zh-CN': `${guide.items.length} 个事项信息完整`,
        en: `All ${guide.items.length} items complete`,
      })
    : result(
        ctx,
        'fail',
        { 'zh-CN': `${evidence.length} 个事项缺少必要信息`, en: `${evidence.length} item(s) incomplete` },
        evidence,
      );
};

export const guideLists: Rule = (ctx) => {
  const guide = ctx.feed.guide;
  const missing = (['prohibited', 'waivable'] as const).filter((k) => !guide?.[k]?.length);
  return missing.length === 0
    ? result(
        ctx,
        'pass',
        { 'zh-CN': '违规禁办、容缺办理清单均已公开', en: 'Prohibited and waivable lists published' },
        [`/guide/prohibited: ${guide!.prohibited!.length}`, `/guide/waivable: ${guide!.waivable!.length}`],
      )
    : result(
        ctx,
        'warn',
        {
          'zh-CN': `缺少${missing.map((k) => field(ctx, k)).join('、')}`,
          en: `Missing: ${missing.map((k) => field(ctx, k)).join(', ')}`,
        },
        missing.map((k) => absent(ctx, `/guide/${k}`)),
      );
};

export const guideFresh: Rule = (ctx) => {
  const guide = ctx.feed.guide;
  if (!guide) return result(ctx, 'fail', { 'zh-CN': '未公开指南', en: 'No guide published' }, [absent(ctx, '/guide')]);
  const months = param(ctx.entry, 'months', 12);
  const published = wallClockAt(ctx.engine.timeZone, parseInstant(guide.publishedAt)!).day;
  const evidence = [`/guide/publishedAt ${guide.publishedAt}`];
  return published >= addMonths(ctx.asOf, -months)
    ? result(
        ctx,
        'pass',
        {
          'zh-CN': `指南 ${formatDate(published)} 更新，${months} 个月以内`,
          en: `Updated ${formatDate(published)}, within ${months} months`,
        },
        evidence,
      )
    : result(
        ctx,
        'fail',
        { 'zh-CN': `指南 ${formatDate(published)} 以来未更新`, en: `Not updated since ${formatDate(published)}` },
        evidence,
      );
};
