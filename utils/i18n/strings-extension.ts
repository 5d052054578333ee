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

const ADD_STRINGS = {
  addedVia: { 'zh-CN': '已保存{name}', en: 'Saved {name}' },
  addUrl: { 'zh-CN': '“{input}”不是网址：请输入以 http:// 或 https:// 开头的医院网站或数据地址。', en: '“{input}” is not a web address: enter a hospital site or feed URL starting with http:// or https://.' },
  addNotFound: {
    'zh-CN': '在 {input} 没有找到明白就医数据：该网页没有 <link rel="clearclinic">，其网站也没有 /.well-known/clearclinic.json。',
    en: 'No ClearClinic feed found at {input}: the page has no <link rel="clearclinic"> and its site has no /.well-known/clearclinic.json.',
  },
  addNetwork: { 'zh-CN': '无法连接 {input}：请检查网络后重试。', en: 'Could not reach {input}: check the connection and try again.' },
  addInvalid: { 'zh-CN': '{url} 的数据有{n}处错误，未保存。第一处：{first}', en: 'The feed at {url} has {n} errors and was not saved. First: {first}' },
  addSyncFull: { 'zh-CN': '已保存的医院太多，无法同步：请先移除一些。', en: 'Too many saved hospitals to sync: remove some first.' },
} satisfies StringTable;

export const addText = translator(ADD_STRINGS);

const OPTIONS_STRINGS = {
  optionsTitle: { 'zh-CN': '明白就医 · 设置', en: 'ClearClinic · Options' },
  optionsLang: { 'zh-CN': '语言', en: 'Language' },
  optionsLangAuto: { 'zh-CN': '跟随浏览器', en: 'Follow the browser' },
  optionsSize: { 'zh-CN': '文字大小', en: 'Text size' },
  optionsSizeNormal: { 'zh-CN': '标准', en: 'Normal' },
  optionsSizeLarge: { 'zh-CN': '大字（适老化）', en: 'Large (easy reading)' },
  optionsTheme: { 'zh-CN': '配色', en: 'Theme' },
  optionsThemeAuto: { 'zh-CN': '跟随系统', en: 'Follow the system' },
  optionsThemeLight: { 'zh-CN': '浅色', en: 'Light' },
  optionsThemeDark: { 'zh-CN': '深色', en: 'Dark' },
  optionsRefresh: { 'zh-CN': '自动更新已保存医院的数据', en: 'Refresh saved hospitals' },
  optionsEvery: { 'zh-CN': '每{n}小时', en: 'Every {n} hours' },
  optionsNotify: { 'zh-CN': '未来14天出诊有变化时通知我', en: 'Notify me when clinics in the next 14 days change' },
  optionsSaved: { 'zh-CN': '已保存', en: 'Saved' },
} satisfies StringTable;

export const optionsText = translator(OPTIONS_STRINGS);
