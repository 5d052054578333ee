/** The words for what went wrong, loaded only when something has. */
import { type StringTable, translator } from './strings';

const STRINGS = {
  errorNetwork: {
    'zh-CN': '无法连接医院网站，显示的是已保存的数据。',
    en: 'Cannot reach the hospital site; showing the saved copy.',
  },
  errorNetworkNoData: {
    'zh-CN': '无法连接医院网站，暂时无法显示出诊信息。',
    en: 'Cannot reach the hospital site; clinic information is unavailable.',
  },
  errorHttp: {
    'zh-CN': '医院网站返回错误（HTTP {status}）。',
    en: 'The hospital site returned an error (HTTP {status}).',
  },
  errorInvalid: {
    'zh-CN': '医院发布的数据有误，未予采用。',
    en: 'The hospital published data with errors; it was not used.',
  },
  errorKeptOld: { 'zh-CN': '继续显示此前保存的数据。', en: 'Showing the previously saved copy.' },
  errorNoSource: {
    'zh-CN': '未指定数据来源：请设置 src 属性或内嵌数据。',
    en: 'No feed given: set the src attribute or embed the feed.',
  },
  errorTooLarge: {
    'zh-CN': '医院发布的数据超过 5 MiB 上限，未予采用。',
    en: 'The hospital published more than the 5 MiB limit; it was not used.',
  },
  errorSrc: {
    'zh-CN': 'src 属性“{src}”不是可用的网址（须为 http 或 https 网址）。',
    en: 'The src attribute "{src}" is not a usable address (it must be an http or https URL).',
  },
  problemsDetail: { 'zh-CN': '问题详情', en: 'Problem details' },
} satisfies StringTable;

export const tErrors = translator(STRINGS);
