/** The words of the slots view, loaded with it. */
import { type StringTable, translator } from './strings';

const STRINGS = {
  chooseDepartment: { 'zh-CN': '选择科室', en: 'Choose a department' },
  slotsSchedule: {
    'zh-CN': '以下为排班时段，不代表可预约：医院未发布实时号源。',
    en: 'Scheduled times only, not bookable: the hospital publishes no live availability.',
  },
  slotFree: { 'zh-CN': '有号', en: 'Available' },
  slotLimited: { 'zh-CN': '号源紧张', en: 'Few left' },
  slotFull: { 'zh-CN': '约满', en: 'Full' },
  slotClosed: { 'zh-CN': '停约', en: 'Closed' },
  slotScheduled: { 'zh-CN': '排班', en: 'Scheduled' },
  slotBegun: { 'zh-CN': '已开始，不可预约', en: 'Already begun, not bookable' },
  slotBook: { 'zh-CN': '预约', en: 'Book' },
  slotRemaining: { 'zh-CN': '余{n}', en: '{n} left' },
  noSlots: { 'zh-CN': '所选科室当日无门诊时段。', en: 'The department has no clinic times that day.' },
} satisfies StringTable;

export const tSlots = translator(STRINGS);
