/** Rules about declared services (audited as declared, not verified) and the hospital's identity. */
import { FACILITY_NAMES } from '../../feed/facility-names';
import { checkCreditCode } from '../../identity/credit-code';
import { listParam, param, typeMatches } from '../profile';
import { absent, departmentName, type Rule, result, say, valueAt } from '../types';

/** A facility in words; one this list does not know stays as the feed wrote it. */
const facility = (ctx: Parameters<Rule>[0], code: string) =>
  say(ctx, FACILITY_NAMES[code] ?? { 'zh-CN': code, en: code });

/** Why a credit code fails its check, in words. */
const CODE_REASON: Record<string, { 'zh-CN': string; en: string }> = {
  format: { 'zh-CN': '格式不符（应为18位数字或大写字母）', en: 'wrong format (18 digits or capital letters)' },
  checksum: { 'zh-CN': '校验位不符', en: 'check digit does not match' },
  'org-checksum': { 'zh-CN': '组织机构代码校验位不符', en: 'organisation code check digit does not match' },
};

export const oneStop: Rule = (ctx) => {
  const center = ctx.feed.services?.oneStopCenter;
  if (!center)
    return result(ctx, 'warn', { 'zh-CN': '未声明一站式服务中心', en: 'No one-stop service center declared' }, [
      absent(ctx, '/services/oneStopCenter'),
    ]);
  const evidence = [
    valueAt(ctx, '/services/oneStopCenter/outpatient', center.outpatient),
    valueAt(ctx, '/services/oneStopCenter/inpatient', center.inpatient),
  ];
  if (center.outpatient && center.inpatient)
    return result(
      ctx,
      'pass',
      { 'zh-CN': '门诊、住院均设一站式服务中心', en: 'One-stop centers for outpatients and inpatients' },
      evidence,
    );
  return result(
    ctx,
    'fail',
    { 'zh-CN': '门诊或住院缺少一站式服务中心', en: 'No one-stop center for outpatients or inpatients' },
    evidence,
  );
};

export const onlineFollowUp: Rule = (ctx) => {
  const hospital = ctx.feed.services?.internetHospital;
  if (!hospital)
    return result(ctx, 'warn', { 'zh-CN': '未声明互联网医院', en: 'No internet hospital declared' }, [
      absent(ctx, '/services/internetHospital'),
    ]);
  const evidence = [valueAt(ctx, '/services/internetHospital/onlineFollowUp', hospital.onlineFollowUp)];
  return hospital.onlineFollowUp
    ? result(ctx, 'pass', { 'zh-CN': '互联网医院提供线上复诊', en: 'Online follow-up visits offered' }, evidence)
    : result(
        ctx,
        'fail',
        { 'zh-CN': '互联网医院未开展线上复诊', en: 'The internet hospital offers no online follow-up' },
        evidence,
      );
};

/** A department of a category, with its pointer. */
function departmentsOf(ctx: Parameters<Rule>[0], category: string) {
  return ctx.feed.departments.map((d, i) => ({ d, i })).filter(({ d }) => d.category === category);
}

export const pediatrics: Rule = (ctx) => {
  const types = listParam(ctx.entry, 'types', ['A100']);
  if (!typeMatches(ctx.feed.hospital.type, types)) {
    return result(ctx, 'n/a', { 'zh-CN': `仅适用于 ${types.join('、')}`, en: `Applies to ${types.join(', ')} only` }, [
      `/hospital/type ${ctx.feed.hospital.type}`,
    ]);
  }
  const found = departmentsOf(ctx, 'pediatrics');
  if (found.length === 0)
    return result(ctx, 'fail', { 'zh-CN': '未设儿科', en: 'No pediatrics department' }, [
      say(ctx, {
        'zh-CN': '/departments：没有 category 为 pediatrics 的科室',
        en: '/departments: no category "pediatrics"',
      }),
    ]);
  const end = ctx.asOf + 7 * param(ctx.entry, 'weeks', 4);
  const ids = found.map(({ d }) => d.id);
  for (let day = ctx.asOf; day < end; day++) {
    const session = ctx.engine.resolveDay(day, { departments: ids })[0];
    if (session) {
      return result(ctx, 'pass', { 'zh-CN': '提供儿科门诊', en: 'Pediatric clinics offered' }, [
        ...found.map(({ i }) => `/departments/${i}`),
        `${session.date} ${departmentName(ctx, session.department)} ${session.start}–${session.end}`,
      ]);
    }
  }
  return result(
    ctx,
    'fail',
    { 'zh-CN': '儿科近期没有门诊', en: 'No pediatric session in the coming weeks' },
    found.map(({ i }) => `/departments/${i}`),
  );
};

export const geriatrics: Rule = (ctx) => {
  const levels = listParam(ctx.entry, 'levels', [3]);
  const types = listParam(ctx.entry, 'types', ['A100', 'A210']);
  const { level, type } = ctx.feed.hospital;
  if (level === null || !levels.includes(level) || !typeMatches(type, types)) {
    return result(
      ctx,
      'n/a',
      { 'zh-CN': '仅适用于三级公立综合医院、中医医院', en: 'Applies to level-3 general and TCM hospitals only' },
      [`/hospital/level ${level}`, `/hospital/type ${type}`],
    );
  }
  const found = departmentsOf(ctx, 'geriatrics');
  return found.length > 0
    ? result(
        ctx,
        'pass',
        { 'zh-CN': '设老年医学科', en: 'Geriatrics department present' },
        found.map(({ i }) => `/departments/${i}`),
      )
    : result(ctx, 'fail', { 'zh-CN': '未设老年医学科', en: 'No geriatrics department' }, [
        say(ctx, {
          'zh-CN': '/departments：没有 category 为 geriatrics 的科室',
          en: '/departments: no category "geriatrics"',
        }),
      ]);
};

export const accessibility: Rule = (ctx) => {
  const required = listParam(ctx.entry, 'required', ['wheelchair', 'waiting-chairs', 'stretcher', 'mother-baby-room']);
  const declared = ctx.feed.services?.accessibility;
  if (!declared)
    return result(ctx, 'warn', { 'zh-CN': '未声明适老化、无障碍设施', en: 'No accessibility facilities declared' }, [
      absent(ctx, '/services/accessibility'),
    ]);
  const missing = required.filter((r) => !declared.includes(r));
  return missing.length === 0
    ? result(ctx, 'pass', { 'zh-CN': '适老化、无障碍设施齐全', en: 'All required facilities declared' }, [
        `/services/accessibility${say(ctx, { 'zh-CN': '：', en: ' ' })}${declared.map((d) => facility(ctx, d)).join(say(ctx, { 'zh-CN': '、', en: ', ' }))}`,
      ])
    : result(
        ctx,
        'fail',
        {
          'zh-CN': `缺少：${missing.map((m) => facility(ctx, m)).join('、')}`,
          en: `Missing: ${missing.map((m) => facility(ctx, m)).join(', ')}`,
        },
        [
          `/services/accessibility${say(ctx, { 'zh-CN': '：', en: ' ' })}${declared.map((d) => facility(ctx, d)).join(say(ctx, { 'zh-CN': '、', en: ', ' }))}`,
        ],
      );
};

export const hospitalId: Rule = (ctx) => {
  const { id, ownership } = ctx.feed.hospital;
  const check = checkCreditCode(id);
  const evidence = [`/hospital/id ${id}`];
  if (!check.valid) {
    return result(
      ctx,
      'warn',
      { 'zh-CN': '统一社会信用代码校验不通过', en: 'The unified social credit code fails its check' },
      [...evidence, say(ctx, CODE_REASON[check.reason]!)],
    );
  }
  if (ownership === 'public' && !id.startsWith('12')) {
    return result(
      ctx,
      'warn',
      {
        'zh-CN': '公立医院的代码通常以 12 开头（事业单位）',
        en: 'A public hospital’s code usually starts with 12 (public institution)',
      },
      evidence,
    );
  }
  return result(ctx, 'pass', { 'zh-CN': '统一社会信用代码有效', en: 'Valid unified social credit code' }, evidence);
};
