/**
 * The accessibility facilities of feed-v1 `services.accessibility` in words, zh-CN and en (the
 * English lower-case, as it reads inside a sentence). The audit and the webmaster tools name
 * them alike.
 */
export const FACILITY_NAMES: Readonly<Record<string, { 'zh-CN': string; en: string }>> = {
  wheelchair: { 'zh-CN': '轮椅', en: 'wheelchair' },
  'waiting-chairs': { 'zh-CN': '候诊座椅', en: 'waiting chairs' },
  stretcher: { 'zh-CN': '平车', en: 'stretcher' },
  'mother-baby-room': { 'zh-CN': '母婴室', en: 'mother-and-baby room' },
  'elder-green-channel': { 'zh-CN': '老年人绿色通道', en: 'green channel for the elderly' },
  'barrier-free-toilet': { 'zh-CN': '无障碍卫生间', en: 'barrier-free toilet' },
  'sign-language': { 'zh-CN': '手语服务', en: 'sign language' },
};
