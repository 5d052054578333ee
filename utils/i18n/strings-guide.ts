/** The words of the guide view, loaded with it. */
import { type StringTable, translator } from './strings';

const STRINGS = {
  guideSearch: { 'zh-CN': '搜索事项', en: 'Search services' },
  guideScan: { 'zh-CN': '扫码即可查看', en: 'Scan to view' },
  guideMaterials: { 'zh-CN': '所需材料', en: 'Materials' },
  guideNoMaterials: { 'zh-CN': '无需材料', en: 'No materials needed' },
  guideSteps: { 'zh-CN': '办理流程', en: 'Steps' },
  guideTimeLimit: { 'zh-CN': '办理时限', en: 'Time limit' },
  guideFee: { 'zh-CN': '收费标准', en: 'Fee' },
  guideFree: { 'zh-CN': '免费', en: 'Free' },
  guidePlace: { 'zh-CN': '办理地点', en: 'Where' },
  guideHours: { 'zh-CN': '办理时间', en: 'When' },
  guideOnline: { 'zh-CN': '线上渠道', en: 'Online' },
  guideVisits: { 'zh-CN': '到现场次数', en: 'Visits needed' },
  guidePhone: { 'zh-CN': '咨询电话', en: 'Enquiries' },
  guideComplaint: { 'zh-CN': '监督投诉', en: 'Complaints' },
  guideDept: { 'zh-CN': '承办科室', en: 'Responsible office' },
  guideConditions: { 'zh-CN': '办理条件', en: 'Conditions' },
  guideFaq: { 'zh-CN': '常见问题', en: 'FAQ' },
  guideProhibited: { 'zh-CN': '违规禁办事项', en: 'Never done here' },
  guideWaivable: { 'zh-CN': '容缺办理事项', en: 'Can proceed with documents missing' },
  guidePrint: { 'zh-CN': '打印指南', en: 'Print the guide' },
  guideNone: { 'zh-CN': '医院尚未发布《办事不找关系指南》。', en: 'The hospital has not published its service guide.' },
  guideNoMatch: { 'zh-CN': '没有找到匹配的事项。', en: 'No matching services.' },
  guideOriginal: { 'zh-CN': '原件', en: 'original' },
  guideCopies: { 'zh-CN': '复印件{n}份', en: '{n} copies' },
  guideWaivableItem: { 'zh-CN': '可容缺', en: 'may follow later' },
  guideItemQr: { 'zh-CN': '本事项二维码', en: 'QR code for this service' },
  guideQr: { 'zh-CN': '指南二维码', en: 'QR code for the guide' },
  unit_minute: { 'zh-CN': '{n}分钟', en: '{n} min' },
  unit_hour: { 'zh-CN': '{n}小时', en: '{n} h' },
  unit_day: { 'zh-CN': '{n}天', en: '{n} days' },
  unit_workday: { 'zh-CN': '{n}个工作日', en: '{n} working days' },
  immediate: { 'zh-CN': '即时办结', en: 'Immediate' },
} satisfies StringTable;

export const tGuide = translator(STRINGS);
