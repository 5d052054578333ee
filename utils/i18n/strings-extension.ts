/** The extension's own words (notifications, popup, dashboard, options), in zh-CN and en. */
import { translator, type StringTable } from './strings';

const STRINGS = {
  changeNoticeAdded: { 'zh-CN': '新通知：{title}', en: 'New notice: {title}' },
  changeNoticeChanged: { 'zh-CN': '通知有更新：{title}', en: 'Notice updated: {title}' },
  changeSessionAdded: { 'zh-CN': '{date} {department} 新增出诊 {start}–{end}', en: '{date} {department}: clinic added {start}–{end}' },
  changeSessionRemoved: { 'zh-CN': '{date} {department} 取消出诊 {start}–{end}', en: '{date} {department}: clinic cancelled {start}–{end}' },
  changeMore: { 'zh-CN': '另有{n}项变化', en: 'and {n} more changes' },
  changeTitle: { 'zh-CN': '{name}：未来14天出诊有变化', en: '{name}: clinic changes in the next 14 days' },
} satisfies StringTable;

export const extensionText = translator(STRINGS);
