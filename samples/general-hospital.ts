/**
 * 辽河市第一人民医院（示例）: a fictional 三级甲等 general hospital on two campuses, with
 * what makes real schedules hard: seasonal afternoon hours (夏令/冬令时间), expert and 特需
 * clinics, weekend clinics, 24-hour emergency and fever clinics, a notice for every 2026
 * holiday with make-up days run 按星期X排班, a one-off 停诊, live slots and a year of waits.
 */
import { civilFromDay, type DayNumber, formatDate, type Weekday } from '../utils/date/civil';
import type { Department, Feed, Session } from '../utils/feed/schema';
import { makeCreditCode } from './credit-code';
import { buildGuide } from './guide';
import { holidayNotices } from './holiday-notices';
import { seeded } from './random';
import { generateSlots, generateWaits } from './slots-and-waits';

const SITE = 'https://www.lhfirst.example';
const WEEKDAYS_ONLY: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** id, 名称, English, category, campus, weekend clinic, expert days, slot minutes */
type Row = [string, string, string, string, 'south' | 'north', '' | 'sat' | 'sat+sun', Weekday[], number?];
const DEPARTMENTS: Row[] = [
  ['cardiology', '心血管内科', 'Cardiology', 'internal', 'south', 'sat', ['mon', 'thu']],
  ['respiratory', '呼吸与危重症医学科', 'Respiratory and Critical Care', 'internal', 'south', 'sat+sun', ['tue']],
  ['gastro', '消化内科', 'Gastroenterology', 'internal', 'south', 'sat', ['wed']],
  ['neurology', '神经内科', 'Neurology', 'internal', 'south', 'sat', ['mon']],
  ['nephrology', '肾内科', 'Nephrology', 'internal', 'south', '', ['fri']],
  ['endocrinology', '内分泌科', 'Endocrinology', 'internal', 'south', 'sat', ['tue', 'thu']],
  ['hematology', '血液内科', 'Hematology', 'internal', 'south', '', ['wed']],
  ['rheumatology', '风湿免疫科', 'Rheumatology and Immunology', 'internal', 'south', '', ['thu']],
  ['infectious', '感染性疾病科', 'Infectious Diseases', 'internal', 'south', '', ['mon']],
  ['geriatrics', '老年医学科', 'Geriatrics', 'geriatrics', 'south', 'sat', ['tue']],
  ['general-practice', '全科医学科', 'General Practice', 'internal', 'south', 'sat+sun', []],
  ['general-surgery', '普通外科', 'General Surgery', 'surgery', 'south', 'sat', ['mon', 'wed']],
  ['orthopedics', '骨科', 'Orthopedics', 'surgery', 'south', 'sat', ['tue', 'fri']],
  ['neurosurgery', '神经外科', 'Neurosurgery', 'surgery', 'south', '', ['thu']],
  ['thoracic', '心胸外科', 'Cardiothoracic Surgery', 'surgery', 'south', '', ['wed']],
  ['urology', '泌尿外科', 'Urology', 'surgery', 'south', 'sat', ['mon']],
  ['breast', '乳腺外科', 'Breast Surgery', 'surgery', 'south', '', ['tue']],
  ['hepatobiliary', '肝胆外科', 'Hepatobiliary Surgery', 'surgery', 'south', '', ['fri']],
  ['plastic', '烧伤整形科', 'Burns and Plastic Surgery', 'surgery', 'south', '', ['wed']],
  ['vascular', '血管外科', 'Vascular Surgery', 'surgery', 'south', '', ['thu']],
  ['gynecology', '妇科', 'Gynecology', 'obstetrics-gynecology', 'south', 'sat+sun', ['mon', 'wed']],
  ['obstetrics', '产科', 'Obstetrics', 'obstetrics-gynecology', 'south', 'sat', ['tue']],
  ['pediatrics', '小儿内科', 'Pediatrics', 'pediatrics', 'south', 'sat+sun', ['mon', 'wed', 'fri'], 15],
  ['pediatric-surgery', '小儿外科', 'Pediatric Surgery', 'surgery', 'south', '', ['thu']],
  ['neonatology', '新生儿科', 'Neonatology', 'pediatrics', 'south', '', ['tue']],
  ['ophthalmology', '眼科', 'Ophthalmology', 'ophthalmology', 'south', 'sat', ['mon', 'thu'], 20],
  ['ent', '耳鼻咽喉头颈外科', 'Otolaryngology – Head and Neck Surgery', 'otolaryngology', 'south', 'sat', ['wed']],
  ['stomatology', '口腔科', 'Stomatology', 'stomatology', 'south', 'sat+sun', ['tue', 'fri']],
  ['dermatology', '皮肤科', 'Dermatology', 'dermatology', 'south', 'sat+sun', ['mon']],
  ['tcm', '中医科', 'Traditional Chinese Medicine', 'tcm', 'south', 'sat', ['wed', 'fri']],
  ['rehabilitation', '康复医学科', 'Rehabilitation Medicine', 'rehabilitation', 'south', '', ['tue']],
  ['oncology', '肿瘤科', 'Oncology', 'oncology', 'south', '', ['mon', 'thu']],
  ['pain', '疼痛科', 'Pain Medicine', 'other', 'south', '', ['fri']],
  ['psychology', '精神心理科', 'Psychiatry and Psychology', 'psychiatry', 'south', 'sat', ['wed'], 30],
  ['nutrition', '临床营养科', 'Clinical Nutrition', 'other', 'south', '', []],
  ['anesthesia-clinic', '麻醉评估门诊', 'Anesthesia Assessment Clinic', 'other', 'south', '', []],
  ['vaccination', '预防接种门诊', 'Vaccination Clinic', 'vaccination', 'south', 'sat', []],
  ['health-check', '健康管理中心', 'Health Check Center', 'other', 'south', 'sat', []],
  ['north-internal', '北院区内科', 'Internal Medicine (North Campus)', 'internal', 'north', 'sat+sun', ['tue']],
  ['north-pediatrics', '北院区儿科', 'Pediatrics (North Campus)', 'pediatrics', 'north', 'sat+sun', ['thu'], 15],
  ['north-surgery', '北院区外科', 'Surgery (North Campus)', 'surgery', 'north', 'sat', ['wed']],
  ['north-gynecology', '北院区妇科', 'Gynecology (North Campus)', 'obstetrics-gynecology', 'north', '', ['fri']],
];
const ALWAYS_OPEN: Row[] = [
  ['emergency', '急诊科', 'Emergency', 'emergency', 'south', '', []],
  ['fever-clinic', '发热门诊', 'Fever Clinic', 'fever-clinic', 'south', '', []],
  ['north-emergency', '北院区急诊', 'Emergency (North Campus)', 'emergency', 'north', '', []],
];
const HOLIDAY_CLINICS = [
  'respiratory',
  'general-practice',
  'gynecology',
  'pediatrics',
  'stomatology',
  'dermatology',
  'north-internal',
  'north-pediatrics',
];
const SPECIAL_NEEDS = ['cardiology', 'gynecology', 'pediatrics', 'ophthalmology'];
const FLOORS = ['一', '二', '三', '四', '五'];

/** Afternoon hours by season, for the year before to the year after `asOf`. */
function afternoonSeasons(year: number) {
  const seasons: { start: string; end: string; validFrom?: string; validThrough?: string }[] = [];
  seasons.push({ start: '13:30', end: '16:30', validThrough: `${year - 1}-04-30` });
  for (let y = year - 1; y <= year + 1; y++) {
    seasons.push({ start: '14:00', end: '17:00', validFrom: `${y}-05-01`, validThrough: `${y}-09-30` });
    seasons.push({
      start: '13:30',
      end: '16:30',
      validFrom: `${y}-10-01`,
      ...(y < year + 1 && { validThrough: `${y + 1}-04-30` }),
    });
  }
  return seasons;
}

export function generalHospital(asOf: DayNumber): Feed {
  const rng = seeded(20261120);
  const { year } = civilFromDay(asOf);
  const departments: Department[] = [...DEPARTMENTS, ...ALWAYS_OPEN].map(([id, zh, en, category, campus], i) => ({
    id,
    name: { 'zh-CN': zh, en },
    category,
    campus,
    location: {
      'zh-CN': `${campus === 'south' ? '南院区门诊楼' : '北院区综合楼'}${FLOORS[i % 5]}层${'ABCD'[i % 4]}区`,
      en: `${campus === 'south' ? 'South campus outpatient building' : 'North campus main building'}, floor ${(i % 5) + 1}, area ${'ABCD'[i % 4]}`,
    },
  }));

  const regular: Session[] = [];
  const seasons = afternoonSeasons(year);
  for (const [id, , , , , weekend, expertDays, slot] of DEPARTMENTS) {
    const slotMinutes = slot ?? 30;
    const capacityPerSlot = rng.pick([3, 4, 5, 6]);
    regular.push({ department: id, days: WEEKDAYS_ONLY, start: '08:00', end: '11:30', slotMinutes, capacityPerSlot });
    for (const s of seasons) regular.push({ department: id, days: WEEKDAYS_ONLY, ...s, slotMinutes, capacityPerSlot });
    if (expertDays.length > 0) {
      regular.push({
        department: id,
        days: expertDays,
        start: '08:00',
        end: '11:30',
        clinicType: 'expert',
        slotMinutes: 20,
        capacityPerSlot: 2,
        doctor: { 'zh-CN': '主任医师门诊', en: 'Chief physician clinic' },
      });
    }
    if (SPECIAL_NEEDS.includes(id)) {
      regular.push({
        department: id,
        days: ['tue', 'thu'],
        start: '14:00',
        end: '16:00',
        clinicType: 'special-needs',
        slotMinutes: 15,
        capacityPerSlot: 1,
      });
    }
    if (weekend) {
      const days: Weekday[] = weekend === 'sat' ? ['sat'] : ['sat', 'sun'];
      regular.push({ department: id, days, start: '08:00', end: '11:30', slotMinutes, capacityPerSlot });
      if (id.includes('pediatrics'))
        regular.push({ department: id, days, start: '13:30', end: '16:30', slotMinutes, capacityPerSlot });
    }
  }

  const notices = holidayNotices({
    year,
    openDepartments: HOLIDAY_CLINICS,
    sessions: [{ start: '08:00', end: '12:00' }],
    springFestivalClosedDays: 2,
    leadDays: { default: 14, 'spring-festival': 21 },
    noticeUrl: (id) => `${SITE}/notices/${id}.html`,
    eveHalfDay: true,
    saturdayRosterFrom: 5,
    closedCampus: {
      campus: 'north',
      departments: DEPARTMENTS.filter((d) => d[4] === 'north').map((d) => d[0]),
      referTo: 'south',
      note: {
        'zh-CN': '北院区春节期间门诊停诊，请到南院区就诊；北院区急诊照常',
        en: 'North campus clinics closed over the Spring Festival: please go to the South campus; North campus emergency stays open',
      },
    },
    emergencyOnly: {
      'national-day': {
        department: 'ophthalmology',
        referTo: 'emergency',
        note: {
          'zh-CN': '眼科实行急诊听班，眼科急诊请到急诊科就诊',
          en: 'Ophthalmology on call for emergencies only: go to the Emergency department',
        },
      },
    },
    adjusted: 'labour-day',
  });
  // A one-off closure: the eye clinic's experts are at a conference.
  const stopDay = formatDate(asOf + 6);
  notices.push({
    id: `ophthalmology-stop-${stopDay}`,
    title: { 'zh-CN': `眼科${stopDay}停诊通知`, en: `Ophthalmology closed on ${stopDay}` },
    publishedAt: `${formatDate(asOf - 1)}T16:00:00+08:00`,
    url: `${SITE}/notices/ophthalmology-stop.html`,
    entries: [
      {
        date: stopDay,
        departments: ['ophthalmology'],
        status: 'closed',
        note: { 'zh-CN': '专家外出参加学术会议', en: 'Doctors away at a conference' },
      },
    ],
  });

  const feed: Feed = {
    format: 'clearclinic-feed',
    version: 1,
    updatedAt: `${formatDate(asOf)}T09:00:00+08:00`,
    timeZone: 'Asia/Shanghai',
    hospital: {
      id: makeCreditCode('210899', '4A120001'),
      licenseNo: 'PDY00001221089911A1001',
      name: { 'zh-CN': '辽河市第一人民医院（示例）', en: 'Liaohe First People’s Hospital (sample)' },
      level: 3,
      grade: '甲',
      ownership: 'public',
      type: 'A100',
      province: '辽宁省',
      city: '辽河市',
      address: '辽宁省辽河市和平区示例大街1号（虚构地址）',
      phone: '024-0000-1200',
      website: SITE,
      campuses: [
        { id: 'south', name: { 'zh-CN': '南院区', en: 'South campus' }, address: '示例大街1号' },
        { id: 'north', name: { 'zh-CN': '北院区', en: 'North campus' }, address: '示例北路88号' },
      ],
    },
    departments,
    schedule: {
      regular,
      // "法定节假日门诊停诊，急诊、发热门诊照常": stated once; make-up days are left to each notice.
      onHoliday: 'closed',
      alwaysOpen: ALWAYS_OPEN.map(([id]) => ({ department: id, note: { 'zh-CN': '24小时接诊', en: 'Open 24 hours' } })),
      notices,
    },
    guide: buildGuide({
      site: SITE,
      consultPhone: '024-0000-1200',
      complaintPhone: '024-0000-1234',
      main: 'south',
      second: 'north',
      publishedAt: `${year}-03-01T09:00:00+08:00`,
      version: `${year}.1`,
    }),
    services: {
      oneStopCenter: { outpatient: true, inpatient: true, location: '南院区门诊楼一层' },
      internetHospital: { onlineFollowUp: true, url: `${SITE}/internet-hospital` },
      internetNursing: true,
      resultRecognition: true,
      holidayVaccination: true,
      accessibility: [
        'wheelchair',
        'waiting-chairs',
        'stretcher',
        'mother-baby-room',
        'elder-green-channel',
        'barrier-free-toilet',
      ],
    },
  };
  // Slots open 7 days ahead (as its guide says: 号源提前7天放号): today and the next 7 days.
  feed.slots = generateSlots(
    feed,
    asOf,
    8,
    [
      'cardiology',
      'respiratory',
      'gastro',
      'geriatrics',
      'orthopedics',
      'gynecology',
      'pediatrics',
      'ophthalmology',
      'stomatology',
      'dermatology',
      'north-pediatrics',
    ],
    rng,
    `${SITE}/booking`,
  );
  feed.waitTimes = generateWaits(
    asOf,
    12,
    [
      { id: 'cardiology', meanBase: 16 },
      { id: 'respiratory', meanBase: 14 },
      { id: 'gastro', meanBase: 15 },
      { id: 'neurology', meanBase: 18 },
      { id: 'endocrinology', meanBase: 12 },
      { id: 'orthopedics', meanBase: 22 },
      { id: 'gynecology', meanBase: 13 },
      { id: 'pediatrics', meanBase: 24 },
      { id: 'ophthalmology', meanBase: 19 },
      { id: 'stomatology', meanBase: 9 },
      { id: 'dermatology', meanBase: 11 },
      { id: 'north-internal', meanBase: 10 },
    ],
    rng,
  );
  return feed;
}
