/** Rules about the published schedule: weekend and holiday clinics, notices, freshness, slot length. */

import type { HolidayPeriod } from '../../calendar/holiday-calendar';
import { addMonths, civilFromDay, formatDate, weekdayIndex } from '../../date/civil';
import { parseInstant, wallClockAt } from '../../date/zone';
import { countEn, formatWeekday } from '../../i18n/format';
import { textIn } from '../../i18n/local-text';
import { param } from '../profile';
import { type AuditContext, departmentName, type Rule, result, say } from '../types';

const outpatient = { includeAlwaysOpen: false };

export const weekendClinic: Rule = (ctx) => {
  const { engine, asOf } = ctx;
  const end = asOf + 7 * param(ctx.entry, 'weeks', 4);
  const checked: string[] = [];
  const missing: string[] = [];
  for (let day = asOf; day < end; day++) {
    if (weekdayIndex(day) < 5) continue;
    const info = engine.dayInfo(day);
    if (info.dayType === 'makeup-workday') continue;
    const sessions = engine.resolveDay(day, outpatient);
    checked.push(info.date);
    if (sessions.length === 0)
      missing.push(
        say(ctx, {
          'zh-CN': `${info.date}（${formatWeekday(day, 'zh-CN')}）：没有门诊`,
          en: `${info.date} (${formatWeekday(day, 'en')}): no outpatient session`,
        }),
      );
  }
  if (checked.length === 0)
    return result(ctx, 'warn', { 'zh-CN': '检查期内没有周末日', en: 'No weekend day in the period checked' });
  if (missing.length > 0) {
    return result(
      ctx,
      'fail',
      {
        'zh-CN': `${missing.length} 个周末日没有门诊`,
        en: `${countEn(missing.length, 'weekend day')} without outpatient clinics`,
      },
      missing,
    );
  }
  return result(
    ctx,
    'pass',
    { 'zh-CN': `${checked.length} 个周末日均有门诊`, en: `Outpatient clinics on all ${checked.length} weekend days` },
    [
      say(ctx, {
        'zh-CN': `${checked[0]} 至 ${checked.at(-1)}：${checked.length} 天`,
        en: `${checked[0]} – ${checked.at(-1)}: ${checked.length} days`,
      }),
    ],
  );
};

/** Holiday periods (published) in the window, and the years in it that are pending. */
function holidayWindow(ctx: AuditContext) {
  const months = param(ctx.entry, 'months', 12);
  const from = addMonths(ctx.asOf, -months);
  const to = addMonths(ctx.asOf, months);
  const periods = ctx.engine.calendar.periods(from, to).filter((p) => p.last >= from && p.first <= to);
  const pending: number[] = [];
  for (let y = civilFromDay(from).year; y <= civilFromDay(to).year; y++)
    if (!ctx.engine.calendar.isPublished(y)) pending.push(y);
  return { periods, pending };
}

const periodName = (ctx: AuditContext, names: readonly unknown[]) =>
  names.map((n) => textIn(n as never, ctx.lang)).join('、');

const isPending = (ctx: AuditContext, day: number) => ctx.engine.dayInfo(day).calendar === 'pending';

/** "国庆节 2026-10-01–2026-10-07", marked when its year's arrangement is not published. */
const periodLabel = (ctx: AuditContext, p: HolidayPeriod, pending: boolean) =>
  `${periodName(ctx, p.names)} ${formatDate(p.first)}–${formatDate(p.last)}${pending ? say(ctx, { 'zh-CN': '（放假安排未公布）', en: ' (calendar pending)' }) : ''}`;

/** "2027 年国家放假安排未公布" / "2027: national calendar pending". */
const pendingYear = (ctx: AuditContext, year: number) =>
  say(ctx, { 'zh-CN': `${year} 年国家放假安排未公布`, en: `${year}: national calendar pending` });

/** The holiday rules' answer when the window holds no holiday period at all: nothing to confirm. */
const noPeriods = (ctx: AuditContext, evidence: string[]) =>
  result(ctx, 'warn', { 'zh-CN': '检查期内没有节假日', en: 'No holiday period in the window' }, evidence);

export const holidayClinic: Rule = (ctx) => {
  const { periods, pending } = holidayWindow(ctx);
  const evidence: string[] = [];
  let failed = 0;
  let unconfirmed = 0;
  for (const p of periods) {
    const pendingPeriod = isPending(ctx, p.first);
    const label = periodLabel(ctx, p, pendingPeriod);
    const open: string[] = [];
    for (let day = p.first; day <= p.last; day++) {
      // Only open lines of outpatient departments are clinics: a day not announced or emergencies only is not.
      const sessions = ctx.engine
        .resolveDay(day, outpatient)
        .filter((s) => ctx.engine.isOutpatientOn(s.department, day));
      const n = new Set(sessions.map((s) => s.department)).size;
      if (n > 0)
        open.push(
          say(ctx, {
            'zh-CN': `${formatDate(day)}（${n} 个科室）`,
            en: `${formatDate(day)} (${countEn(n, 'department')})`,
          }),
        );
    }
    if (open.length === 0) {
      if (pendingPeriod) unconfirmed++;
      else failed++;
    }
    evidence.push(
      open.length === 0
        ? say(ctx, {
            'zh-CN': `${label}：放假期间每天都没有门诊`,
            en: `${label}: no outpatient session on any day off`,
          })
        : say(ctx, { 'zh-CN': `${label}：有门诊 ${open.join('、')}`, en: `${label}: clinics on ${open.join(', ')}` }),
    );
  }
  for (const year of pending) evidence.push(pendingYear(ctx, year));
  if (failed > 0)
    return result(
      ctx,
      'fail',
      {
        'zh-CN': `${failed} 个节假日没有节假日门诊`,
        en: `${countEn(failed, 'holiday period')} without holiday clinics`,
      },
      evidence,
    );
  // A pending year's period with a clinic on one of its statutory days off is confirmed; one without only warns.
  if (unconfirmed > 0)
    return result(
      ctx,
      'warn',
      {
        'zh-CN': `${pending.join('、')} 年放假安排未公布，${unconfirmed} 个节假日无法确认`,
        en: `Calendar pending for ${pending.join(', ')}: ${countEn(unconfirmed, 'period')} cannot be confirmed`,
      },
      evidence,
    );
  if (periods.length === 0) return noPeriods(ctx, evidence);
  return result(
    ctx,
    'pass',
    { 'zh-CN': `${periods.length} 个节假日均有门诊`, en: `Holiday clinics in all ${periods.length} periods` },
    evidence,
  );
};

/**
 * 及时公开发布出诊信息, nothing left unsaid: every day off and make-up workday of each holiday
 * period resolves with no `unknown` line for any outpatient department. Periods already past
 * or starting within `days` of asOf fail when something is left unsaid; later periods, and
 * periods of a year whose arrangement is pending, only warn.
 */
export const holidayStated: Rule = (ctx) => {
  const soon = param(ctx.entry, 'days', 30);
  const { periods } = holidayWindow(ctx);
  const evidence: string[] = [];
  let failed = 0;
  let warned = 0;
  for (const p of periods) {
    const pendingPeriod = isPending(ctx, p.first);
    const label = periodLabel(ctx, p, pendingPeriod);
    const days = [...p.makeupDays, ...Array.from({ length: p.last - p.first + 1 }, (_, i) => p.first + i)].sort(
      (a, b) => a - b,
    );
    const unknown: string[] = [];
    for (const day of days) {
      const departments = [
        ...new Set(
          ctx.engine
            .resolveLines(day, outpatient)
            .filter((l) => l.status === 'unknown' && ctx.engine.isOutpatientOn(l.department, day))
            .map((l) => departmentName(ctx, l.department)),
        ),
      ];
      if (departments.length > 0) {
        const sep = say(ctx, { 'zh-CN': '、', en: ', ' });
        const more = say(ctx, {
          'zh-CN': ` 等 ${departments.length} 个科室`,
          en: ` … (${countEn(departments.length, 'department')})`,
        });
        const list = departments.length > 6 ? `${departments.slice(0, 6).join(sep)}${more}` : departments.join(sep);
        unknown.push(`${formatDate(day)}${say(ctx, { 'zh-CN': '：', en: ': ' })}${list}`);
      }
    }
    if (unknown.length === 0) {
      evidence.push(say(ctx, { 'zh-CN': `${label}：每天均已说明`, en: `${label}: every day stated` }));
      continue;
    }
    const due = p.first - ctx.asOf <= soon;
    if (due && !pendingPeriod) failed++;
    else warned++;
    evidence.push(
      say(ctx, {
        'zh-CN': `${label}：未说明 ${unknown.join('；')}`,
        en: `${label}: not announced on ${unknown.join('; ')}`,
      }),
    );
  }
  if (failed > 0)
    return result(
      ctx,
      'fail',
      {
        'zh-CN': `${failed} 个节假日的门诊安排有日期未公布`,
        en: `${countEn(failed, 'holiday period')} ${failed === 1 ? 'leaves' : 'leave'} days not announced`,
      },
      evidence,
    );
  if (warned > 0)
    return result(
      ctx,
      'warn',
      {
        'zh-CN': `${warned} 个尚远或未公布放假安排的节假日仍有日期未说明`,
        en: `${countEn(warned, 'later or pending holiday period')} still ${warned === 1 ? 'leaves' : 'leave'} days not announced`,
      },
      evidence,
    );
  if (periods.length === 0) return noPeriods(ctx, evidence);
  return result(
    ctx,
    'pass',
    { 'zh-CN': '所有节假日及调休上班日的门诊安排均已说明', en: 'Every holiday day off and make-up workday is stated' },
    evidence,
  );
};

export const holidayNoticeLead: Rule = (ctx) => {
  const lead = param(ctx.entry, 'days', 7);
  const { periods, pending } = holidayWindow(ctx);
  const zone = ctx.engine.timeZone;
  const notices = ctx.feed.schedule.notices ?? [];
  const evidence: string[] = [];
  let failed = 0;
  for (const p of periods) {
    const label = `${periodName(ctx, p.names)} ${formatDate(p.first)}`;
    const covering = notices
      .map((n, i) => ({ n, i }))
      .filter(({ n }) =>
        n.entries.some((e) => e.date <= formatDate(p.last) && (e.through ?? e.date) >= formatDate(p.first)),
      );
    if (covering.length === 0) {
      if (p.last < ctx.asOf || p.first - ctx.asOf < lead) {
        failed++;
        evidence.push(say(ctx, { 'zh-CN': `${label}：没有门诊安排通知`, en: `${label}: no notice` }));
      } else
        evidence.push(
          say(ctx, {
            'zh-CN': `${label}：尚无通知（距节假日还有 ${p.first - ctx.asOf} 天）`,
            en: `${label}: no notice yet (${p.first - ctx.asOf} days ahead)`,
          }),
        );
      continue;
    }
    const earliest = covering.reduce((a, b) =>
      (parseInstant(b.n.publishedAt) ?? Infinity) < (parseInstant(a.n.publishedAt) ?? Infinity) ? b : a,
    );
    const published = wallClockAt(zone, parseInstant(earliest.n.publishedAt)!).day;
    const days = p.first - published;
    const where = `/schedule/notices/${earliest.i}/publishedAt`;
    if (days < lead) failed++;
    evidence.push(
      say(ctx, {
        'zh-CN': `${label}：${where} ${formatDate(published)}，提前 ${days} 天`,
        en: `${label}: ${where} ${formatDate(published)}, ${days} days before`,
      }),
    );
  }
  for (const year of pending) evidence.push(pendingYear(ctx, year));
  if (failed > 0)
    return result(
      ctx,
      'fail',
      {
        'zh-CN': `${failed} 个节假日的门诊安排未提前 ${lead} 天公布`,
        en: `${countEn(failed, 'holiday period')} not announced ${lead} days ahead`,
      },
      evidence,
    );
  if (periods.length === 0) return noPeriods(ctx, evidence);
  return result(
    ctx,
    'pass',
    {
      'zh-CN': `节假日门诊安排均提前 ${lead} 天以上公布`,
      en: `Every holiday arrangement announced ${lead}+ days ahead`,
    },
    evidence,
  );
};

export const scheduleFresh: Rule = (ctx) => {
  const days = param(ctx.entry, 'days', 7);
  const slotDays = param(ctx.entry, 'slotDays', 7);
  const zone = ctx.engine.timeZone;
  const updated = wallClockAt(zone, parseInstant(ctx.feed.updatedAt)!).day;
  const evidence = [
    say(ctx, {
      'zh-CN': `/updatedAt ${ctx.feed.updatedAt}：距 ${formatDate(ctx.asOf)} 已 ${ctx.asOf - updated} 天`,
      en: `/updatedAt ${ctx.feed.updatedAt}: ${ctx.asOf - updated} days before ${formatDate(ctx.asOf)}`,
    }),
  ];
  const problems: string[] = [];
  if (ctx.asOf - updated > days) problems.push(say(ctx, { 'zh-CN': '更新时间', en: 'updatedAt' }));
  const slots = ctx.feed.slots ?? [];
  if (slots.length > 0) {
    const last = Math.max(...slots.map((s) => wallClockAt(zone, parseInstant(s.start)!).day));
    evidence.push(
      say(ctx, {
        'zh-CN': `/slots：号源最晚到 ${formatDate(last)}（${last - ctx.asOf} 天后）`,
        en: `/slots: last ${formatDate(last)} (${last - ctx.asOf} days ahead)`,
      }),
    );
    if (last - ctx.asOf < slotDays) problems.push(say(ctx, { 'zh-CN': '号源', en: 'slots' }));
  }
  if (problems.length > 0) {
    return result(
      ctx,
      'fail',
      { 'zh-CN': `出诊信息未及时更新（${problems.join('、')}）`, en: `Not kept current (${problems.join(', ')})` },
      evidence,
    );
  }
  return result(ctx, 'pass', { 'zh-CN': '出诊信息及时更新', en: 'Kept current' }, evidence);
};

export const slot30: Rule = (ctx) => {
  const max = param(ctx.entry, 'maxMinutes', 30);
  const evidence: string[] = [];
  ctx.feed.schedule.regular.forEach((s, i) => {
    if ((s.slotMinutes ?? 30) > max) evidence.push(`/schedule/regular/${i}/slotMinutes ${s.slotMinutes}`);
  });
  ctx.feed.schedule.notices?.forEach((n, i) => {
    n.entries.forEach((e, j) => {
      e.sessions?.forEach((s, k) => {
        if ((s.slotMinutes ?? 30) > max)
          evidence.push(`/schedule/notices/${i}/entries/${j}/sessions/${k}/slotMinutes ${s.slotMinutes}`);
      });
    });
  });
  ctx.feed.slots?.forEach((s, i) => {
    const minutes = ((parseInstant(s.end) ?? 0) - (parseInstant(s.start) ?? 0)) / 60_000;
    if (minutes > max) evidence.push(`/slots/${i} ${minutes} ${say(ctx, { 'zh-CN': '分钟', en: 'min' })}`);
  });
  if (evidence.length > 0) {
    return result(
      ctx,
      'fail',
      {
        'zh-CN': `${evidence.length} 处号源时段超过 ${max} 分钟`,
        en: `${countEn(evidence.length, 'slot length')} over ${max} minutes`,
      },
      evidence,
    );
  }
  const sessions = ctx.feed.schedule.regular.length;
  // Nothing to measure is not a pass.
  if (
    sessions === 0 &&
    !ctx.feed.slots?.length &&
    !ctx.feed.schedule.notices?.some((n) => n.entries.some((e) => e.sessions?.length))
  ) {
    return result(ctx, 'warn', { 'zh-CN': '没有公布任何出诊时段', en: 'No sessions or slots published' }, [
      say(ctx, { 'zh-CN': '/schedule/regular：为空', en: '/schedule/regular: empty' }),
    ]);
  }
  return result(ctx, 'pass', { 'zh-CN': `所有时段均不超过 ${max} 分钟`, en: `Every slot ${max} minutes or less` }, [
    say(ctx, {
      'zh-CN': `出诊表 ${sessions} 条，号源 ${ctx.feed.slots?.length ?? 0} 个`,
      en: `${sessions} roster sessions, ${ctx.feed.slots?.length ?? 0} explicit slots`,
    }),
  ]);
};
