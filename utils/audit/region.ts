/**
 * Region rules (audit-rules.md): across the hospitals audited together, by province or by
 * city. Only in-scope hospitals count; a region with none the rule applies to is n/a. A rule
 * about a region needs several distinct hospitals of it: one hospital says nothing of its
 * city, so a region with fewer than two is left out (and a hospital given twice counts once).
 */
import type { Feed } from '../feed/schema';
import { countEn } from '../i18n/format';
import type { Lang } from '../i18n/local-text';
import { listParam, type Profile, param, type RuleEntry, typeMatches } from './profile';
import type { AuditStatus } from './types';

export interface RegionResult {
  rule: string;
  /** "辽宁省" or "辽宁省/辽河市". */
  scope: string;
  status: AuditStatus;
  message: string;
  evidence: string[];
}

export interface AuditedFeed {
  feed: Feed;
  inScope: boolean;
}

type Words = { 'zh-CN': string; en: string };
const say = (lang: Lang, words: Words) => words[lang];
const label = (f: Feed) =>
  `${f.hospital.id} ${typeof f.hospital.name === 'string' ? f.hospital.name : (f.hospital.name['zh-CN'] ?? Object.values(f.hospital.name)[0])}`;

/** The fewest distinct hospitals of a region for a region rule to say anything of it. */
export const REGION_MIN_HOSPITALS = 2;

function groupBy(feeds: AuditedFeed[], key: (f: Feed) => string): Map<string, Feed[]> {
  const groups = new Map<string, Feed[]>();
  const seen = new Set<string>();
  for (const { feed, inScope } of feeds) {
    if (!inScope || seen.has(feed.hospital.id)) continue;
    seen.add(feed.hospital.id);
    const k = key(feed);
    groups.set(k, [...(groups.get(k) ?? []), feed]);
  }
  return new Map(
    [...groups]
      .filter(([, group]) => group.length >= REGION_MIN_HOSPITALS)
      .sort(([a], [b]) => a.localeCompare(b, 'zh-CN')),
  );
}

function geriatrics90(entry: RuleEntry, feeds: AuditedFeed[], lang: Lang): RegionResult[] {
  const share = param(entry, 'share', 0.9);
  const types = listParam(entry, 'types', ['A100']);
  return [...groupBy(feeds, (f) => f.hospital.province)].map(([province, group]) => {
    const general = group.filter((f) => typeMatches(f.hospital.type, types));
    if (general.length === 0) {
      return {
        rule: entry.id,
        scope: province,
        status: 'n/a',
        message: say(lang, { 'zh-CN': '范围内没有综合医院', en: 'No general hospital in scope' }),
        evidence: [],
      };
    }
    const without = general.filter((f) => !f.departments.some((d) => d.category === 'geriatrics'));
    const rate = (general.length - without.length) / general.length;
    const pct = `${Math.round(rate * 1000) / 10}%`;
    const evidence = [
      `${general.length - without.length} / ${general.length}`,
      ...without.map((f) => `${say(lang, { 'zh-CN': '未设老年医学科：', en: 'without geriatrics: ' })}${label(f)}`),
    ];
    return rate >= share
      ? {
          rule: entry.id,
          scope: province,
          status: 'pass',
          message: say(lang, { 'zh-CN': `老年医学科设置率 ${pct}`, en: `Geriatrics in ${pct}` }),
          evidence,
        }
      : {
          rule: entry.id,
          scope: province,
          status: 'fail',
          message: say(lang, {
            'zh-CN': `老年医学科设置率 ${pct}，低于 ${share * 100}%`,
            en: `Geriatrics in ${pct}, below ${share * 100}%`,
          }),
          evidence,
        };
  });
}

function perCity(
  entry: RuleEntry,
  feeds: AuditedFeed[],
  lang: Lang,
  has: (f: Feed) => boolean,
  what: Words,
): RegionResult[] {
  return [...groupBy(feeds, (f) => `${f.hospital.province}/${f.hospital.city}`)].map(([scope, group]) => {
    const offering = group.filter(has);
    const evidence = offering.length
      ? offering.map(label)
      : group.map((f) => `${say(lang, { 'zh-CN': '未声明：', en: 'not declared: ' })}${label(f)}`);
    return offering.length > 0
      ? {
          rule: entry.id,
          scope,
          status: 'pass',
          message: say(lang, {
            'zh-CN': `${offering.length} 所医院提供${what['zh-CN']}`,
            en: `${countEn(offering.length, 'hospital')} ${offering.length === 1 ? 'offers' : 'offer'} ${what.en}`,
          }),
          evidence,
        }
      : {
          rule: entry.id,
          scope,
          status: 'fail',
          message: say(lang, { 'zh-CN': `没有医院提供${what['zh-CN']}`, en: `No hospital offers ${what.en}` }),
          evidence,
        };
  });
}

export function auditRegion(profile: Profile, feeds: AuditedFeed[], lang: Lang): RegionResult[] {
  return profile.regionRules.flatMap((entry) => {
    switch (entry.id) {
      case 'region-geriatrics-90':
        return geriatrics90(entry, feeds, lang);
      case 'region-internet-nursing':
        return perCity(entry, feeds, lang, (f) => f.services?.internetNursing === true, {
          'zh-CN': '“互联网+护理”服务',
          en: 'internet-plus nursing',
        });
      case 'region-holiday-vaccination':
        return perCity(entry, feeds, lang, (f) => f.services?.holidayVaccination === true, {
          'zh-CN': '节假日疫苗接种',
          en: 'holiday vaccination',
        });
      default:
        return [
          {
            rule: entry.id,
            scope: '',
            status: 'warn' as const,
            message: say(lang, { 'zh-CN': `未知规则 ${entry.id}`, en: `Unknown rule ${entry.id}` }),
            evidence: [],
          },
        ];
    }
  });
}
