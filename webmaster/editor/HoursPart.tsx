/**
 * What runs around the roster: the holiday policy (never defaulted: unset stays "not
 * stated"), the make-up workday roster, 24-hour services, the usual hours of each part of the
 * day, and the hospital's own clinic types.
 */
import { WEEKDAYS } from '../../utils/date/civil';
import { getAt, isObject, listAt } from '../../utils/editor/edit-path';
import { lang } from '../state';
import { asOptions, LocalField, named, Rows, SelectField, TextField, TimeField, useSlice } from './fields';
import { dayName } from './RosterPart';
import { te } from './strings';

export function HoursPart() {
  const l = lang.value;
  const d = useSlice(['departments'], ['schedule']);
  const departments = asOptions(named(getAt(d, ['departments']), l));
  const dayParts = listAt(d, ['schedule', 'dayParts']);
  const clinicTypes = listAt(d, ['schedule', 'clinicTypes']);
  return (
    <div class="part">
      <div class="grid">
        <SelectField
          path={['schedule', 'onHoliday']}
          label={te(l, 'onHoliday')}
          options={[
            ['', te(l, 'onHolidayUnset')],
            ['closed', te(l, 'onHolidayClosed')],
            ['weekend-roster', te(l, 'onHolidayWeekend')],
            ['regular', te(l, 'onHolidayRegular')],
          ]}
        />
        <SelectField
          path={['schedule', 'makeupRoster']}
          label={te(l, 'makeupRoster')}
          options={[['', te(l, 'onHolidayUnset')], ...WEEKDAYS.map((w) => [w, dayName(l, w)] as const)]}
        />
      </div>
      <Rows
        path={['schedule', 'alwaysOpen']}
        label={te(l, 'alwaysOpen')}
        addLabel={te(l, 'addAlwaysOpen')}
        addId="add-always-open"
        blank={(x: unknown) => {
          // The emergency department when there is one.
          const er = listAt(x, ['departments']).find((dep) => isObject(dep) && dep.category === 'emergency');
          return { department: isObject(er) ? er.id : departments[0]?.[0] };
        }}
      >
        {(row) => (
          <>
            <SelectField path={[...row, 'department']} label={te(l, 'waitDept')} options={departments} />
            <LocalField path={[...row, 'note']} label={te(l, 'note')} />
            <TextField path={[...row, 'validFrom']} label={te(l, 'validFrom')} type="date" />
            <TextField path={[...row, 'validThrough']} label={te(l, 'validThrough')} type="date" />
          </>
        )}
      </Rows>
      <Rows
        path={['schedule', 'dayParts']}
        label={te(l, 'dayParts')}
        addLabel={te(l, 'addDayPart')}
        blank={
          dayParts.length === 0
            ? { part: 'am', start: '08:00', end: '12:00' }
            : { part: 'pm', start: '13:30', end: '17:00' }
        }
      >
        {(row) => (
          <>
            <SelectField
              path={[...row, 'part']}
              label={te(l, 'part')}
              options={[
                ['am', te(l, 'am')],
                ['pm', te(l, 'pm')],
                ['evening', te(l, 'evening')],
              ]}
            />
            <TimeField path={[...row, 'start']} label={te(l, 'start')} />
            <TimeField path={[...row, 'end']} label={te(l, 'end')} />
            <TextField path={[...row, 'validFrom']} label={te(l, 'validFrom')} type="date" />
            <TextField path={[...row, 'validThrough']} label={te(l, 'validThrough')} type="date" />
          </>
        )}
      </Rows>
      <Rows
        path={['schedule', 'clinicTypes']}
        label={te(l, 'clinicTypes')}
        addLabel={te(l, 'addClinicType')}
        blank={{ id: `type-${clinicTypes.length + 1}`, name: '', category: 'expert' }}
      >
        {(row) => (
          <>
            <TextField path={[...row, 'id']} label={te(l, 'deptId')} keep size={14} />
            <LocalField path={[...row, 'name']} label={te(l, 'clinicType')} keep />
            <SelectField
              path={[...row, 'category']}
              label={te(l, 'countsAs')}
              options={(['general', 'specialist', 'expert', 'special-needs'] as const).map(
                (t) => [t, te(l, t)] as const,
              )}
            />
          </>
        )}
      </Rows>
    </div>
  );
}
