import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { searchDepartments } from '../../../utils/feed/department-search';
import type { Feed } from '../../../utils/feed/schema';

const sample = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../public/samples/${name}.json`, import.meta.url), 'utf8')) as Feed;
const first = sample('liaohe-first'); // a general hospital: 45 departments on two campuses
const mch = sample('liaohe-mch'); // maternal and child health: no 内科, no 口腔
const tcm = sample('liaohe-tcm'); // Chinese medicine: 中医内科, 中医儿科 …
const find = (feed: Feed, q: string) =>
  searchDepartments(feed.departments, q, feed.hospital.campuses).map((d) => d.name['zh-CN' as never] ?? d.name);

test('a query naming a whole department finds that department, not every 内科 or 外科', () => {
  expect(find(first, '小儿内科')).toEqual(['小儿内科']);
  expect(find(first, '小儿外科')).toEqual(['小儿外科']);
  expect(find(tcm, '中医内科')).toEqual(['中医内科']);
  expect(find(first, '心血管内科')).toEqual(['心血管内科']);
});

test('a part of a name or a category word finds every department it is part of', () => {
  expect(find(first, '儿')).toEqual(['小儿内科', '小儿外科', '新生儿科', '北院区儿科']);
  expect(find(mch, '儿科')).toEqual(['儿童保健科', '儿科', '新生儿科', '儿科急诊']);
  // 小儿外科 is of category surgery, and its English name says Pediatric Surgery.
  expect(find(first, 'pediatrics')).toEqual(['小儿内科', '小儿外科', '新生儿科', '北院区儿科']);
  expect(find(first, ' Pediatrics ')).toEqual(find(first, 'pediatrics'));
  expect(find(first, '内科')).toHaveLength(12); // the 11 of category internal and 小儿内科
  expect(find(first, '')).toHaveLength(first.departments.length);
});

test('a query longer than any name: its first word says what kind, and no such kind finds nothing', () => {
  // Where the hospital has no department of that name, the compound's first word decides.
  expect(find(tcm, '小儿内科')).toEqual(['中医儿科']);
  expect(find(mch, '小儿内科')).toEqual(['儿童保健科', '儿科', '新生儿科']);
  expect(find(first, '口腔外科')).toEqual(['口腔科']);
  expect(find(first, '中医内科')).toEqual(['中医科']);
  expect(find(first, '儿科门诊')).toEqual(['小儿内科', '新生儿科', '北院区儿科']);
  // Never the nearest other word: an MCH hospital has no 口腔 and no 内科 at all.
  expect(find(mch, '口腔外科')).toEqual([]);
  expect(find(mch, '中医内科')).toEqual([]);
  expect(find(first, '眼睛不舒服xyz')).toEqual([]);
});

test('a campus named in the query keeps that campus, in any of the names people use', () => {
  expect(find(first, '北院区儿科')).toEqual(['北院区儿科']);
  expect(find(first, '北院 儿科')).toEqual(['北院区儿科']);
  expect(find(first, '南院区儿科')).toEqual(['小儿内科', '新生儿科']);
  expect(find(first, '北院区')).toEqual(['北院区内科', '北院区儿科', '北院区外科', '北院区妇科', '北院区急诊']);
  expect(find(first, 'north campus surgery')).toEqual(['北院区外科']);
});

test('小儿内科 across the three samples: that department, or that kind, in each hospital', () => {
  const all = [first, mch, tcm].flatMap((f) => find(f, '小儿内科'));
  expect(all).toEqual(['小儿内科', '儿童保健科', '儿科', '新生儿科', '中医儿科']);
});
