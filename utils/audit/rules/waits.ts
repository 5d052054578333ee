/** Rules about arrival-to-consultation waits and the appointment rate (national indicators 22, 23). */
import { addMonths, formatDate, parseDate } from '../../date/civil';
import type { WaitStat } from '../../feed/schema';
import { textIn } from '../../i18n/local-text';
import { param } from '../profile';
import { type AuditContext, absent, type Rule, result, say } from '../types';

/** Each department's (and "*"'s) latest period, with its index in waitTimes. */
function latestByDepartment(ctx: AuditContext): Map<string, { stat: WaitStat; i: number }> {
  const latest = new Map<string, { stat: WaitStat; i: number }>();
  ctx.feed.waitTimes?.forEach((stat, i) => {
    const seen = latest.get(stat.department);
    if (!seen || stat.periodEnd > seen.stat.periodEnd) latest.set(stat.department, { stat, i });
  });
  return latest;
}

export const wait20: Rule = (ctx) => {
  const max = param(ctx.entry, 'maxMinutes', 20);
  const latest = latestByDepartment(ctx);
  if (latest.size === 0)
    return result(ctx, 'warn', { 'zh-CN': '未公布候诊时间', en: 'No wait figures published' }, [
      absent(ctx, '/waitTimes'),
    ]);
  const departments = [...latest.entries()].filter(([id]) => id !== '*');
  const name = (id: string) => textIn(ctx.feed.departments.find((d) => d.id === id)?.name, ctx.lang) || id;
  const worst = departments
    .sort((a, b) => b[1].stat.meanMinutes - a[1].stat.meanMinutes)
    .slice(0, 5)
    .map(
      ([id, { stat, i }]) =>
        `/waitTimes/${i} ${name(id)}${say(ctx, {
          'zh-CN': `：${stat.meanMinutes} 分钟（${stat.periodStart}–${stat.periodEnd}，样本 ${stat.sampleSize}）`,
          en: `: ${stat.meanMinutes} min (${stat.periodStart}–${stat.periodEnd}, n=${stat.sampleSize})`,
        })}`,
    );
  const whole = latest.get('*');
  let mean: number;
  let basis: string;
  if (whole) {
    mean = whole.stat.meanMinutes;
    basis = `/waitTimes/${whole.i} ${say(ctx, {
      'zh-CN': `全院：${mean} 分钟（${whole.stat.periodStart}–${whole.stat.periodEnd}，样本 ${whole.stat.sampleSize}）`,
      en: `whole hospital: ${mean} min (${whole.stat.periodStart}–${whole.stat.periodEnd}, n=${whole.stat.sampleSize})`,
    })}`;
  } else {
    const n = departments.reduce((s, [, { stat }]) => s + stat.sampleSize, 0);
    mean =
      n > 0
        ? Math.round((departments.reduce((s, [, { stat }]) => s + stat.meanMinutes * stat.sampleSize, 0) / n) * 10) / 10
        : NaN;
    basis = say(ctx, {
      'zh-CN': `${departments.length} 个科室按样本加权平均：${mean} 分钟（样本 ${n}）`,
      en: `sample-weighted mean of ${departments.length} departments: ${mean} min (n=${n})`,
    });
  }
  if (!Number.isFinite(mean))
    return result(ctx, 'warn', { 'zh-CN': '候诊时间样本为零', en: 'Wait figures have no sample' }, [basis]);
  return mean <= max
    ? result(
        ctx,
        'pass',
        { 'zh-CN': `预约后平均等待 ${mean} 分钟，达到 ${max} 分钟以内`, en: `Mean wait ${mean} min, within ${max}` },
        [basis, ...worst],
      )
    : result(
        ctx,
        'fail',
        { 'zh-CN': `预约后平均等待 ${mean} 分钟，超过 ${max} 分钟`, en: `Mean wait ${mean} min, over ${max}` },
        [basis, ...worst],
      );
};

/** Wait figures whose period ends within the last `months`. */
function recent(ctx: AuditContext): { stat: WaitStat; i: number }[] {
  const since = formatDate(addMonths(ctx.asOf, -param(ctx.entry, 'months', 3)));
  return (ctx.feed.waitTimes ?? [])
    .map((stat, i) => ({ stat, i }))
    .filter(({ stat }) => stat.periodEnd >= since && (parseDate(stat.periodStart) ?? Infinity) <= ctx.asOf);
}

export const waitReported: Rule = (ctx) => {
  const found = recent(ctx);
  if (found.length === 0)
    return result(ctx, 'fail', { 'zh-CN': '近期未公布候诊时间', en: 'No recent wait figures' }, [
      say(ctx, { 'zh-CN': '/waitTimes：期内没有数据', en: '/waitTimes: none in the period' }),
    ]);
  const whole = found.filter(({ stat }) => stat.department === '*').at(-1) ?? found.at(-1)!;
  return result(
    ctx,
    'pass',
    { 'zh-CN': `已公布：平均 ${whole.stat.meanMinutes} 分钟`, en: `Reported: mean ${whole.stat.meanMinutes} min` },
    [`/waitTimes/${whole.i} ${whole.stat.periodStart}–${whole.stat.periodEnd}`],
  );
};

export const appointmentRateReported: Rule = (ctx) => {
  const found = recent(ctx).filter(({ stat }) => stat.appointmentRate !== undefined);
  if (found.length === 0)
    return result(ctx, 'fail', { 'zh-CN': '近期未公布预约诊疗率', en: 'No recent appointment rate' }, [
      say(ctx, {
        'zh-CN': '/waitTimes/*/appointmentRate：期内没有数据',
        en: '/waitTimes/*/appointmentRate: none in the period',
      }),
    ]);
  const last = found.at(-1)!;
  const pct = Math.round(last.stat.appointmentRate! * 1000) / 10;
  return result(ctx, 'pass', { 'zh-CN': `已公布：预约诊疗率 ${pct}%`, en: `Reported: appointment rate ${pct}%` }, [
    `/waitTimes/${last.i}/appointmentRate ${last.stat.appointmentRate}`,
  ]);
};
