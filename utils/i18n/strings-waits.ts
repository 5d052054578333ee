/** The words of the wait-times view, loaded with it. */
import { type StringTable, translator } from './strings';

const STRINGS = {
  waitsTarget: { 'zh-CN': '目标：20分钟以内', en: 'Target: 20 minutes or less' },
  waitsMean: { 'zh-CN': '平均{n}分钟', en: 'mean {n} min' },
  waitsSample: { 'zh-CN': '样本{n}人次', en: '{n} visits' },
  waitsPeriod: { 'zh-CN': '统计期 {from} 至 {to}', en: 'Period {from} to {to}' },
  waitsOver: { 'zh-CN': '超过目标', en: 'Above target' },
  waitsWithin: { 'zh-CN': '达到目标', en: 'Within target' },
  waitsP90: { 'zh-CN': '90%患者{n}分钟内就诊', en: '90% seen within {n} min' },
  waitsShareOver: { 'zh-CN': '{n}%等候超过20分钟', en: '{n}% waited over 20 min' },
  waitsTrend: { 'zh-CN': '近{n}期走势：{values}', en: 'Last {n} periods: {values}' },
  waitsDefinition: {
    'zh-CN': '预约后等待时间：预约患者按预约时间到院签到至进入诊室就诊的分钟数（国家三级公立医院绩效考核指标）。',
    en: 'Wait after booking: minutes from a booked patient checking in at the booked time to entering the consulting room (national hospital performance indicator).',
  },
  waitsHospital: { 'zh-CN': '全院', en: 'Whole hospital' },
  waitsNone: { 'zh-CN': '医院尚未公布候诊时间。', en: 'The hospital publishes no wait figures.' },
} satisfies StringTable;

export const tWaits = translator(STRINGS);
