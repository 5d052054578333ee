/** Small hand-made feeds for tests: a valid base and a way to change one part of it. */
import type { Feed } from '../../utils/feed/schema';

/** A valid feed (hospital id passes its checksum) with two departments and a weekday roster. */
export function baseFeed(): Feed {
  return {
    format: 'clearclinic-feed',
    version: 1,
    updatedAt: '2026-11-20T09:00:00+08:00',
    hospital: {
      id: '123502001549897397',
      name: { 'zh-CN': '测试医院', en: 'Test Hospital' },
      level: 3,
      grade: '甲',
      ownership: 'public',
      type: 'A100',
      province: '辽宁省',
      city: '沈阳市',
    },
    departments: [
      { id: 'peds', name: { 'zh-CN': '小儿内科', en: 'Pediatrics' }, category: 'pediatrics' },
      { id: 'er', name: '急诊科', category: 'emergency' },
    ],
    schedule: {
      regular: [
        { department: 'peds', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '12:00' },
        { department: 'peds', days: ['thu'], start: '13:30', end: '17:00', clinicType: 'expert' },
        { department: 'peds', days: ['sat'], start: '08:30', end: '11:30' },
        { department: 'peds', days: ['sun'], start: '09:00', end: '11:00' },
      ],
      alwaysOpen: [{ department: 'er' }],
    },
  };
}

/** A deep copy of the base feed changed by `edit`. */
export function feedWith(edit: (feed: Feed) => void): Feed {
  const feed = structuredClone(baseFeed());
  edit(feed);
  return feed;
}
