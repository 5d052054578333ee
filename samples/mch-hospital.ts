/**
 * 辽河市妇幼保健院（示例）: a fictional 妇幼保健院 (G100). Weekend clinics for children every
 * weekend, holiday days run the weekend roster by default (onHoliday: weekend-roster),
 * holiday vaccination, pediatric and obstetric emergency around the clock.
 */
import { civilFromDay, type DayNumber, formatDate, type Weekday } from '../utils/date/civil';
import type { Feed, Session } from '../utils/feed/schema';
import { makeCreditCode } from './credit-code';
import { buildGuide } from './guide';
import { holidayNotices } from './holiday-notices';
import { seeded } from './random';
import { generateSlots, generateWaits } from './slots-and-waits';

const SITE = 'https://www.lhmch.example';
const WEEKDAYS_ONLY: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const DEPARTMENTS: [string, string, string, string, boolean][] = [
  ['gynecology', '妇科', 'Gynecology', 'obstetrics-gynecology', false],
  ['obstetrics', '产科', 'Obstetrics', 'obstetrics-gynecology', true],
  ['prenatal-care', '孕产保健科', 'Prenatal Care', 'obstetrics-gynecology', true],
  ['child-health', '儿童保健科', 'Child Health Care', 'pediatrics', true],
  ['pediatrics', '儿科', 'Pediatrics', 'pediatrics', true],
  ['neonatology', '新生儿科', 'Neonatology', 'pediatrics', false],
  ['child-rehabilitation', '儿童康复科', 'Child Rehabilitation', 'rehabilitation', false],
  ['breast', '乳腺保健科', 'Breast Health', 'surgery', false],
  ['reproductive', '生殖医学科', 'Reproductive Medicine', 'obstetrics-gynecology', false],
  ['vaccination', '预防接种门诊', 'Vaccination Clinic', 'vaccination', true],
  ['pediatric-emergency', '儿科急诊', 'Pediatric Emergency', 'emergency', false],
  ['obstetric-emergency', '产科急诊', 'Obstetric Emergency', 'emergency', false],
];

export function mchHospital(asOf: DayNumber): Feed {
  const rng = seeded(20261122);
  const { year } = civilFromDay(asOf);
  const regular: Session[] = [];
  for (const [id, , , , weekend] of DEPARTMENTS.slice(0, -2)) {
    regular.push({ department: id, days: WEEKDAYS_ONLY, start: '08:00', end: '11:30', slotMinutes: 20 });
    regular.push({ department: id, days: WEEKDAYS_ONLY, start: '13:30', end: '16:30', slotMinutes: 20 });
    if (weekend) regular.push({ department: id, days: ['sat', 'sun'], start: '08:00', end: '11:30', slotMinutes: 20 });
  }
  const feed: Feed = {
    format: 'clearclinic-feed',
    version: 1,
    updatedAt: `${formatDate(asOf - 1)}T17:45:00+08:00`,
    hospital: {
      id: makeCreditCode('210899', '4A120003'),
      name: { 'zh-CN': '辽河市妇幼保健院（示例）', en: 'Liaohe Maternal and Child Health Hospital (sample)' },
      level: 2,
      grade: '甲',
      ownership: 'public',
      type: 'G100',
      province: '辽宁省',
      city: '辽河市',
      address: '辽宁省辽河市示例区育才路9号（虚构地址）',
      phone: '024-0000-5500',
      website: SITE,
    },
    departments: DEPARTMENTS.map(([id, zh, en, category]) => ({
      id,
      name: { 'zh-CN': zh, en },
      category,
      location: { 'zh-CN': '门诊楼', en: 'Outpatient building' },
    })),
    schedule: {
      regular,
      onHoliday: 'weekend-roster',
      alwaysOpen: [{ department: 'pediatric-emergency' }, { department: 'obstetric-emergency' }],
      notices: holidayNotices({
        year,
        openDepartments: ['obstetrics', 'pediatrics', 'child-health', 'vaccination'],
        sessions: [{ start: '08:00', end: '11:30', slotMinutes: 20 }],
        springFestivalClosedDays: 1,
        leadDays: { default: 8 },
        noticeUrl: (id) => `${SITE}/gg/${id}.html`,
      }),
    },
    waitTimes: generateWaits(
      asOf,
      12,
      [
        { id: 'pediatrics', meanBase: 18 },
        { id: 'obstetrics', meanBase: 14 },
        { id: 'child-health', meanBase: 12 },
        { id: 'vaccination', meanBase: 8 },
      ],
      rng,
    ),
    guide: buildGuide(
      {
        site: SITE,
        consultPhone: '024-0000-5500',
        complaintPhone: '024-0000-5511',
        main: 'main',
        publishedAt: `${year}-01-10T09:00:00+08:00`,
        version: `${year}.1`,
      },
      {
        only: [
          'appointment',
          'elderly-onsite',
          'cancel-change',
          'exam-booking',
          'results',
          'payment',
          'birth-certificate',
          'records-copy',
          'e-invoice',
          'refund',
          'complaint',
        ],
        drop: ['locations'],
      },
    ),
    services: {
      oneStopCenter: { outpatient: true, inpatient: true },
      internetHospital: { onlineFollowUp: true, url: `${SITE}/online` },
      holidayVaccination: true,
      accessibility: ['wheelchair', 'waiting-chairs', 'stretcher', 'mother-baby-room', 'barrier-free-toilet'],
    },
  };
  // Slots open 7 days ahead: today and the next 7 days.
  feed.slots = generateSlots(
    feed,
    asOf,
    8,
    ['pediatrics', 'obstetrics', 'child-health', 'vaccination'],
    rng,
    `${SITE}/yuyue`,
  );
  return feed;
}
