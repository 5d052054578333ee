/** Names of rules and statuses for people, zh-CN and en. */

import { countEn } from '../../i18n/format';
import type { Lang } from '../../i18n/local-text';
import { textIn } from '../../i18n/local-text';
import { type StringTable, translator } from '../../i18n/strings';
import { BUILT_IN_PROFILES } from '../profile';
import type { AuditReport } from '../report';
import type { AuditStatus } from '../types';

const RULES: StringTable = {
  'weekend-clinic': { 'zh-CN': '周末门诊', en: 'Weekend clinics' },
  'holiday-clinic': { 'zh-CN': '节假日门诊', en: 'Holiday clinics' },
  'holiday-stated': { 'zh-CN': '节假日安排无未公布日', en: 'Holiday days all stated' },
  'holiday-notice-lead': { 'zh-CN': '节假日安排提前公布', en: 'Holiday notices in time' },
  'schedule-fresh': { 'zh-CN': '出诊信息及时更新', en: 'Schedule kept current' },
  'slot-30': { 'zh-CN': '分时段预约≤30分钟', en: 'Slots of 30 min or less' },
  'wait-20': { 'zh-CN': '预约后等待≤20分钟', en: 'Wait after booking ≤ 20 min' },
  'wait-reported': { 'zh-CN': '公布候诊时间', en: 'Wait figures reported' },
  'appointment-rate-reported': { 'zh-CN': '公布预约诊疗率', en: 'Appointment rate reported' },
  'one-stop': { 'zh-CN': '一站式服务中心', en: 'One-stop service centers' },
  'online-follow-up': { 'zh-CN': '线上复诊', en: 'Online follow-up' },
  pediatrics: { 'zh-CN': '儿科服务', en: 'Pediatrics' },
  geriatrics: { 'zh-CN': '老年医学科', en: 'Geriatrics' },
  'guide-published': { 'zh-CN': '公开办事指南', en: 'Guide published' },
  'guide-complete': { 'zh-CN': '指南信息完整', en: 'Guide complete' },
  'guide-lists': { 'zh-CN': '指南四张清单', en: 'Guide lists' },
  'guide-fresh': { 'zh-CN': '指南持续更新', en: 'Guide kept current' },
  accessibility: { 'zh-CN': '适老化、无障碍', en: 'Accessibility' },
  'hospital-id': { 'zh-CN': '统一社会信用代码', en: 'Credit code' },
  'region-geriatrics-90': { 'zh-CN': '老年医学科设置率≥90%', en: 'Geriatrics in ≥ 90%' },
  'region-internet-nursing': { 'zh-CN': '每市“互联网+护理”', en: 'Internet nursing per city' },
  'region-holiday-vaccination': { 'zh-CN': '每市节假日接种', en: 'Holiday vaccination per city' },
};

export function ruleLabel(id: string, lang: Lang): string {
  return RULES[id]?.[lang] ?? id;
}

const STATUS: Record<AuditStatus | 'error', Record<Lang, string>> = {
  pass: { 'zh-CN': '符合', en: 'pass' },
  fail: { 'zh-CN': '不符合', en: 'fail' },
  warn: { 'zh-CN': '待确认', en: 'warn' },
  'n/a': { 'zh-CN': '不适用', en: 'n/a' },
  error: { 'zh-CN': '无法读取', en: 'error' },
};

export function statusLabel(status: AuditStatus | 'error', lang: Lang): string {
  return STATUS[status][lang];
}

/** A policy as people know it (its title), else the profile's name (a profile file of one's own). */
export function profileTitle(name: string, lang: Lang): string {
  const profile = BUILT_IN_PROFILES[name];
  return profile ? textIn(profile.title, lang) : name;
}

/** Sources audited and sources that could not be read, counted apart. */
export function reportCounts(report: AuditReport): { audited: number; unread: number } {
  const audited = report.hospitals.filter((h) => h.results).length;
  return { audited, unread: report.hospitals.length - audited };
}

const summaryText = translator({
  auditSummary: {
    'zh-CN': '{profile} · {asOf} · {hospitals} 所医院：符合 {pass}，不符合 {fail}，待确认 {warn}{unreadZh}',
    en: '{profile} · {asOf} · {hospitalCount}: {pass} pass, {fail} fail, {warn} warn{unreadEn}',
  },
});

/** One line for a whole report: profile, date, hospitals, and how many rule results passed, failed and need a look (the CLI's table and the extension's audit). */
export function reportSummary(report: AuditReport, lang: Lang): string {
  const results = report.hospitals.flatMap((h) => h.results ?? []);
  const count = (status: AuditStatus) => results.filter((r) => r.status === status).length;
  // Hospitals are the sources that were audited; a source that could not be read is counted apart.
  const { audited, unread } = reportCounts(report);
  return summaryText(lang, 'auditSummary', {
    profile: profileTitle(report.profile, lang),
    asOf: report.asOf,
    hospitals: audited,
    hospitalCount: countEn(audited, 'hospital'),
    unreadZh: unread ? `；${unread} 个来源无法读取` : '',
    unreadEn: unread ? `; ${countEn(unread, 'source')} could not be read` : '',
    pass: count('pass'),
    fail: count('fail'),
    warn: count('warn'),
  });
}
