import { describe, expect, test } from 'vitest';
import { departmentUses, renameDepartment } from '../../../utils/editor/references';

const feed = {
  departments: [
    { id: 'peds', name: '儿科' },
    { id: 'er', name: '急诊' },
  ],
  schedule: {
    regular: [{ department: 'peds', days: ['mon'] }],
    alwaysOpen: [{ department: 'er' }],
    notices: [
      {
        id: 'n',
        entries: [{ date: '2027-01-01', departments: ['peds'], referTo: { department: 'peds' }, status: 'closed' }],
      },
    ],
  },
  waitTimes: [{ department: 'peds' }, { department: '*' }],
  future: { keep: true },
};

describe('renaming a department id', () => {
  test('every reference follows; nothing else changes', () => {
    const next = renameDepartment(feed, 'peds', 'pediatrics');
    expect(next.departments[0]!.id).toBe('pediatrics');
    expect(next.schedule.regular[0]!.department).toBe('pediatrics');
    expect(next.schedule.notices[0]!.entries[0]).toMatchObject({
      departments: ['pediatrics'],
      referTo: { department: 'pediatrics' },
    });
    expect(next.waitTimes.map((w) => w.department)).toEqual(['pediatrics', '*']);
    expect(next.schedule.alwaysOpen).toBe(feed.schedule.alwaysOpen);
    expect(next.future).toBe(feed.future);
    expect(departmentUses(next, 'pediatrics')).toBe(3);
    expect(departmentUses(next, 'peds')).toBe(0);
  });

  test('never onto an id another department has', () => {
    expect(renameDepartment(feed, 'peds', 'er')).toBe(feed);
  });
});
