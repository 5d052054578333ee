/** Names of rules and statuses for people, zh-CN and en. */
import type { Lang } from '../../i18n/local-text';
import { translator } from '../../i18n/strings';
import type { AuditReport } from '../report';
import type { AuditStatus } from '../types';

const RULES: Record<string, [string, string]> = {
  'weekend-clinic': ['周末门诊', 'Weekend clinics'],
  'holiday-clinic': ['节假日门诊', 'Holiday clinics'],
  'holiday-stated': ['节假日安排无未公布日', 'Holiday days all stated'],
  'holiday-notice-lead': ['节假日安排提前公布', 'Holiday notices in time'],
  'schedule-fresh': ['出诊信息及时更新', 'Schedule kept current'],
  'slot-30': ['分时段预约≤30分钟', 'Slots of 30 min or less'],
  'wait-20': ['预约后等待≤20分钟', 'Wait after booking ≤ 20 min'],
  'wait-reported': ['公布候诊时间', 'Wait figures reported'],
  'appointment-rate-reported': ['公布预约诊疗率', 'Appointment rate reported'],
  'one-stop': ['一站式服务中心', 'One-stop service centers'],
  'online-follow-up': ['线上复诊', 'Online follow-up'],
  pediatrics: ['儿科服务', 'Pediatrics'],
  geriatrics: ['老年医学科', 'Geriatrics'],
  'guide-published': ['公开办事指南', 'Guide published'],
  'guide-complete': ['指南信息完整', 'Guide complete'],
  'guide-lists': ['指南四张清单', 'Guide lists'],
  'guide-fresh': ['指南持续更新', 'Guide kept current'],
  accessibility: ['适老化、无障碍', 'Accessibility'],
  'hospital-id': ['统一社会信用代码', 'Credit code'],
  'region-geriatrics-90': ['老年医学科设置率≥90%', 'Geriatrics in ≥ 90%'],
  'region-internet-nursing': ['每市“互联网+护理”', 'Internet nursing per city'],
  'region-holiday-vaccination': ['每市节假日接种', 'Holiday vaccination per city'],
};

export function ruleLabel(id: string, lang: Lang): string {
  const pair = RULES[id];
  return pair ? pair[lang === 'en' ? 1 : 0] : id;
}

const STATUS: Record<AuditStatus | 'error', [string, string]> = {
  pass: ['符合', 'pass'],
  fail: ['不符合', 'fail'],
  warn: ['待确认', 'warn'],
  'n/a': ['不适用', 'n/a'],
  error: ['无法读取', 'error'],
};

export function statusLabel(status: AuditStatus | 'error', lang: Lang): string {
  return STATUS[status][lang === 'en' ? 1 : 0];
}

const summaryText = translator({
  auditSummary: {
    'zh-CN': '{profile} · {asOf} · {hospitals} 所医院：符合 {pass}，不符合 {fail}，待确认 {warn}',
    en: '{profile} · {asOf} · {hospitals} hospital(s): {pass} pass, {fail} fail, {warn} warn',
  },
});

/** One line for a whole report: profile, date, hospitals, and how many rule results passed, failed and need a look (the CLI's table and the extension's audit). */
export function reportSummary(report: AuditReport, lang: Lang): string {
  const results = report.hospitals.flatMap((h) => h.results ?? []);
  const count = (status: AuditStatus) => results.filter((r) => r.status === status).length;
  return summaryText(lang, 'auditSummary', {
    profile: report.profile,
    asOf: report.asOf,
    hospitals: report.hospitals.length,
    pass: count('pass'),
    fail: count('fail'),
    warn: count('warn'),
  });
}
