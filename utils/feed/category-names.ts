/**
 * Department categories (feed-v1 `category`) in words people search with, zh-CN and en,
 * with the everyday synonyms (儿科 / 小儿 / pediatrics …).
 */
import type { Lang } from '../i18n/local-text';

export const CATEGORY_NAMES: Record<string, { 'zh-CN': string; en: string; also: string[] }> = {
  pediatrics: { 'zh-CN': '儿科', en: 'Pediatrics', also: ['小儿', '儿童', 'children', 'paediatrics'] },
  geriatrics: { 'zh-CN': '老年医学科', en: 'Geriatrics', also: ['老年', 'elderly'] },
  emergency: { 'zh-CN': '急诊', en: 'Emergency', also: ['急救', 'A&E', 'ER'] },
  'fever-clinic': { 'zh-CN': '发热门诊', en: 'Fever clinic', also: ['发烧', 'fever'] },
  internal: { 'zh-CN': '内科', en: 'Internal medicine', also: ['medicine'] },
  surgery: { 'zh-CN': '外科', en: 'Surgery', also: ['surgical'] },
  'obstetrics-gynecology': {
    'zh-CN': '妇产科',
    en: 'Obstetrics and gynecology',
    also: ['妇科', '产科', 'gynecology', 'obstetrics', 'OB/GYN'],
  },
  tcm: { 'zh-CN': '中医科', en: 'Traditional Chinese medicine', also: ['中医', 'TCM'] },
  stomatology: { 'zh-CN': '口腔科', en: 'Stomatology', also: ['牙科', '口腔', 'dental', 'dentist'] },
  ophthalmology: { 'zh-CN': '眼科', en: 'Ophthalmology', also: ['eye'] },
  otolaryngology: { 'zh-CN': '耳鼻喉科', en: 'Otolaryngology', also: ['耳鼻咽喉', 'ENT'] },
  dermatology: { 'zh-CN': '皮肤科', en: 'Dermatology', also: ['皮肤', 'skin'] },
  rehabilitation: { 'zh-CN': '康复医学科', en: 'Rehabilitation', also: ['康复'] },
  vaccination: { 'zh-CN': '预防接种', en: 'Vaccination', also: ['疫苗', '接种', 'vaccine'] },
  oncology: { 'zh-CN': '肿瘤科', en: 'Oncology', also: ['肿瘤', 'cancer'] },
  psychiatry: { 'zh-CN': '精神心理科', en: 'Psychiatry', also: ['心理', '精神', 'mental health'] },
  other: { 'zh-CN': '其他', en: 'Other', also: [] },
};

/** The category's name in `lang`, or the id itself for a category this table does not know. */
export function categoryName(category: string, lang: Lang): string {
  return CATEGORY_NAMES[category]?.[lang] ?? category;
}

/** Every word a category answers to: its id, both names, its synonyms (lower-cased). */
export function categoryWords(category: string): string[] {
  const entry = CATEGORY_NAMES[category];
  return [category, ...(entry ? [entry['zh-CN'], entry.en, ...entry.also] : [])].map((w) => w.toLowerCase());
}

/** Every word of every category this table knows (lower-cased): what a query's first word may name. */
export function allCategoryWords(): string[] {
  return Object.keys(CATEGORY_NAMES).flatMap(categoryWords);
}
