/** The CLI's own words (feed problems carry theirs), in zh-CN and en. */
import type { Lang } from '../utils/i18n/local-text';
import { type StringTable, translator } from '../utils/i18n/strings';

const M = {
  usage: {
    'zh-CN': `用法：clearclinic <命令> [参数]

命令：
  validate SOURCE… [--json]                    按 feed-v1 规范检查数据文件
  audit SOURCE… [--profile 名称|文件] [--as-of 日期] [--format table|json|csv|html]
        [--out 文件] [--fail-on fail|warn]       按政策评估医院（默认 liaoning-2025）
  schedule SOURCE --from 日期 --to 日期          逐日解析出诊安排（NDJSON）
           [--department ID]… [--slots | --days]
  import notice SOURCE --feed FEED [--year 年] [--published-at 时间] [--out 文件] [--json]
                                               把医院发布的节假日门诊通知（文本或网页）读成数据
  import roster SOURCE --feed FEED [--sheet 表名] [--out 文件] [--json]
                                               把出诊表（.xlsx 或 .csv）读成每周出诊安排
  export notice-text SOURCE --notice ID [--out 文件]
                                               把数据中的一份通知写成医院发布用的文字
  export html SOURCE [--view V] [--department ID]… [--date 日期] [--lang L] [--size S]
         [--theme T] [--src 网址] [--stylesheet 网址] [--out 文件]
                                               预先渲染好的 <clear-clinic>（不开脚本也能读）
  export site SOURCE… --out 目录                 每家医院一个静态网页，外加目录页

SOURCE 可以是文件路径、http(s):// 网址、- （标准输入）或 @列表文件。
通用选项：--lang zh-CN|en  --timeout 秒  --debug  --help  --version`,
    en: `Usage: clearclinic <command> [options]

Commands:
  validate SOURCE… [--json]                    check feeds against feed-v1
  audit SOURCE… [--profile NAME|FILE] [--as-of DATE] [--format table|json|csv|html]
        [--out FILE] [--fail-on fail|warn]       audit hospitals against a policy (default liaoning-2025)
  schedule SOURCE --from DATE --to DATE        resolve the schedule day by day (NDJSON)
           [--department ID]… [--slots | --days]
  import notice SOURCE --feed FEED [--year YYYY] [--published-at INSTANT] [--out FILE] [--json]
                                               read a hospital's holiday notice (text or web page) into the feed
  import roster SOURCE --feed FEED [--sheet NAME] [--out FILE] [--json]
                                               read a weekly roster (.xlsx or .csv) into the feed
  export notice-text SOURCE --notice ID [--out FILE]
                                               write one of the feed's notices as the text a hospital posts
  export html SOURCE [--view V] [--department ID]… [--date DATE] [--lang L] [--size S]
         [--theme T] [--src URL] [--stylesheet URL] [--out FILE]
                                               the <clear-clinic> element pre-rendered (reads without scripts)
  export site SOURCE… --out DIR                 a static page per hospital and an index

A SOURCE is a file path, an http(s):// URL, - (standard input) or @FILE (a list of sources).
Options for all commands: --lang zh-CN|en  --timeout SECONDS  --debug  --help  --version`,
  },
  unknownCommand: {
    'zh-CN': '未知命令 “{command}”；可用命令：validate、schedule、audit、import、export',
    en: 'Unknown command "{command}"; commands: validate, schedule, audit, import, export',
  },
  exportFormat: {
    'zh-CN': 'export 支持 notice-text、html 和 site，不支持 “{format}”',
    en: 'export supports notice-text, html and site, not "{format}"',
  },
  exportOneSource: { 'zh-CN': 'export {format} 一次只读一份数据', en: 'export {format} takes one feed' },
  exportAttribute: {
    'zh-CN': '{option} 的值 “{value}” 不可用（见 clearclinic --help）',
    en: '{option} "{value}" is not a value it takes (see clearclinic --help)',
  },
  exportAddress: {
    'zh-CN': '{option} “{value}” 不是 http(s) 网址或本站路径',
    en: '{option} "{value}" is not an http(s) URL or a path on the site',
  },
  exportDepartment: {
    'zh-CN': '数据中没有科室 {ids}；有：{known}',
    en: 'The feed has no department {ids}; it has: {known}',
  },
  exportSiteOut: {
    'zh-CN': 'export site 需要 --out：把网页写到哪个目录',
    en: 'export site needs --out: the folder to write the pages into',
  },
  exportSiteWritten: {
    'zh-CN': '已写出 {pages} 个医院页面和目录页到 {dir}',
    en: 'Wrote {pages} hospital pages and the index to {dir}',
  },
  exportSiteInvalid: { 'zh-CN': '数据有 {n} 处错误', en: 'the feed has {n} errors' },
  exportSiteSkipped: {
    'zh-CN': '{source}：未写出页面（{reason}）',
    en: '{source}: no page written ({reason})',
  },
  exportNeedsNotice: {
    'zh-CN': 'export notice-text 需要 --notice：要写哪一份通知（通知的 id）',
    en: 'export notice-text needs --notice: which notice to write (its id)',
  },
  exportNoNotice: {
    'zh-CN': '数据里没有 id 为 “{id}” 的通知；有：{known}',
    en: 'The feed has no notice "{id}"; it has: {known}',
  },
  exportInexact: {
    'zh-CN': '注意：{path} 的转诊、地点或说明只能写成文字，读回时会列为待核对',
    en: 'note: {path} has a referral, place or note the text can give only in words; import notice will review it',
  },
  importKind: {
    'zh-CN': 'import 后面应是 notice（节假日门诊通知）或 roster（出诊表），而不是 “{kind}”',
    en: 'import takes notice (a holiday notice) or roster (a weekly roster), not "{kind}"',
  },
  rosterUnreadable: {
    'zh-CN': '{source} 不是可读的 .xlsx 文件：{detail}',
    en: '{source} is not a readable .xlsx file: {detail}',
  },
  rosterNoSheet: {
    'zh-CN': '{source} 里没有名为 “{sheet}” 的工作表；有：{known}',
    en: '{source} has no sheet "{sheet}"; it has: {known}',
  },
  rosterOldExcel: {
    'zh-CN': '{source} 是旧的 .xls 格式：请在 Excel 或 WPS 中另存为 .xlsx 或 .csv',
    en: '{source} is an old .xls file: save it as .xlsx or .csv in Excel or WPS',
  },
  rosterSheetCsv: { 'zh-CN': '--sheet 只用于 .xlsx 文件', en: '--sheet is for .xlsx files only' },
  rosterAdded: {
    'zh-CN': '新增科室：{name}（id：{id}），数据里原来没有',
    en: 'added department: {name} (id {id}), not in the feed before',
  },
  importOption: { 'zh-CN': '{option} 不用于 import {kind}', en: '{option} does not apply to import {kind}' },
  importOneSource: { 'zh-CN': 'import notice 一次读一份通知', en: 'import notice reads one notice at a time' },
  importNeedsFeed: {
    'zh-CN': 'import notice 需要 --feed：通知里的科室名要与医院的数据对照',
    en: 'import notice needs --feed: the names in the notice are matched against the hospital’s feed',
  },
  importFeedInvalid: {
    'zh-CN': '{source} 不是有效的明白就医数据，无法对照科室',
    en: '{source} is not a valid ClearClinic feed to match names against',
  },
  importTooLarge: { 'zh-CN': '{source} 太大，不像一份通知', en: '{source} is too large to be a notice' },
  importEmpty: { 'zh-CN': '{source} 里没有文字', en: '{source} holds no text' },
  importInvalidResult: {
    'zh-CN': '读出的通知无法通过检查（程序缺陷，请报告）：{detail}',
    en: 'The notice read does not pass validate (a bug; please report it): {detail}',
  },
  importUnmatched: {
    'zh-CN': 'review: 数据里没有 “{name}”',
    en: 'review: the feed has no "{name}"',
  },
  badYear: { 'zh-CN': '--year 的值 “{value}” 不是年份', en: '--year value "{value}" is not a year' },
  badInstant: {
    'zh-CN': '--{flag} 的值 “{value}” 不是带时区的时间（如 2026-01-20T10:00:00+08:00）',
    en: '--{flag} value "{value}" is not an instant with an offset (e.g. 2026-01-20T10:00:00+08:00)',
  },
  noCommand: {
    'zh-CN': '缺少命令；运行 clearclinic --help 查看用法',
    en: 'No command given; run clearclinic --help for usage',
  },
  unknownProfile: {
    'zh-CN': '未知评估依据 “{name}”；内置：{known}，或给出 profile 文件路径',
    en: 'Unknown profile "{name}"; built in: {known}, or give a profile file path',
  },
  badProfile: { 'zh-CN': '评估依据文件 {name} 无效：{detail}', en: 'Profile file {name} is invalid: {detail}' },
  badChoice: {
    'zh-CN': '--{flag} 只能是 {choices}，收到 “{value}”',
    en: '--{flag} must be one of {choices}, not "{value}"',
  },
  auditing: { 'zh-CN': '评估中', en: 'Auditing' },
  notAudited: { 'zh-CN': '{source}：{reason}', en: '{source}: {reason}' },
  unknownOption: {
    'zh-CN': '未知选项 {option}（此命令的选项见 --help）',
    en: 'Unknown option {option} (see --help for this command)',
  },
  optionValue: {
    'zh-CN': '选项 {option} 缺少值；值以 - 开头时请写成 {option}=值',
    en: 'Option {option} needs a value; for a value starting with -, write {option}=VALUE',
  },
  badOption: { 'zh-CN': '参数错误：{detail}', en: 'Bad arguments: {detail}' },
  noSource: {
    'zh-CN': '{command}：缺少 SOURCE（文件、网址、- 或 @列表）',
    en: '{command}: no SOURCE given (a file, URL, - or @list)',
  },
  oneSource: { 'zh-CN': 'schedule 只接受一个 SOURCE，收到 {count} 个', en: 'schedule takes one SOURCE, got {count}' },
  needDate: {
    'zh-CN': 'schedule：缺少 --{flag} 日期（YYYY-MM-DD）',
    en: 'schedule: --{flag} DATE (YYYY-MM-DD) is required',
  },
  badDate: {
    'zh-CN': '--{flag} 的值 “{value}” 不是有效日期（YYYY-MM-DD）',
    en: '--{flag} value "{value}" is not a valid date (YYYY-MM-DD)',
  },
  dateOrder: { 'zh-CN': '--to {to} 早于 --from {from}', en: '--to {to} is before --from {from}' },
  rangeTooLong: {
    'zh-CN': '日期范围 {from} 至 {to} 超过 3 年，请分段查询',
    en: 'The range {from} to {to} is longer than 3 years; query it in parts',
  },
  slotsAndDays: { 'zh-CN': '--slots 和 --days 只能选一个', en: '--slots and --days cannot be used together' },
  unknownDepartment: {
    'zh-CN': '--department {id}：数据中没有这个科室（已有：{known}）',
    en: '--department {id}: the feed has no such department (it has: {known})',
  },
  badLang: { 'zh-CN': '--lang 只能是 zh-CN 或 en，收到 “{value}”', en: '--lang must be zh-CN or en, not "{value}"' },
  badTimeout: {
    'zh-CN': '--timeout 应为正数（秒），收到 “{value}”',
    en: '--timeout must be a positive number of seconds, not "{value}"',
  },
  invalidFeed: {
    'zh-CN': '{source}：数据有 {count} 个错误，无法解析出诊安排',
    en: '{source}: the feed has {count} errors; its schedule cannot be resolved',
  },
  pendingYears: {
    'zh-CN': '注意：{years} 年的国家放假安排尚未公布，这些日期按普通周历解析，节假日门诊待定（calendar: "pending"）',
    en: 'Note: the national holiday arrangement for {years} is not published yet; those dates follow the plain weekly roster (calendar: "pending")',
  },
  summaryOk: {
    'zh-CN': '{files} 个数据文件全部通过（{warnings} 个警告）',
    en: '{feedsValid} ({warningCount})',
  },
  summaryBad: {
    'zh-CN': '{files} 个数据文件中 {bad} 个有错误：共 {errors} 个错误、{warnings} 个警告',
    en: '{bad} of {feedCount} with errors: {errorCount} and {warningCount}',
  },
  summaryUnread: { 'zh-CN': '{count} 个来源无法读取', en: '{sourceCount} could not be read' },
  valid: { 'zh-CN': '通过', en: 'valid' },
  severityError: { 'zh-CN': '错误：', en: 'error: ' },
  severityWarning: { 'zh-CN': '警告：', en: 'warning: ' },
  // Reading sources
  notFound: { 'zh-CN': '{source}：文件不存在', en: '{source}: no such file' },
  isDirectory: { 'zh-CN': '{source}：是目录，不是文件', en: '{source}: is a directory, not a file' },
  unreadable: { 'zh-CN': '{source}：无法读取（{detail}）', en: '{source}: cannot be read ({detail})' },
  httpStatus: { 'zh-CN': '{source}：服务器返回 HTTP {status}', en: '{source}: the server answered HTTP {status}' },
  timeout: { 'zh-CN': '{source}：{seconds} 秒内没有响应', en: '{source}: no answer within {seconds} s' },
  readTimeout: {
    'zh-CN': '{source}：{seconds} 秒内没有读完（已读 {bytes} 字节；可用 --timeout 调整时限）',
    en: '{source}: not read to its end within {seconds} s ({bytes} bytes so far; --timeout sets the limit)',
  },
  fifoNoWriter: {
    'zh-CN': '{source}：是命名管道（FIFO），{seconds} 秒内没有程序向它写入',
    en: '{source}: a named pipe (FIFO) that no program wrote to within {seconds} s',
  },
  stdinName: { 'zh-CN': '标准输入', en: 'standard input' },
  stdinWaiting: {
    'zh-CN': '正在等待标准输入：请粘贴或输入数据，完成后按 {eof}（{seconds} 秒后超时）',
    en: 'Waiting for standard input: paste or type the feed, then press {eof} (times out after {seconds} s)',
  },
  network: { 'zh-CN': '{source}：无法连接（{detail}）', en: '{source}: cannot connect ({detail})' },
  redirects: {
    'zh-CN': '{source}：重定向次数过多（超过 20 次，可能是重定向循环）',
    en: '{source}: too many redirects (over 20; probably a redirect loop)',
  },
  tooLarge: {
    'zh-CN': '数据文件过大：{bytes} 字节，上限 5 MiB（{limit} 字节）',
    en: 'The feed is too large: {bytes} bytes, the limit is 5 MiB ({limit} bytes)',
  },
  tooLargeStopped: {
    'zh-CN': '数据文件过大：超过上限 5 MiB（{limit} 字节），读到 {bytes} 字节时停止读取',
    en: 'The feed is too large: over the 5 MiB limit ({limit} bytes); reading stopped at {bytes} bytes',
  },
  badUrl: { 'zh-CN': '{source}：不是有效的网址', en: '{source}: not a valid URL' },
  listTooLarge: {
    'zh-CN': '{source}：列表文件超过 5 MiB',
    en: '{source}: the list is larger than 5 MiB',
  },
  emptyList: { 'zh-CN': '{source}：列表文件中没有任何来源', en: '{source}: the list names no sources' },
  nestedList: {
    'zh-CN': '{source}：列表文件不能再引用列表（{inner}）',
    en: '{source}: a list cannot name another list ({inner})',
  },
  stdinTwice: { 'zh-CN': '标准输入（-）只能读取一次', en: 'Standard input (-) can be read only once' },
  writeFailed: { 'zh-CN': '{target}：无法写入（{detail}）', en: '{target}: cannot write ({detail})' },
  uncheckable: { 'zh-CN': '{source}：无法检查（{detail}）', en: '{source}: could not be checked ({detail})' },
  tooDeep: { 'zh-CN': 'JSON 嵌套层数过多', en: 'the JSON is nested too deeply' },
  stdoutName: { 'zh-CN': '标准输出', en: 'standard output' },
  internal: {
    'zh-CN': '内部错误：{detail}（加 --debug 查看详情）',
    en: 'Internal error: {detail} (add --debug for details)',
  },
} satisfies StringTable;

export type MessageKey = keyof typeof M;

/** A CLI message in `lang`, with its `{name}` placeholders filled in. */
export const msg = translator(M);

/** A count with the digit grouping of the language (5,242,881), so one byte over a limit shows. */
export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN').format(n);
}

/** An error the CLI reports in one line with its exit code (2: usage or unreadable source). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
  }
}
