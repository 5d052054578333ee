/** The audit of many hospitals as one report: per hospital, then per region (cli.md `audit --format json`). */
import { type DayNumber, formatDate } from '../date/civil';
import type { Feed } from '../feed/schema';
import type { Lang } from '../i18n/local-text';
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
}

export interface AuditInput {
  source: string;
  feed?: Feed;
  error?: string;
}

export function buildReport(profile: Profile, asOf: DayNumber, inputs: readonly AuditInput[], lang: Lang): AuditReport {
  const audited: { feed: Feed; inScope: boolean }[] = [];
  const hospitals = inputs.map((input): HospitalReport => {
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
  return { profile: profile.name, asOf: formatDate(asOf), hospitals, region: auditRegion(profile, audited, lang) };
}

/** Whether a report has what `--fail-on` looks for. */
export function reportFails(report: AuditReport, failOn: 'fail' | 'warn'): boolean {
  const bad = failOn === 'warn' ? ['fail', 'warn'] : ['fail'];
  return (
    report.hospitals.some((h) => h.results?.some((r) => bad.includes(r.status))) ||
    report.region.some((r) => bad.includes(r.status))
  );
}
