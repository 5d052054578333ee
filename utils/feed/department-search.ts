/**
 * Finding departments by what a patient types (widget.md "find a department", extension.md
 * "Open when"): one matcher for the widget's filter and the extension's search.
 *
 * A query is matched, case and width folded and spaces dropped, in this order:
 * 1. a campus named in it (北院区儿科) keeps that campus's departments and is taken out;
 * 2. departments whose name, in either language, or whose category's words (儿科, pediatrics,
 *    小儿 …) contain what is left: 儿 finds 儿科 and 小儿内科, 小儿内科 finds 小儿内科 alone;
 * 3. when none does, the query is read as longer than a name (儿科门诊, or 口腔外科 where the
 *    hospital has only 口腔科): the word of a name or of any category found earliest in it,
 *    the longest at one place, decides. In Chinese the first word of a compound says what
 *    kind (小儿内科 is a 儿科 clinic, 中医内科 a 中医 one), so 小儿内科 never means every 内科,
 *    and where the hospital has no such kind the answer is none, not its nearest word.
 * An empty query finds every department.
 */
import { allTexts } from '../i18n/local-text';
import { allCategoryWords, categoryWords } from './category-names';
import type { Department, Hospital } from './schema';

type Campus = NonNullable<Hospital['campuses']>[number];

/** Case, full-width and spaces folded: 'ＥＮＴ ' and 'ent' are one word. */
export function foldQuery(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** The words a department answers to: its names and its category's words, folded. */
function wordsOf(department: Department): { names: string[]; category: string[] } {
  return {
    names: allTexts(department.name).map(foldQuery),
    category: department.category ? categoryWords(department.category).map(foldQuery) : [],
  };
}

/** A campus's names as people write them: 北院区, 北院, North campus. */
function campusNames(campus: Campus): string[] {
  const names = allTexts(campus.name).map(foldQuery);
  const shorter = names.map((n) => n.replace(/区$/, '')).filter((n) => n.length >= 2);
  return [...new Set([...names, ...shorter, foldQuery(campus.id)])].filter(Boolean);
}

/** The campus named in the query (the longest name found), and the query without it. */
function takeCampus(q: string, campuses: readonly Campus[]): { campus?: string; rest: string } {
  let best: { campus: string; name: string } | undefined;
  for (const campus of campuses)
    for (const name of campusNames(campus))
      if (q.includes(name) && (!best || name.length > best.name.length)) best = { campus: campus.id, name };
  return best ? { campus: best.campus, rest: q.replace(best.name, '') } : { rest: q };
}

/**
 * The departments (in their order) that answer to `query`. `campuses` are the hospital's
 * (feed `hospital.campuses`), so that a campus named in the query narrows to it.
 */
export function searchDepartments<D extends Department>(
  departments: readonly D[],
  query: string,
  campuses: readonly Campus[] = [],
): D[] {
  const folded = foldQuery(query);
  if (folded === '') return [...departments];
  const { campus, rest } = takeCampus(folded, campuses);
  const pool = campus === undefined ? departments : departments.filter((d) => d.campus === campus);
  if (rest === '') return [...pool];
  const words = new Map(pool.map((d) => [d, wordsOf(d)]));
  const direct = pool.filter((d) => {
    const w = words.get(d)!;
    return w.names.some((n) => n.includes(rest)) || w.category.some((c) => c.includes(rest));
  });
  if (direct.length > 0) return direct;
  // The query is longer than any name: the earliest word found in it decides, the longest
  // there. Every category's words count, not only this hospital's: 口腔外科 asks for 口腔,
  // and a hospital without it has no answer rather than its 外科.
  let best: { at: number; word: string } | undefined;
  const known = [...[...words.values()].flatMap((w) => w.names), ...allCategoryWords().map(foldQuery)];
  for (const word of known) {
    if (word.length < (/[\u3400-\u9fff]/.test(word) ? 2 : 4)) continue; // 'er' is no word inside 'center'
    const at = rest.indexOf(word);
    if (at < 0) continue;
    if (!best || at < best.at || (at === best.at && word.length > best.word.length)) best = { at, word };
  }
  if (!best) return [];
  const word = best.word;
  return pool.filter((d) => {
    const w = words.get(d)!;
    return w.names.some((n) => n.includes(word)) || w.category.includes(word);
  });
}
