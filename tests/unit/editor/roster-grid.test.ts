import { describe, expect, test } from 'vitest';
import {
  addCellSession,
  cellSessions,
  changeCellSession,
  copyDay,
  copyRow,
  removeCellSession,
  strayDepartments,
} from '../../../utils/editor/roster-grid';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'];
const regular = [
  { department: 'int', days: weekdays, start: '08:00', end: '12:00', doctor: '王医生', x: 1 },
  { department: 'int', days: ['mon'], start: '13:30', end: '17:00', clinicType: 'expert' },
  { department: 'peds', days: ['sat', 'sun'], start: '08:30', end: '11:30', validFrom: '2026-07-01' },
];

describe('the roster as a departments × weekdays grid', () => {
  test('a cell lists its sessions earliest first, with the other days they run on and seasons marked', () => {
    expect(cellSessions(regular, 'int', 'mon').map((s) => [s.start, s.end, s.clinicType, s.alsoOn.length])).toEqual([
      ['08:00', '12:00', undefined, 4],
      ['13:30', '17:00', 'expert', 0],
    ]);
    expect(cellSessions(regular, 'peds', 'sat')[0]).toMatchObject({ seasonal: true, alsoOn: ['sun'] });
    expect(cellSessions(regular, 'peds', 'mon')).toEqual([]);
  });

  test('changing a shared session in one cell splits that day off; the other days and every other field stay', () => {
    const next = changeCellSession(regular, 0, 'wed', { end: '11:30' });
    expect(next[0]).toEqual({ ...regular[0], days: ['mon', 'tue', 'thu', 'fri'] });
    expect(next[1]).toEqual({ ...regular[0], days: ['wed'], end: '11:30' });
    expect(cellSessions(next, 'int', 'wed').map((s) => s.end)).toEqual(['11:30']);
    expect(cellSessions(next, 'int', 'tue').map((s) => s.end)).toEqual(['12:00']);
    // A one-day session changes in place; an empty value removes the field.
    expect(changeCellSession(regular, 1, 'mon', { clinicType: '' })[1]).toEqual({
      department: 'int',
      days: ['mon'],
      start: '13:30',
      end: '17:00',
    });
  });

  test('add and remove in one cell', () => {
    const added = addCellSession(regular, 'peds', 'mon', { start: '08:00', end: '12:00', clinicType: 'general' });
    expect(added.at(-1)).toEqual({ department: 'peds', days: ['mon'], start: '08:00', end: '12:00' });
    const removed = removeCellSession(regular, 0, 'fri');
    expect(removed[0]!.days).toEqual(['mon', 'tue', 'wed', 'thu']);
    expect(removeCellSession(regular, 1, 'mon')).toHaveLength(2);
  });

  test('copy a department’s week to another (its own replaced), and a day to another day', () => {
    const rows = copyRow(regular, 'int', 'peds');
    expect(rows.filter((s) => s.department === 'peds')).toEqual([
      { ...regular[0], department: 'peds' },
      { ...regular[1], department: 'peds' },
    ]);
    const sat = copyDay(regular, 'mon', 'sat');
    expect(cellSessions(sat, 'int', 'sat').map((s) => s.start)).toEqual(['08:00', '13:30']);
    // Saturday left the sessions it was in: 儿科's weekend session keeps only Sunday.
    expect(cellSessions(sat, 'peds', 'sat')).toEqual([]);
    expect(cellSessions(sat, 'peds', 'sun')).toHaveLength(1);
    // Only the listed departments.
    const one = copyDay(regular, 'sat', 'mon', ['peds']);
    expect(cellSessions(one, 'peds', 'mon')).toHaveLength(1);
    expect(cellSessions(one, 'int', 'mon')).toHaveLength(2);
    expect(copyDay(regular, 'mon', 'mon')).toEqual(regular);
  });

  test('departments the roster names but the list does not are rows too', () => {
    expect(strayDepartments(regular, ['int'])).toEqual(['peds']);
  });
});
