/**
 * 辽河市中医医院（示例）: a fictional level-2 TCM hospital. Smaller and less polished than
 * the general hospital, as many are: a Saturday-morning clinic only, hour-long expert
 * slots, notices for only some holidays (one published late), a thinner guide.
 */
import { civilFromDay, type DayNumber, formatDate, type Weekday } from '../utils/date/civil';
import type { Feed, Session } from '../utils/feed/schema';
import { makeCreditCode } from './credit-code';
import { buildGuide } from './guide';
import { holidayNotices } from './holiday-notices';
import { seeded } from './random';
import { generateWaits } from './slots-and-waits';

const SITE = 'https://www.lhtcm.example';
const WEEKDAYS_ONLY: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const DEPARTMENTS: [string, string, string, string][] = [
  ['tcm-internal', '中医内科', 'TCM Internal Medicine', 'tcm'],
  ['tcm-surgery', '中医外科', 'TCM Surgery', 'tcm'],
  ['tcm-gynecology', '中医妇科', 'TCM Gynecology', 'obstetrics-gynecology'],
  ['tcm-pediatrics', '中医儿科', 'TCM Pediatrics', 'pediatrics'],
  ['acupuncture', '针灸科', 'Acupuncture', 'tcm'],
  ['tuina', '推拿科', 'Tuina Massage', 'rehabilitation'],
  ['orthopedics-traumatology', '骨伤科', 'Orthopedics and Traumatology', 'surgery'],
  ['spleen-stomach', '脾胃病科', 'Spleen and Stomach Diseases', 'internal'],
  ['geriatrics', '老年病科', 'Geriatrics', 'geriatrics'],
  ['dermatology', '皮肤科', 'Dermatology', 'dermatology'],
  ['rehabilitation', '康复科', 'Rehabilitation', 'rehabilitation'],
  ['emergency', '急诊科', 'Emergency', 'emergency'],
];

export function tcmHospital(asOf: DayNumber): Feed {
  const rng = seeded(20261121);
  const { year } = civilFromDay(asOf);
  const regular: Session[] = [];
  for (const [id] of DEPARTMENTS.slice(0, -1)) {
    regular.push({ department: id, days: WEEKDAYS_ONLY, start: '08:00', end: '11:30' });
    regular.push({ department: id, days: WEEKDAYS_ONLY, start: '13:00', end: '16:30' });
    regular.push({
      department: id,
      days: [rng.pick(WEEKDAYS_ONLY)],
      start: '08:00',
      end: '11:00',
      clinicType: 'expert',
      slotMinutes: 60,
    });
  }
  for (const id of ['tcm-internal', 'tcm-pediatrics', 'acupuncture'])
    regular.push({ department: id, days: ['sat'], start: '08:00', end: '11:30' });
  return {
    format: 'clearclinic-feed',
    version: 1,
    updatedAt: `${formatDate(asOf - 3)}T15:20:00+08:00`,
    hospital: {
      id: makeCreditCode('210899', '4A120002'),
      name: { 'zh-CN': '辽河市中医医院（示例）', en: 'Liaohe Hospital of Traditional Chinese Medicine (sample)' },
      level: 2,
      grade: '甲',
      ownership: 'public',
      type: 'A210',
      province: '辽宁省',
      city: '辽河市',
      address: '辽宁省辽河市示例区杏林路6号（虚构地址）',
      phone: '024-0000-3300',
      website: SITE,
    },
    departments: DEPARTMENTS.map(([id, zh, en, category]) => ({
      id,
      name: { 'zh-CN': zh, en },
      category,
      location: '门诊楼',
    })),
    schedule: {
      regular,
      onHoliday: 'closed',
      alwaysOpen: [{ department: 'emergency' }],
      notices: holidayNotices({
        year,
        openDepartments: ['tcm-internal', 'tcm-pediatrics'],
        sessions: [{ start: '08:30', end: '11:30' }],
        springFestivalClosedDays: 3,
        leadDays: { default: 10, 'national-day': 3 },
        skip: ['qingming-festival', 'dragon-boat-festival'],
        // Its National Day notice says nothing of the make-up days (09-20, 10-10): they stay 未公布.
        silentMakeupDays: ['national-day'],
        noticeUrl: (id) => `${SITE}/news/${id}.html`,
      }),
    },
    waitTimes: generateWaits(
      asOf,
      6,
      [
        { id: 'tcm-internal', meanBase: 21 },
        { id: 'acupuncture', meanBase: 17 },
        { id: 'tcm-pediatrics', meanBase: 23 },
      ],
      rng,
    ),
    guide: buildGuide(
      {
        site: SITE,
        consultPhone: '024-0000-3300',
        complaintPhone: '024-0000-3301',
        main: 'main',
        publishedAt: `${year - 1}-06-15T09:00:00+08:00`,
        version: `${year - 1}.1`,
      },
      {
        only: [
          'appointment',
          'elderly-onsite',
          'payment',
          'records-copy',
          'diagnosis-stamp',
          'admission',
          'discharge',
          'complaint',
        ],
        drop: ['locations', 'hours'],
        lists: false,
      },
    ),
    services: {
      oneStopCenter: { outpatient: true, inpatient: false },
      internetHospital: { onlineFollowUp: false },
      accessibility: ['wheelchair', 'waiting-chairs'],
    },
  };
}
