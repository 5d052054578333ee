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
  resultTitle: { 'zh-CN': '2. 检查结果', en: '2. Check results' },
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
  previewTitle: { 'zh-CN': '3. 实时预览', en: '3. Live preview' },
  snippetTitle: { 'zh-CN': '4. 嵌入代码', en: '4. Embed code' },
  snippetHelp: {
    'zh-CN': '把数据发布在 /.well-known/clearclinic.json，再把下面两行加到网页中：',
    en: 'Publish the feed at /.well-known/clearclinic.json, then add these two lines to a page:',
  },
  jsonLdTitle: { 'zh-CN': '5. schema.org 结构化数据（JSON-LD）', en: '5. schema.org structured data (JSON-LD)' },
  jsonLdHelp: {
    'zh-CN': '放入网页 <head>，搜索引擎即可读取门诊时间与节假日安排：',
    en: 'Put it in the page <head> so search engines read the hours and holiday arrangements:',
  },
  copy: { 'zh-CN': '复制', en: 'Copy' },
  copied: { 'zh-CN': '已复制', en: 'Copied' },
  any: { 'zh-CN': '（全部）', en: '(all)' },
});
