/**
 * Policy profiles: a province's policy as data (audit-rules.md "Adding a profile"). A
 * profile names its sources, the hospitals in scope, and each rule with its thresholds; a
 * new province needs a new file, not new code. Profiles from files are checked first.
 */
import * as z from 'zod/mini';
import { feedSchemas } from '../feed/schema';
import liaoning from './profiles/liaoning-2025.json';
import national from './profiles/national.json';

const { LocalTextSchema } = feedSchemas();

const RuleEntry = z.looseObject({
  id: z.string().check(z.minLength(1)),
  source: z.optional(z.string()),
  /** A failing result reported as a warning (e.g. guide-published in the national profile). */
  failAs: z.optional(z.enum(['fail', 'warn'])),
});

export const ProfileSchema = z.object({
  name: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  title: LocalTextSchema,
  sources: z.array(z.object({ title: z.string(), date: z.optional(z.string()), items: z.optional(z.string()) })),
  scope: z.object({
    levels: z.array(z.literal([1, 2, 3])),
    ownership: z.array(z.enum(['public', 'private'])),
    /** WS 218 codes; a trailing * matches a prefix ("A*" = every hospital type A…). */
    types: z.array(z.string()),
  }),
  rules: z.array(RuleEntry),
  regionRules: z.array(RuleEntry),
});

export type Profile = z.infer<typeof ProfileSchema>;
export type RuleEntry = z.infer<typeof RuleEntry>;

export const BUILT_IN_PROFILES: Record<string, Profile> = {
  'liaoning-2025': ProfileSchema.parse(liaoning),
  national: ProfileSchema.parse(national),
};

/** Does a WS 218 type match a scope pattern ("A*", "A100")? */
export function typeMatches(type: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => (p.endsWith('*') ? type.startsWith(p.slice(0, -1)) : type === p));
}

/** A number parameter of a rule entry, or its default. */
export function param(entry: RuleEntry, name: string, fallback: number): number {
  const value = entry[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** A list parameter of a rule entry, or its default. */
export function listParam<T>(entry: RuleEntry, name: string, fallback: T[]): T[] {
  const value = entry[name];
  return Array.isArray(value) ? (value as T[]) : fallback;
}
