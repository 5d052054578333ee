/** The wait figures: one row per department (or the whole hospital) and period. */
import { getAt } from '../../utils/editor/edit-path';
import { lang } from '../state';
import { asOptions, NumberField, named, Rows, SelectField, TextField, useSlice } from './fields';
import { te } from './strings';

export function WaitsPart() {
  const l = lang.value;
  const d = useSlice(['departments'], ['waitTimes']);
  const options = [['*', te(l, 'wholeHospital')] as const, ...asOptions(named(getAt(d, ['departments']), l))];
  return (
    <div class="part">
      <p class="hint">{te(l, 'waitsHint')}</p>
      <Rows
        path={['waitTimes']}
        label={te(l, 'partWaits')}
        addLabel={te(l, 'addWait')}
        blank={{ department: '*', periodStart: '', periodEnd: '', meanMinutes: 0, sampleSize: 0 }}
      >
        {(row) => (
          <>
            <SelectField path={[...row, 'department']} label={te(l, 'waitDept')} options={options} />
            <TextField path={[...row, 'periodStart']} label={te(l, 'periodStart')} type="date" keep />
            <TextField path={[...row, 'periodEnd']} label={te(l, 'periodEnd')} type="date" keep />
            <NumberField path={[...row, 'meanMinutes']} label={te(l, 'meanMinutes')} />
            <NumberField path={[...row, 'p90Minutes']} label={te(l, 'p90Minutes')} />
            <NumberField path={[...row, 'shareOver20']} label={te(l, 'shareOver20')} step="0.01" />
            <NumberField path={[...row, 'sampleSize']} label={te(l, 'sampleSize')} step="1" />
          </>
        )}
      </Rows>
    </div>
  );
}
