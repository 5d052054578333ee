/** The audit of many hospitals as one report: per hospital, then per region (cli.md `audit --format json`). */
import { type DayNumber, formatDate } from '../date/civil';
import type { Feed } from '../feed/schema';
import type { Lang } from '../i18n/local-text';
import { translator } from '../i18n/strings';
import { auditHospital } from './audit-hospital';
import type { Profile } from './profile';
import { auditRegion, type RegionResult } from './region';
import type { RuleResult } from './types';

export interface HospitalReport {
  source: string;
  hospitalId?: string;
  name?: string;
  province?: string;
  city?: string;
  inScope?: boolean;
  results?: RuleResult[];
  /** Why the source could not be audited (unreadable, or not a valid feed). */
  error?: string;
}

export interface AuditReport {
  profile: string;
  asOf: string;
  hospitals: HospitalReport[];
  region: RegionResult[];
  /** What the report left out and why (a source given twice, one hospital under two addresses); absent when nothing. */
  notes?: string[];
}

const noteText = translator({
  sourceTwice: { 'zh-CN': '{source} 重复给出，只评估一次。', en: '{source} was given twice; audited once.' },
  hospitalTwice: {
    'zh-CN': '{source} 与 {first} 是同一所医院（{id}），只评估一次。',
    en: '{source} is the same hospital as {first} ({id}); audited once.',
  },
});

export interface AuditInput {
  source: string;
  feed?: Feed;
  error?: string;
}

/**
 * Each source is audited once: a source given twice, or a hospital (by its id) reached through
 * a second address, is left out with a note, so that no hospital is counted twice.
 */
export function buildReport(profile: Profile, asOf: DayNumber, inputs: readonly AuditInput[], lang: Lang): AuditReport {
  const audited: { feed: Feed; inScope: boolean }[] = [];
  const notes: string[] = [];
  const sources = new Set<string>();
  const byId = new Map<string, string>();
  const once = inputs.filter((input) => {
    if (sources.has(input.source)) {
      notes.push(noteText(lang, 'sourceTwice', { source: input.source }));
      return false;
    }
    sources.add(input.source);
    const id = input.feed?.hospital.id;
    if (id === undefined) return true;
    const first = byId.get(id);
    if (first !== undefined) {
      notes.push(noteText(lang, 'hospitalTwice', { source: input.source, first, id }));
      return false;
    }
    byId.set(id, input.source);
    return true;
  });
  const hospitals = once.map((input): HospitalReport => {
    if (!input.feed) return { source: input.source, error: input.error ?? 'unreadable' };
    const audit = auditHospital(input.feed, profile, asOf, lang);
    audited.push({ feed: input.feed, inScope: audit.inScope });
    return {
      source: input.source,
      hospitalId: audit.hospitalId,
      name: audit.name,
      province: audit.province,
      city: audit.city,
      inScope: audit.inScope,
      results: audit.results,
    };
  });
  const report: AuditReport = {
    profile: profile.name,
    asOf: formatDate(asOf),
    hospitals,
    region: auditRegion(profile, audited, lang),
  };
  if (notes.length) report.notes = notes;
  return report;
}

/** Whether a report has what `--fail-on` looks for. */
export function reportFails(report: AuditReport, failOn: 'fail' | 'warn'): boolean {
  const bad = failOn === 'warn' ? ['fail', 'warn'] : ['fail'];
  return (
    report.hospitals.some((h) => h.results?.some((r) => bad.includes(r.status))) ||
    report.region.some((r) => bad.includes(r.status))
  );
}
