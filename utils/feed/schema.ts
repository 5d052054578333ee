/**
 * The structure of a ClearClinic feed, version 1 (../shared/spec/feed-v1.md), in zod/mini
 * so the widget bundle stays small. This is the one source of the feed's shape: the
 * TypeScript types below and public/schema/clearclinic-feed-v1.json are derived from it.
 * Rules that span fields (references, order, duplicates, checksums) live in validate.ts.
 */
import * as z from 'zod/mini';
import { WEEKDAYS } from '../date/civil';

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const TIME_PATTERN = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
/** zod's own pattern for z.iso.date() (a test holds the copy to it): fast paths test dates without loading every zod pattern. */
export const DATE_PATTERN =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;
/** Enum values the zod schemas and the checker's fast paths share. */
/** The weekdays, as the one list in date/civil.ts. */
export const WEEKDAY_VALUES = WEEKDAYS;
export const CLINIC_TYPE_VALUES = ['general', 'specialist', 'expert', 'special-needs'] as const;
export const SLOT_STATUS_VALUES = ['free', 'limited', 'full', 'closed'] as const;
export const DAY_PART_VALUES = ['am', 'pm', 'evening'] as const;
export const NOTICE_STATUS_VALUES = ['closed', 'open', 'roster', 'regular', 'emergency-only', 'unannounced'] as const;
/** The longest a notice entry may run: `through` at most this many days after `date` (feed-v1 NoticeEntry). */
export const MAX_ENTRY_DAYS = 62;
/**
 * The years a date or instant may name (date.range): from 1949, when the national holidays
 * were first fixed by law, to 2100, where the table of statutory holidays ends. A date
 * outside is a typo (0026-05-01) or filler (0000-01-01), never a clinic's day.
 */
export const DATE_YEARS = Object.freeze({ first: 1949, last: 2100 });
export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

const id = () => z.string().check(z.regex(ID_PATTERN));
const time = () => z.string().check(z.regex(TIME_PATTERN));
const date = () => z.iso.date();
const instant = () => z.string().check(z.regex(INSTANT_PATTERN));
const url = () => z.url({ protocol: /^https?$/ });
const nonNegativeInt = () => z.int().check(z.minimum(0));
const nonNegative = () => z.number().check(z.minimum(0));
const share = () => z.number().check(z.minimum(0), z.maximum(1));

/** Builds the feed's zod schemas (see feedSchemas). */
function buildSchemas() {
  const LocalTextSchema = z.union([z.string(), z.record(z.string(), z.string())]);
  const WeekdaySchema = z.enum(WEEKDAY_VALUES);
  const BuiltInClinicTypeSchema = z.enum(CLINIC_TYPE_VALUES);
  /** A built-in type or the id of one of `schedule.clinicTypes` (checked across fields). */
  const ClinicTypeSchema = id();
  const DayPartNameSchema = z.enum(DAY_PART_VALUES);

  const CampusSchema = z.object({
    id: id(),
    name: LocalTextSchema,
    address: z.optional(z.string()),
  });

  const HospitalSchema = z.object({
    id: z.string().check(z.minLength(1)),
    licenseNo: z.optional(z.string()),
    name: LocalTextSchema,
    level: z.nullable(z.literal([1, 2, 3])),
    grade: z.optional(z.nullable(z.enum(['甲', '乙', '丙']))),
    ownership: z.enum(['public', 'private']),
    type: z.string().check(z.minLength(1)),
    province: z.string(),
    city: z.string(),
    address: z.optional(z.string()),
    phone: z.optional(z.string()),
    website: z.optional(url()),
    campuses: z.optional(z.array(CampusSchema)),
  });

  const DepartmentSchema = z.object({
    id: id(),
    name: LocalTextSchema,
    category: z.optional(z.string()),
    campus: z.optional(id()),
    location: z.optional(LocalTextSchema),
  });

  const SessionSchema = z.object({
    department: id(),
    days: z.array(WeekdaySchema).check(z.minLength(1)),
    start: time(),
    end: time(),
    clinicType: z.optional(ClinicTypeSchema),
    slotMinutes: z.optional(z.int().check(z.minimum(5), z.maximum(240))),
    capacityPerSlot: z.optional(nonNegativeInt()),
    validFrom: z.optional(date()),
    validThrough: z.optional(date()),
    doctor: z.optional(LocalTextSchema),
  });

  const NoticeSessionSchema = z.object({
    start: time(),
    end: time(),
    clinicType: z.optional(ClinicTypeSchema),
    slotMinutes: z.optional(z.int().check(z.minimum(5), z.maximum(240))),
    capacityPerSlot: z.optional(nonNegativeInt()),
  });

  const ReferToSchema = z.object({
    department: z.optional(id()),
    campus: z.optional(id()),
    note: z.optional(LocalTextSchema),
  });

  const NoticeEntrySchema = z.object({
    date: date(),
    through: z.optional(date()),
    departments: z.optional(z.union([z.literal('*'), z.array(id())])),
    campuses: z.optional(z.array(id())),
    clinicTypes: z.optional(z.array(id())),
    part: z.optional(DayPartNameSchema),
    status: z.enum(NOTICE_STATUS_VALUES),
    sessions: z.optional(z.array(NoticeSessionSchema)),
    rosterOf: z.optional(WeekdaySchema),
    referTo: z.optional(ReferToSchema),
    location: z.optional(LocalTextSchema),
    note: z.optional(LocalTextSchema),
  });

  const NoticeSchema = z.object({
    id: id(),
    title: LocalTextSchema,
    publishedAt: instant(),
    url: z.optional(url()),
    supersedes: z.optional(z.array(id())),
    entries: z.array(NoticeEntrySchema),
  });

  const AlwaysOpenSchema = z.object({
    department: id(),
    note: z.optional(LocalTextSchema),
    validFrom: z.optional(date()),
    validThrough: z.optional(date()),
  });

  const ClinicTypeDefinitionSchema = z.object({
    id: id(),
    name: LocalTextSchema,
    category: BuiltInClinicTypeSchema,
  });

  const DayPartSchema = z.object({
    part: DayPartNameSchema,
    start: time(),
    end: time(),
    validFrom: z.optional(date()),
    validThrough: z.optional(date()),
  });

  const ScheduleSchema = z.object({
    regular: z.array(SessionSchema),
    onHoliday: z.optional(z.enum(['closed', 'weekend-roster', 'regular'])),
    makeupRoster: z.optional(WeekdaySchema),
    alwaysOpen: z.optional(z.array(AlwaysOpenSchema)),
    clinicTypes: z.optional(z.array(ClinicTypeDefinitionSchema)),
    dayParts: z.optional(z.array(DayPartSchema)),
    notices: z.optional(z.array(NoticeSchema)),
  });

  const SlotSchema = z.object({
    department: id(),
    start: instant(),
    end: instant(),
    status: z.enum(SLOT_STATUS_VALUES),
    capacity: z.optional(nonNegativeInt()),
    booked: z.optional(nonNegativeInt()),
    clinicType: z.optional(ClinicTypeSchema),
    bookingUrl: z.optional(url()),
  });

  const WaitStatSchema = z.object({
    department: z.union([z.literal('*'), id()]),
    periodStart: date(),
    periodEnd: date(),
    meanMinutes: nonNegative(),
    p50Minutes: z.optional(nonNegative()),
    p90Minutes: z.optional(nonNegative()),
    shareOver20: z.optional(share()),
    sampleSize: nonNegativeInt(),
    appointmentRate: z.optional(share()),
  });

  const GuideItemSchema = z.object({
    id: id(),
    name: LocalTextSchema,
    category: z.optional(z.string()),
    basis: z.optional(z.array(LocalTextSchema)),
    serviceObject: z.optional(LocalTextSchema),
    conditions: z.optional(LocalTextSchema),
    materials: z.array(
      z.object({
        name: LocalTextSchema,
        original: z.optional(z.boolean()),
        copies: z.optional(nonNegativeInt()),
        waivable: z.optional(z.boolean()),
      }),
    ),
    noMaterials: z.optional(z.literal(true)),
    steps: z.array(LocalTextSchema).check(z.minLength(1)),
    timeLimit: z.optional(
      z.object({
        value: nonNegative(),
        unit: z.enum(['minute', 'hour', 'day', 'workday']),
        text: z.optional(LocalTextSchema),
      }),
    ),
    fee: z.optional(
      z.discriminatedUnion('free', [
        z.object({ free: z.literal(true) }),
        z.object({ free: z.literal(false), text: LocalTextSchema }),
      ]),
    ),
    locations: z.optional(
      z.array(z.object({ campus: z.optional(id()), place: LocalTextSchema, window: z.optional(z.string()) })),
    ),
    hours: z.optional(LocalTextSchema),
    onlineChannels: z.optional(
      z.array(
        z.object({
          type: z.enum(['web', 'wechat', 'app', 'mini-program', 'kiosk', 'phone']),
          name: LocalTextSchema,
          url: z.optional(url()),
        }),
      ),
    ),
    visitsRequired: z.optional(nonNegativeInt()),
    consultPhone: z.optional(z.string()),
    complaintChannels: z.optional(
      z.array(z.object({ type: z.enum(['phone', 'web', 'email', 'window']), value: z.string() })),
    ),
    responsibleDept: z.optional(LocalTextSchema),
    faq: z.optional(z.array(z.object({ q: LocalTextSchema, a: LocalTextSchema }))),
    url: z.optional(url()),
  });

  const GuideSchema = z.object({
    title: LocalTextSchema,
    url: url(),
    version: z.optional(z.string()),
    publishedAt: instant(),
    items: z.array(GuideItemSchema),
    prohibited: z.optional(z.array(LocalTextSchema)),
    waivable: z.optional(z.array(LocalTextSchema)),
  });

  const ServicesSchema = z.object({
    oneStopCenter: z.optional(
      z.object({ outpatient: z.boolean(), inpatient: z.boolean(), location: z.optional(LocalTextSchema) }),
    ),
    internetHospital: z.optional(z.object({ onlineFollowUp: z.boolean(), url: z.optional(url()) })),
    internetNursing: z.optional(z.boolean()),
    resultRecognition: z.optional(z.boolean()),
    holidayVaccination: z.optional(z.boolean()),
    accessibility: z.optional(z.array(z.string())),
  });

  const CalendarDaySchema = z.object({
    date: date(),
    kind: z.enum(['off', 'makeup-workday']),
    name: LocalTextSchema,
  });

  const FeedSchema = z.object({
    format: z.literal('clearclinic-feed'),
    version: z.literal(1),
    updatedAt: instant(),
    timeZone: z.optional(z.string().check(z.minLength(1))),
    hospital: HospitalSchema,
    departments: z.array(DepartmentSchema).check(z.minLength(1)),
    schedule: ScheduleSchema,
    slots: z.optional(z.array(SlotSchema)),
    waitTimes: z.optional(z.array(WaitStatSchema)),
    guide: z.optional(GuideSchema),
    services: z.optional(ServicesSchema),
    holidayCalendar: z.optional(z.array(CalendarDaySchema)),
  });
  return {
    LocalTextSchema,
    WeekdaySchema,
    ClinicTypeSchema,
    BuiltInClinicTypeSchema,
    DayPartNameSchema,
    ReferToSchema,
    ClinicTypeDefinitionSchema,
    DayPartSchema,
    CampusSchema,
    HospitalSchema,
    DepartmentSchema,
    SessionSchema,
    NoticeSessionSchema,
    NoticeEntrySchema,
    NoticeSchema,
    AlwaysOpenSchema,
    ScheduleSchema,
    SlotSchema,
    WaitStatSchema,
    GuideItemSchema,
    GuideSchema,
    ServicesSchema,
    CalendarDaySchema,
    FeedSchema,
  };
}

export type FeedSchemas = ReturnType<typeof buildSchemas>;
let built: FeedSchemas | undefined;

/**
 * The feed's zod schemas, built on first use: building them all cost ~4 ms at the widget's
 * start, where a return visit shows its stored copy without checking it again.
 */
export function feedSchemas(): FeedSchemas {
  built ??= buildSchemas();
  return built;
}

export type Feed = z.infer<FeedSchemas['FeedSchema']>;
export type Hospital = z.infer<FeedSchemas['HospitalSchema']>;
export type Department = z.infer<FeedSchemas['DepartmentSchema']>;
export type Session = z.infer<FeedSchemas['SessionSchema']>;
export type Notice = z.infer<FeedSchemas['NoticeSchema']>;
export type NoticeEntry = z.infer<FeedSchemas['NoticeEntrySchema']>;
export type NoticeSession = z.infer<FeedSchemas['NoticeSessionSchema']>;
export type Slot = z.infer<FeedSchemas['SlotSchema']>;
export type WaitStat = z.infer<FeedSchemas['WaitStatSchema']>;
export type Guide = z.infer<FeedSchemas['GuideSchema']>;
export type GuideItem = z.infer<FeedSchemas['GuideItemSchema']>;
export type Services = z.infer<FeedSchemas['ServicesSchema']>;
/** A clinic type's id: one of the four built-in types or one of `schedule.clinicTypes`. */
export type ClinicType = string;
export type BuiltInClinicType = (typeof CLINIC_TYPE_VALUES)[number];
export type DayPartName = (typeof DAY_PART_VALUES)[number];
export type NoticeStatus = (typeof NOTICE_STATUS_VALUES)[number];
export type ReferTo = z.infer<FeedSchemas['ReferToSchema']>;
export type ClinicTypeDefinition = z.infer<FeedSchemas['ClinicTypeDefinitionSchema']>;
export type DayPart = z.infer<FeedSchemas['DayPartSchema']>;
export type AlwaysOpen = z.infer<FeedSchemas['AlwaysOpenSchema']>;

/**
 * The JSON Schema of the feed, as published at public/schema/clearclinic-feed-v1.json.
 * Objects are open (unknown fields are allowed by the spec and ignored by readers).
 */
export function feedJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(feedSchemas().FeedSchema, {
    target: 'draft-2020-12',
    override: (ctx) => {
      if (ctx.jsonSchema.additionalProperties === false) delete ctx.jsonSchema.additionalProperties;
    },
  }) as Record<string, unknown>;
  return {
    ...schema,
    title: 'ClearClinic feed, version 1',
    description:
      'Structure only. Cross-field rules (references, time order, duplicate ids, URL schemes, checksums) are checked by `clearclinic validate`.',
  };
}
