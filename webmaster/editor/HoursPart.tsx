/**
 * What runs around the roster: the holiday policy (never defaulted: unset stays "not
 * stated"), the make-up workday roster, 24-hour services, the usual hours of each part of the
 * day, and the hospital's own clinic types.
 */
import { WEEKDAYS } from '../../utils/date/civil';
import { getAt, insertAt, removeAt } from '../../utils/editor/edit-path';
import type { LocalText } from '../../utils/i18n/local-text';
import { textIn } from '../../utils/i18n/local-text';
import { lang } from '../state';
import { change } from './editor-state';
import { ItemTools, LocalField, Problems, SelectField, TextField, TimeField, useSlice } from './fields';
import { dayName } from './RosterPart';
import { te } from './strings';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const listAt = (d: unknown, path: (string | number)[]) => {
  const v = getAt(d, path);
  return Array.isArray(v) ? v : [];
};

export function HoursPart() {
  const l = lang.value;
  const d = useSlice(['departments'], ['schedule']);
  const departments = listAt(d, ['departments'])
    .filter(isObject)
    .map((x) => [String(x.id ?? ''), textIn(x.name as LocalText, l) || String(x.id ?? '')] as const);
  const alwaysOpen = listAt(d, ['schedule', 'alwaysOpen']);
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
      <fieldset class="list" id="always-open">
        <legend>{te(l, 'alwaysOpen')}</legend>
        {alwaysOpen.map((_, i) => (
          <div class="item row" key={i}>
            <SelectField
              path={['schedule', 'alwaysOpen', i, 'department']}
              label={te(l, 'waitDept')}
              options={departments}
            />
            <LocalField path={['schedule', 'alwaysOpen', i, 'note']} label={te(l, 'note')} />
            <TextField path={['schedule', 'alwaysOpen', i, 'validFrom']} label={te(l, 'validFrom')} type="date" />
            <TextField path={['schedule', 'alwaysOpen', i, 'validThrough']} label={te(l, 'validThrough')} type="date" />
            <ItemTools
              label={`${te(l, 'alwaysOpen')} ${i + 1}`}
              onRemove={() => change((x) => removeAt(x, ['schedule', 'alwaysOpen'], i))}
            />
          </div>
        ))}
        <button
          type="button"
          class="secondary"
          id="add-always-open"
          disabled={departments.length === 0}
          onClick={() =>
            change((x) => {
              const er = listAt(x, ['departments']).find((dep) => isObject(dep) && dep.category === 'emergency');
              const id = isObject(er) ? er.id : departments[0]?.[0];
              return insertAt(x, ['schedule', 'alwaysOpen'], { department: id });
            })
          }
        >
          {te(l, 'addAlwaysOpen')}
        </button>
      </fieldset>
      <fieldset class="list">
        <legend>{te(l, 'dayParts')}</legend>
        {dayParts.map((_, i) => (
          <div class="item row" key={i}>
            <SelectField
              path={['schedule', 'dayParts', i, 'part']}
              label={te(l, 'part')}
              options={[
                ['am', te(l, 'am')],
                ['pm', te(l, 'pm')],
                ['evening', te(l, 'evening')],
              ]}
            />
            <TimeField path={['schedule', 'dayParts', i, 'start']} label={te(l, 'start')} />
            <TimeField path={['schedule', 'dayParts', i, 'end']} label={te(l, 'end')} />
            <TextField path={['schedule', 'dayParts', i, 'validFrom']} label={te(l, 'validFrom')} type="date" />
            <TextField path={['schedule', 'dayParts', i, 'validThrough']} label={te(l, 'validThrough')} type="date" />
            <ItemTools
              label={`${te(l, 'dayParts')} ${i + 1}`}
              onRemove={() => change((x) => removeAt(x, ['schedule', 'dayParts'], i))}
            />
          </div>
        ))}
        <button
          type="button"
          class="secondary"
          onClick={() =>
            change((x) =>
              insertAt(
                x,
                ['schedule', 'dayParts'],
                dayParts.length === 0
                  ? { part: 'am', start: '08:00', end: '12:00' }
                  : { part: 'pm', start: '13:30', end: '17:00' },
              ),
            )
          }
        >
          {te(l, 'addDayPart')}
        </button>
        <Problems path={['schedule', 'dayParts']} />
      </fieldset>
      <fieldset class="list">
        <legend>{te(l, 'clinicTypes')}</legend>
        {clinicTypes.map((_, i) => (
          <div class="item row" key={i}>
            <TextField path={['schedule', 'clinicTypes', i, 'id']} label={te(l, 'deptId')} keep size={14} />
            <LocalField path={['schedule', 'clinicTypes', i, 'name']} label={te(l, 'clinicType')} keep />
            <SelectField
              path={['schedule', 'clinicTypes', i, 'category']}
              label={te(l, 'countsAs')}
              options={(['general', 'specialist', 'expert', 'special-needs'] as const).map(
                (t) => [t, te(l, t)] as const,
              )}
            />
            <ItemTools
              label={`${te(l, 'clinicTypes')} ${i + 1}`}
              onRemove={() => change((x) => removeAt(x, ['schedule', 'clinicTypes'], i))}
            />
          </div>
        ))}
        <button
          type="button"
          class="secondary"
          onClick={() =>
            change((x) =>
              insertAt(x, ['schedule', 'clinicTypes'], {
                id: `type-${clinicTypes.length + 1}`,
                name: '',
                category: 'expert',
              }),
            )
          }
        >
          {te(l, 'addClinicType')}
        </button>
      </fieldset>
    </div>
  );
}
