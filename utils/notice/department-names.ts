/**
 * Departments by the names people write for them (the notice reader and the roster reader):
 * the exact name, the variants notices and spreadsheets use, and the category's word, which
 * names every department of that category. Pure.
 */
import { CATEGORY_NAMES } from '../feed/category-names';
import type { Department } from '../feed/schema';
import { textIn } from '../i18n/local-text';

/** A department's names, as written and in the variants notices use (门诊/科/中心 suffixes, 小儿↔儿, 妇产↔妇, 口腔↔牙). */
export function nameVariants(name: string): string[] {
  const out = new Set<string>([name]);
  const bare = name.replace(/(门诊|中心|科室|科)$/, '');
  if (bare.length >= 2) {
    out.add(bare);
    out.add(`${bare}科`);
    out.add(`${bare}门诊`);
  }
  for (const n of [...out]) {
    if (n.startsWith('小儿')) out.add(n.slice(1));
    else if (n.startsWith('儿') && !n.startsWith('儿童')) out.add(`小${n}`);
    if (n.startsWith('妇产')) out.add(`妇${n.slice(2)}`);
    if (n.startsWith('口腔')) out.add(`牙${n.slice(2)}`);
    if (n.includes('耳鼻咽喉')) out.add(n.replace('耳鼻咽喉', '耳鼻喉'));
    else if (n.includes('耳鼻喉')) out.add(n.replace('耳鼻喉', '耳鼻咽喉'));
  }
  return [...out].filter((n) => n.length >= 2);
}

/** Every name → the departments it names; an exact name is its department alone. */
export function departmentNameIndex(departments: readonly Department[]): Map<string, string[]> {
  const index = new Map<string, Set<string>>();
  const add = (name: string, id: string) => {
    const set = index.get(name) ?? new Set<string>();
    set.add(id);
    index.set(name, set);
  };
  for (const d of departments) {
    // A variant may be shared, and then names all of them.
    for (const v of nameVariants(textIn(d.name, 'zh-CN'))) add(v, d.id);
    // The category's word names every department of it ("儿科停诊": 小儿内科 and 小儿外科 alike).
    if (d.category && d.category !== 'other' && CATEGORY_NAMES[d.category])
      for (const v of nameVariants(CATEGORY_NAMES[d.category]!['zh-CN'])) add(v, d.id);
  }
  // An exact name wins over another department's variant.
  for (const d of departments) index.set(textIn(d.name, 'zh-CN'), new Set([d.id]));
  return new Map([...index].map(([name, ids]) => [name, [...ids]]));
}
