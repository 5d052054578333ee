/** Rules about declared services (audited as declared, not verified) and the hospital's identity. */
import { checkCreditCode } from '../../identity/credit-code';
import { listParam, param, typeMatches } from '../profile';
import { type Rule, result } from '../types';

export const oneStop: Rule = (ctx) => {
  const center = ctx.feed.services?.oneStopCenter;
  if (!center)
    return result(ctx, 'warn', { 'zh-CN': '未声明一站式服务中心', en: 'No one-stop service center declared' }, [
      '/services/oneStopCenter: absent',
    ]);
  const evidence = [
    `/services/oneStopCenter/outpatient ${center.outpatient}`,
    `/services/oneStopCenter/inpatient ${center.inpatient}`,
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
      '/services/internetHospital: absent',
    ]);
  const evidence = [`/services/internetHospital/onlineFollowUp ${hospital.onlineFollowUp}`];
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
      '/departments: no category "pediatrics"',
    ]);
  const end = ctx.asOf + 7 * param(ctx.entry, 'weeks', 4);
  const ids = found.map(({ d }) => d.id);
  for (let day = ctx.asOf; day < end; day++) {
    const session = ctx.engine.resolveDay(day, { departments: ids })[0];
    if (session) {
      return result(ctx, 'pass', { 'zh-CN': '提供儿科门诊', en: 'Pediatric clinics offered' }, [
        ...found.map(({ i }) => `/departments/${i}`),
        `${session.date} ${session.department} ${session.start}–${session.end}`,
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
        '/departments: no category "geriatrics"',
      ]);
};

export const accessibility: Rule = (ctx) => {
  const required = listParam(ctx.entry, 'required', ['wheelchair', 'waiting-chairs', 'stretcher', 'mother-baby-room']);
  const declared = ctx.feed.services?.accessibility;
  if (!declared)
    return result(ctx, 'warn', { 'zh-CN': '未声明适老化、无障碍设施', en: 'No accessibility facilities declared' }, [
      '/services/accessibility: absent',
    ]);
  const missing = required.filter((r) => !declared.includes(r));
  return missing.length === 0
    ? result(ctx, 'pass', { 'zh-CN': '适老化、无障碍设施齐全', en: 'All required facilities declared' }, [
        `/services/accessibility ${declared.join(', ')}`,
      ])
    : result(ctx, 'fail', { 'zh-CN': `缺少：${missing.join('、')}`, en: `Missing: ${missing.join(', ')}` }, [
        `/services/accessibility ${declared.join(', ')}`,
        ...missing.map((m) => `missing ${m}`),
      ]);
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
      [...evidence, `check: ${check.reason}`],
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
