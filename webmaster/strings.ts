/** The webmaster tools' words, in zh-CN and en. */
import { translator } from '../utils/i18n/strings';

export const tt = translator({
  title: { 'zh-CN': '明白就医 · 站长工具', en: 'ClearClinic webmaster tools' },
  switchLang: { 'zh-CN': 'English', en: '中文' },
  sourceTitle: { 'zh-CN': '1. 数据文件', en: '1. The feed' },
  paste: { 'zh-CN': '粘贴 clearclinic.json 的内容', en: 'Paste the content of clearclinic.json' },
  upload: { 'zh-CN': '上传文件', en: 'Upload a file' },
  url: { 'zh-CN': '或输入数据网址', en: 'Or a feed URL' },
  fetch: { 'zh-CN': '读取', en: 'Fetch' },
  sample: { 'zh-CN': '载入示例数据', en: 'Load the sample' },
  fetching: { 'zh-CN': '正在读取…', en: 'Fetching…' },
  fetchFailed: {
    'zh-CN': '无法读取 {url}：{detail}。若为跨域限制（CORS），请下载文件后上传。',
    en: 'Cannot fetch {url}: {detail}. If the site does not allow cross-origin reads (CORS), download the file and upload it.',
  },
  tooLarge: { 'zh-CN': '文件超过 5 MiB 上限', en: 'the file is over the 5 MiB limit' },
  timedOut: { 'zh-CN': '20 秒内未能读完', en: 'it did not finish within 20 s' },
  checkFailed: {
    'zh-CN': '检查未能完成（{detail}）。请把这份数据和这条消息发给我们。',
    en: 'The check could not finish ({detail}). Please send us this feed and this message.',
  },
  fetchFailedVerdict: {
    'zh-CN': '未能读取该网址（原因见上方），因此没有检查结果。文本框中原有的内容未被改动。',
    en: 'The URL could not be read (see above), so there is no result. The text box keeps what it had.',
  },
  rosterTitle: { 'zh-CN': '8. 出诊表', en: '8. The weekly roster' },
  rosterHint: {
    'zh-CN':
      '选择科室平时用的出诊表（.xlsx 或 .csv）：按表头识别每行是科室还是医生、每列是星期几的上午还是下午；读不准的格子会标出。',
    en: 'Choose the roster spreadsheet the office keeps (.xlsx or .csv): the header row tells rows of departments or doctors and columns of weekdays and half days; cells it cannot read are marked.',
  },
  rosterOpen: { 'zh-CN': '读取出诊表', en: 'Read a roster spreadsheet' },
  rosterFile: { 'zh-CN': '出诊表文件', en: 'Roster file' },
  rosterRead: { 'zh-CN': '读出 {n} 条出诊安排。', en: '{n} sessions read.' },
  rosterReview: {
    'zh-CN': '读出 {n} 条出诊安排；{review} 个格子读不准（列在下面，未计入）。',
    en: '{n} sessions read; {review} cells could not be read (listed below, left out).',
  },
  rosterCell: { 'zh-CN': '第 {row} 行 {column}：“{text}”', en: 'row {row}, {column}: “{text}”' },
  rosterApply: { 'zh-CN': '写入数据文件', en: 'Write into the feed' },
  rosterXls: {
    'zh-CN': '这是旧的 .xls 格式：请在 Excel 或 WPS 中另存为 .xlsx 或 .csv 再选择。',
    en: 'This is an old .xls file: save it as .xlsx or .csv in Excel or WPS, then choose it again.',
  },
  rosterUnreadable: { 'zh-CN': '无法读取 {name}：{detail}', en: 'Cannot read {name}: {detail}' },
  noticeTitle: { 'zh-CN': '7. 节假日门诊通知', en: '7. A holiday notice' },
  noticeHint: {
    'zh-CN':
      '粘贴已发布的节假日门诊安排（或给出它的网页地址），读出的安排会对照上方的数据文件；读不准的句子会标出，不会猜。',
    en: 'Paste a holiday notice you already posted (or its page’s URL); it is read against the feed above. Sentences it cannot read exactly are marked, never guessed.',
  },
  noticeOpen: { 'zh-CN': '读取一份已发布的通知', en: 'Read a notice already posted' },
  noticePaste: { 'zh-CN': '通知全文', en: 'The notice’s text' },
  noticeUrl: { 'zh-CN': '或通知网页地址', en: 'Or the notice page’s URL' },
  noticeRead: { 'zh-CN': '读取通知', en: 'Read the notice' },
  noticeNeedsFeed: {
    'zh-CN': '请先在第 1 步载入一份有效的数据文件：通知里的科室名要与它对照。',
    en: 'Load a valid feed in step 1 first: the names in the notice are matched against it.',
  },
  noticeReviewCount: {
    'zh-CN': '已读出安排；有 {n} 处需要人工核对（已在原文中标出）。',
    en: 'Read, with {n} places to check by hand (marked in the text).',
  },
  noticeComplete: { 'zh-CN': '全部读出，没有需要核对的句子。', en: 'Read completely; nothing to check by hand.' },
  noticeNothing: { 'zh-CN': '没有读出任何安排。', en: 'No arrangement was found.' },
  noticeUnmatched: {
    'zh-CN': '数据文件里没有这些名称：{names}',
    en: 'The feed has none of these names: {names}',
  },
  noticeAdd: { 'zh-CN': '加入数据文件', en: 'Add it to the feed' },
  attrView: { 'zh-CN': '视图', en: 'View' },
  attrDepartment: { 'zh-CN': '科室', en: 'Department' },
  attrDate: { 'zh-CN': '日期（仅预览）', en: 'Date (preview only)' },
  attrLang: { 'zh-CN': '语言', en: 'Language' },
  attrTheme: { 'zh-CN': '配色', en: 'Theme' },
  attrSize: { 'zh-CN': '字号', en: 'Text size' },
  resultTitle: { 'zh-CN': '3. 检查结果', en: '3. Check results' },
  empty: { 'zh-CN': '尚未提供数据。', en: 'No feed yet.' },
  valid: {
    'zh-CN': '数据有效，可以发布（{warnings} 个警告）。',
    en: 'The feed is valid and can be published ({warnings} warnings).',
  },
  invalid: {
    'zh-CN': '数据有 {errors} 个错误、{warnings} 个警告：修正错误前组件不会采用它。',
    en: '{errors} errors and {warnings} warnings: the widget will not use the feed until the errors are fixed.',
  },
  severity: { 'zh-CN': '级别', en: 'Severity' },
  path: { 'zh-CN': '位置', en: 'Where' },
  code: { 'zh-CN': '代码', en: 'Code' },
  message: { 'zh-CN': '问题', en: 'Problem' },
  hint: { 'zh-CN': '修改建议', en: 'How to fix' },
  error: { 'zh-CN': '错误', en: 'error' },
  warning: { 'zh-CN': '警告', en: 'warning' },
  previewTitle: { 'zh-CN': '4. 实时预览', en: '4. Live preview' },
  snippetTitle: { 'zh-CN': '5. 嵌入代码', en: '5. Embed code' },
  snippetHelp: {
    'zh-CN': '把数据发布在 /.well-known/clearclinic.json，再把下面两行加到网页中：',
    en: 'Publish the feed at /.well-known/clearclinic.json, then add these two lines to a page:',
  },
  snippetKind: { 'zh-CN': '嵌入方式', en: 'How to embed' },
  snippetTwoLines: { 'zh-CN': '两行代码（推荐）', en: 'Two lines (recommended)' },
  snippetPrerendered: { 'zh-CN': '预先渲染', en: 'Pre-rendered' },
  snippetTwoLinesTradeoff: {
    'zh-CN': '始终是最新的：每次打开网页，脚本都读取医院发布的数据。出诊信息要等脚本加载后才显示；关闭脚本时看不到。',
    en: 'Always current: the script reads the published feed on every visit. The hours show once the script has loaded; with scripts off they do not show.',
  },
  snippetPrerenderedTradeoff: {
    'zh-CN':
      '出诊信息直接写在网页里：立即显示，关闭脚本也能看到今后15天的出诊时间和办事指南，搜索引擎也能读到。但它是一份副本：数据每次更新后，都要在这里重新生成并粘贴（或用定时任务运行 clearclinic export html）。网页里的脚本会在加载后把它更新成最新数据。',
    en: 'The hours are written into the page: they show at once, read without scripts (the next 15 days and the guide), and search engines read them. But it is a copy: each time the feed changes, generate it here and paste it again (or run clearclinic export html from a scheduled job). The script, once loaded, brings it up to date.',
  },
  snippetPrerenderedSize: {
    'zh-CN': '共 {kb} KB（网页服务器压缩传输时约为十分之一）；下面只显示开头，复制或下载得到全部。',
    en: '{kb} KB in all (about a tenth of that when the web server compresses it); only its beginning is shown below: copy or download it for the whole.',
  },
  snippetNeedsValid: {
    'zh-CN': '数据通过检查后才能预先渲染。',
    en: 'The feed must pass the check before it can be pre-rendered.',
  },
  snippetRendering: { 'zh-CN': '正在生成…', en: 'Generating…' },
  download: { 'zh-CN': '下载', en: 'Download' },
  jsonLdTitle: { 'zh-CN': '6. schema.org 结构化数据（JSON-LD）', en: '6. schema.org structured data (JSON-LD)' },
  jsonLdHelp: {
    'zh-CN': '放入网页 <head>，搜索引擎即可读取门诊时间与节假日安排：',
    en: 'Put it in the page <head> so search engines read the hours and holiday arrangements:',
  },
  copy: { 'zh-CN': '复制', en: 'Copy' },
  copied: { 'zh-CN': '已复制', en: 'Copied' },
  any: { 'zh-CN': '（全部）', en: '(all)' },
});
