/** The static site's own words (the views bring theirs), in zh-CN and en. */
import { translator } from '../utils/i18n/strings';

export const tSite = translator({
  pageTitle: { 'zh-CN': '{name} · 出诊信息', en: '{name} · Clinic information' },
  indexTitle: { 'zh-CN': '医院出诊信息', en: 'Hospital clinic information' },
  indexIntro: {
    'zh-CN': '各医院按自己发布的数据生成的出诊时间、预约、候诊时间和办事指南。',
    en: 'Clinic hours, booking, wait times and service guides, made from the data each hospital publishes.',
  },
  contents: { 'zh-CN': '本页内容', en: 'On this page' },
  hours: { 'zh-CN': '出诊时间', en: 'Clinic hours' },
  booking: { 'zh-CN': '预约挂号', en: 'Booking' },
  bookingLinks: {
    'zh-CN': '号源和预约以医院的预约渠道为准：',
    en: 'Slots and booking are as the hospital’s booking channels say:',
  },
  bookingNone: {
    'zh-CN': '医院的数据中没有预约链接，请通过医院公布的电话或窗口预约。',
    en: 'The hospital’s data has no booking link; book by the phone or window the hospital publishes.',
  },
  waits: { 'zh-CN': '候诊时间', en: 'Wait times' },
  guide: { 'zh-CN': '办事指南', en: 'Service guide' },
  address: { 'zh-CN': '地址', en: 'Address' },
  phone: { 'zh-CN': '电话', en: 'Phone' },
  website: { 'zh-CN': '医院网站', en: 'Hospital website' },
  allHospitals: { 'zh-CN': '全部医院', en: 'All hospitals' },
  updated: { 'zh-CN': '数据更新于 {updatedAt}', en: 'Data updated {updatedAt}' },
  madeAt: {
    'zh-CN': '本页生成于 {madeAt}，医院数据更新后会重新生成。',
    en: 'This page was made at {madeAt} and is made again when the hospital’s data changes.',
  },
  todayOpen: { 'zh-CN': '今天 {n} 个科室出诊', en: '{n} departments open today' },
  todayNone: { 'zh-CN': '今天门诊未出诊或未公布', en: 'No clinics today, or not announced' },
});
