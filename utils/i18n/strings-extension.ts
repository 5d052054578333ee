/** The extension's own words (notifications, popup, dashboard, options), in zh-CN and en. */
import { type StringTable, translator } from './strings';

const STRINGS = {
  changeNoticeAdded: { 'zh-CN': '新通知：{title}', en: 'New notice: {title}' },
  changeNoticeChanged: { 'zh-CN': '通知有更新：{title}', en: 'Notice updated: {title}' },
  changeSessionAdded: {
    'zh-CN': '{date} {department} 新增出诊 {start}–{end}',
    en: '{date} {department}: clinic added {start}–{end}',
  },
  changeSessionRemoved: {
    'zh-CN': '{date} {department} 取消出诊 {start}–{end}',
    en: '{date} {department}: clinic cancelled {start}–{end}',
  },
  changeUnknownAdded: { 'zh-CN': '{date} {department} 未公布', en: '{date} {department}: not announced' },
  changeUnknownRemoved: { 'zh-CN': '{date} {department} 已公布安排', en: '{date} {department}: now announced' },
  changeMore: { 'zh-CN': '另有{n}项变化', en: 'and {n} more changes' },
  changeTitle: { 'zh-CN': '{name}：未来14天出诊有变化', en: '{name}: clinic changes in the next 14 days' },
} satisfies StringTable;

export const extensionText = translator(STRINGS);

const ADD_STRINGS = {
  addedVia: { 'zh-CN': '已保存{name}', en: 'Saved {name}' },
  addUrl: {
    'zh-CN': '“{input}”不是网址：请输入以 http:// 或 https:// 开头的医院网站或数据地址。',
    en: '“{input}” is not a web address: enter a hospital site or feed URL starting with http:// or https://.',
  },
  addNotFound: {
    'zh-CN':
      '在 {input} 没有找到明白就医数据：该网页没有 <link rel="clearclinic">，其网站也没有 /.well-known/clearclinic.json。',
    en: 'No ClearClinic feed found at {input}: the page has no <link rel="clearclinic"> and its site has no /.well-known/clearclinic.json.',
  },
  addNetwork: {
    'zh-CN': '无法连接 {input}：请检查网络后重试。',
    en: 'Could not reach {input}: check the connection and try again.',
  },
  addInvalid: {
    'zh-CN': '{url} 的数据有{n}处错误，未保存。第一处：{first}',
    en: 'The feed at {url} has {n} errors and was not saved. First: {first}',
  },
  addQueued: {
    'zh-CN': '暂时连不上 {input}。已记下这个地址，联网后会自动添加。',
    en: 'Cannot reach {input} right now. The address is kept and will be added once the network is back.',
  },
  addSyncFull: {
    'zh-CN': '已保存的医院太多，无法同步：请先移除一些。',
    en: 'Too many saved hospitals to sync: remove some first.',
  },
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

const DASHBOARD_STRINGS = {
  dashboardTitle: { 'zh-CN': '明白就医 · 我的医院', en: 'ClearClinic · My hospitals' },
  navSaved: { 'zh-CN': '已保存的医院', en: 'Saved hospitals' },
  navOpenWhen: { 'zh-CN': '哪天开诊', en: 'Open when' },
  navAudit: { 'zh-CN': '评估（评审人员）', en: 'Audit (evaluators)' },
  navOptions: { 'zh-CN': '设置', en: 'Options' },
  addLabel: { 'zh-CN': '医院网站或数据地址', en: 'Hospital site or feed URL' },
  addButton: { 'zh-CN': '添加', en: 'Add' },
  adding: { 'zh-CN': '正在查找…', en: 'Looking…' },
  savedEmpty: {
    'zh-CN': '还没有保存医院。输入医院网站的网址即可添加。',
    en: 'No hospitals saved yet. Enter a hospital’s web address to add one.',
  },
  savedNoData: { 'zh-CN': '尚无离线数据，联网后自动更新', en: 'No offline data yet; it updates when online' },
  moveUp: { 'zh-CN': '上移', en: 'Move up' },
  moveDown: { 'zh-CN': '下移', en: 'Move down' },
  remove: { 'zh-CN': '移除', en: 'Remove' },
  removed: { 'zh-CN': '已移除{name}', en: 'Removed {name}' },
  exportList: { 'zh-CN': '导出列表', en: 'Export list' },
  importList: { 'zh-CN': '导入列表', en: 'Import list' },
  imported: {
    'zh-CN': '新增{added}所医院（已在列表中的保持不变）。',
    en: 'Added {added} hospitals (those already saved are unchanged).',
  },
  importProblems: { 'zh-CN': '{file} 有{n}个条目未导入：{list}', en: '{file}: {n} entries not imported: {list}' },
  importEntryObject: { 'zh-CN': '{path} 不是医院条目', en: '{path} is not a hospital entry' },
  importEntryId: { 'zh-CN': '{path} 缺少医院标识', en: '{path} has no hospital id' },
  importEntryUrl: { 'zh-CN': '{path} 不是 http(s) 网址', en: '{path} is not an http(s) URL' },
  importNotExport: {
    'zh-CN': '{file} 不是明白就医导出的医院列表，未做任何更改。',
    en: '{file} is not a ClearClinic hospital list; nothing changed.',
  },
  importNotJson: {
    'zh-CN': '{file} 不是 JSON 文件，未做任何更改。',
    en: '{file} is not a JSON file; nothing changed.',
  },
  dateLabel: { 'zh-CN': '日期', en: 'Date' },
  queryLabel: { 'zh-CN': '科室（留空为全部）', en: 'Department (empty for all)' },
  queryHint: { 'zh-CN': '如：儿科、眼科、pediatrics', en: 'e.g. pediatrics, 儿科, eye' },
  search: { 'zh-CN': '查询', en: 'Search' },
  quickDates: { 'zh-CN': '快捷日期', en: 'Quick dates' },
  quickWeekend: { 'zh-CN': '周末 {day}', en: 'Weekend {day}' },
  quickOff: { 'zh-CN': '{name} {day} 放假', en: '{name} {day} day off' },
  quickMakeup: { 'zh-CN': '{name} {day} 调休上班', en: '{name} {day} make-up workday' },
  quickPending: {
    'zh-CN': '{year}年调休安排尚未公布，只列出法定假日。',
    en: 'The {year} arrangement is not out yet: statutory holidays only.',
  },
  dayIs: { 'zh-CN': '{day}：{type}', en: '{day}: {type}' },
  badDate: {
    'zh-CN': '“{value}”不是日期：请按 年-月-日 填写，如 2026-10-03。',
    en: '“{value}” is not a date: use year-month-day, e.g. 2026-10-03.',
  },
  noneOpen: { 'zh-CN': '当天没有符合条件的科室出诊', en: 'No matching department holds clinics that day' },
  unknownHeading: { 'zh-CN': '未公布（医院未说明当天安排）', en: 'Not announced (the hospital has not said)' },
  emergencyHeading: { 'zh-CN': '仅急诊', en: 'Emergencies only' },
  noneOpenNoData: { 'zh-CN': '没有离线数据，无法查询', en: 'No offline data to search' },
  noSavedForQuery: {
    'zh-CN': '请先保存医院，再查询哪天开诊。',
    en: 'Save a hospital first, then ask when it is open.',
  },
  problemRefused: {
    'zh-CN': '最近一次更新未采用：医院网站上的数据有误。',
    en: 'The latest update was not used: the data on the hospital’s site has errors.',
  },
  problemUnreachable: {
    'zh-CN': '最近一次更新失败：连不上医院网站。',
    en: 'The latest update failed: the hospital’s site could not be reached.',
  },
  problemKeptCopy: { 'zh-CN': '仍显示之前保存的数据。', en: ' The data saved before is still shown.' },
  refreshNow: { 'zh-CN': '立即更新', en: 'Refresh now' },
  refreshing: { 'zh-CN': '正在更新…', en: 'Refreshing…' },
  refreshDone: {
    'zh-CN': '已检查{n}家医院：{updated}家有新数据，{failed}家未能更新。',
    en: 'Hospitals checked: {n}; with new data: {updated}; not updated: {failed}.',
  },
  pendingWaiting: { 'zh-CN': '等待联网后添加', en: 'waiting for the network to add it' },
  pendingRemove: { 'zh-CN': '不再添加', en: 'Do not add' },
  undo: { 'zh-CN': '撤销', en: 'Undo' },
  largeOffer: {
    'zh-CN': '字看不清？可以换成大字，以后随时可在设置里改。',
    en: 'Hard to read? Switch to large text; you can change it in the options at any time.',
  },
  largeYes: { 'zh-CN': '使用大字', en: 'Use large text' },
  largeNo: { 'zh-CN': '保持标准字号', en: 'Keep normal text' },
  navPatient: { 'zh-CN': '我的医院与开诊查询', en: 'My hospitals and opening days' },
  backToDashboard: { 'zh-CN': '返回“我的医院”', en: 'Back to My hospitals' },
  backToList: { 'zh-CN': '返回我的医院', en: 'Back to my hospitals' },
  unknownHospital: { 'zh-CN': '没有找到已保存的医院“{id}”。', en: 'No saved hospital “{id}”.' },
  openDashboard: { 'zh-CN': '打开“我的医院”', en: 'Open My hospitals' },
} satisfies StringTable;

export const dashboardText = translator(DASHBOARD_STRINGS);

const GLANCE_STRINGS = {
  openNow: { 'zh-CN': '门诊开诊中', en: 'Clinics open now' },
  closedNow: { 'zh-CN': '门诊已停诊', en: 'Clinics closed now' },
  opensAt: { 'zh-CN': '{when} 开诊', en: 'opens {when}' },
  closesAt: { 'zh-CN': '{when} 停诊', en: 'closes {when}' },
  glanceNow: { 'zh-CN': '现在', en: 'Now' },
  glanceNextHoliday: { 'zh-CN': '下一个节假日', en: 'Next holiday' },
  glanceWeekend: { 'zh-CN': '本周末', en: 'This weekend' },
  glanceHoliday: {
    'zh-CN': '{name}（{first}–{last}）：{open}/{days}天有门诊',
    en: '{name} ({first}–{last}): clinics on {open} of {days} days',
  },
  glanceNoHoliday: {
    'zh-CN': '{year}年放假安排尚未公布，节假日门诊待定',
    en: 'The {year} holiday arrangement is not published yet; holiday clinics unconfirmed',
  },
  glanceCount: { 'zh-CN': '{count}个科室 {first}–{last}', en: '{count} departments {first}–{last}' },
  glanceUnknown: { 'zh-CN': '{count}个科室未公布', en: '{count} departments not announced' },
  glanceEmergencyOnly: { 'zh-CN': '{count}个科室仅急诊', en: '{count} departments emergencies only' },
  glanceHolidayPending: { 'zh-CN': '（{year}年调休安排未公布）', en: ' ({year} arrangement not published)' },
  glanceNoClinics: { 'zh-CN': '无门诊', en: 'no clinics' },
  popupThisSite: { 'zh-CN': '本网站的医院', en: 'This site’s hospital' },
  popupSave: { 'zh-CN': '保存', en: 'Save' },
  popupSaved: { 'zh-CN': '已保存', en: 'Saved' },
  popupNoSite: { 'zh-CN': '本网站没有发布明白就医数据。', en: 'This site publishes no ClearClinic feed.' },
  popupSiteRefused: {
    'zh-CN': '本网站发布了明白就医数据，但这份数据有误，无法显示。门诊安排请以医院的通知为准，或致电医院询问。',
    en: 'This site publishes a ClearClinic feed, but it has errors and cannot be shown. For clinic times, go by the hospital’s own notices or call the hospital.',
  },
  popupSiteUnreachable: {
    'zh-CN': '本网站发布了明白就医数据，但现在打不开。请稍后再试。',
    en: 'This site names a ClearClinic feed, but it cannot be opened right now. Try again later.',
  },
  readPageTitle: { 'zh-CN': '读取本页门诊安排', en: 'Read this page’s clinic arrangement' },
  readPageButton: { 'zh-CN': '读取本页门诊安排', en: 'Read this page’s arrangement' },
  readPageAgainst: { 'zh-CN': '对照哪家医院的科室', en: 'Match against which hospital' },
  readPageNeedsSaved: {
    'zh-CN': '先保存这家医院（或任一家医院），才能对照科室名称读取本页的通知。',
    en: 'Save this hospital (or any) first: the page is read against a hospital’s departments.',
  },
  readingPage: { 'zh-CN': '正在读取本页…', en: 'Reading this page…' },
  readPageReview: {
    'zh-CN': '读出了安排；有 {n} 处读不准，列在下面，未计入。',
    en: 'Read, with {n} places it could not read exactly (listed below, left out).',
  },
  readPageComplete: { 'zh-CN': '全部读出。', en: 'Read completely.' },
  readPageNothing: { 'zh-CN': '本页没有读出门诊安排。', en: 'No clinic arrangement found on this page.' },
  readPageDepartment: { 'zh-CN': '科室', en: 'Department' },
  readPageKeep: { 'zh-CN': '保存到“{name}”', en: 'Keep with {name}' },
  readPageKept: {
    'zh-CN': '已保存。它会标注为“读自医院网页”；医院自己的数据说到的日期，以医院的数据为准。',
    en: 'Kept. It is marked as read from the hospital’s page; where the hospital’s own feed speaks of a date, the feed wins.',
  },
  readPageFailed: { 'zh-CN': '无法读取本页：{detail}', en: 'Cannot read this page: {detail}' },
  popupLooking: { 'zh-CN': '正在查看本网站…', en: 'Checking this site…' },
} satisfies StringTable;

export const glanceText = translator(GLANCE_STRINGS);

const AUDIT_STRINGS = {
  auditScope: { 'zh-CN': '评估对象', en: 'What to audit' },
  auditOne: { 'zh-CN': '一所已保存的医院', en: 'One saved hospital' },
  auditAll: { 'zh-CN': '全部已保存的医院', en: 'All saved hospitals' },
  auditUrls: { 'zh-CN': '粘贴的网址（每行一个）', en: 'Pasted URLs (one per line)' },
  auditHospital: { 'zh-CN': '医院', en: 'Hospital' },
  auditProfile: { 'zh-CN': '政策', en: 'Policy profile' },
  auditAsOf: { 'zh-CN': '评估日期', en: 'As of' },
  auditRun: { 'zh-CN': '开始评估', en: 'Run audit' },
  auditRunning: { 'zh-CN': '正在评估…', en: 'Auditing…' },
  auditNoUrls: { 'zh-CN': '请粘贴至少一个网址。', en: 'Paste at least one URL.' },
  auditNoSaved: { 'zh-CN': '还没有保存医院：请粘贴网址。', en: 'No saved hospitals: paste URLs instead.' },
  auditRegion: { 'zh-CN': '地区汇总', en: 'Region' },
  auditEvidence: { 'zh-CN': '依据', en: 'Evidence' },
  auditExportCsv: { 'zh-CN': '导出 CSV', en: 'Export CSV' },
  auditExportHtml: { 'zh-CN': '导出 HTML 报告', en: 'Export HTML report' },
  auditOutOfScope: { 'zh-CN': '不在本政策范围内', en: 'Out of this profile’s scope' },
} satisfies StringTable;

export const auditText = translator(AUDIT_STRINGS);
