/** Audits one hospital's feed against a profile: scope first, then every rule of the profile. */
import { type DayNumber, formatDate } from '../date/civil';
import type { Feed } from '../feed/schema';
import { type Lang, textIn } from '../i18n/local-text';
import { ScheduleEngine } from '../schedule/engine';
import { type Profile, typeMatches } from './profile';
import { RULES } from './rules';
import type { RuleResult } from './types';

export interface HospitalAudit {
  hospitalId: string;
  name: string;
  province: string;
  city: string;
  inScope: boolean;
  results: RuleResult[];
}

/** Why a hospital is outside the profile's scope, or undefined when it is in scope. */
export function outOfScope(feed: Feed, profile: Profile, lang: Lang): string | undefined {
  const { level, ownership, type } = feed.hospital;
  const { scope } = profile;
  if (level === null || !scope.levels.includes(level))
    return lang === 'en'
      ? `level ${level ?? 'unrated'} is out of scope`
      : `医院等级（${level ?? '未定级'}）不在适用范围`;
  if (!scope.ownership.includes(ownership))
    return lang === 'en'
      ? `${ownership} hospitals are out of scope`
      : `${ownership === 'private' ? '民营' : '公立'}医院不在适用范围`;
  if (!typeMatches(type, scope.types))
    return lang === 'en' ? `type ${type} is out of scope` : `机构类别 ${type} 不在适用范围`;
  return undefined;
}

export function auditHospital(feed: Feed, profile: Profile, asOf: DayNumber, lang: Lang): HospitalAudit {
  const engine = new ScheduleEngine(feed);
  const reason = outOfScope(feed, profile, lang);
  const results: RuleResult[] = profile.rules.map((entry) => {
    if (reason)
      return { rule: entry.id, status: 'n/a', message: reason, evidence: [`/hospital (${formatDate(asOf)})`] };
    const rule = RULES[entry.id];
    if (!rule)
      return {
        rule: entry.id,
        status: 'warn',
        message: lang === 'en' ? `Unknown rule ${entry.id}` : `未知规则 ${entry.id}`,
        evidence: [],
      };
    return rule({ feed, engine, asOf, lang, entry });
  });
  const h = feed.hospital;
  return {
    hospitalId: h.id,
    name: textIn(h.name, lang),
    province: h.province,
    city: h.city,
    inScope: !reason,
    results,
  };
}
