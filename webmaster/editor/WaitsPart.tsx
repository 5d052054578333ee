/** The wait figures: one row per department (or the whole hospital) and period. */
import { getAt } from '../../utils/editor/edit-path';
import type { LocalText } from '../../utils/i18n/local-text';
import { textIn } from '../../utils/i18n/local-text';
import { lang } from '../state';
import { NumberField, Rows, SelectField, TextField, useSlice } from './fields';
import { te } from './strings';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function WaitsPart() {
  const l = lang.value;
  const d = useSlice(['departments'], ['waitTimes']);
  const depts = getAt(d, ['departments']);
  const options = [
    ['*', te(l, 'wholeHospital')] as const,
    ...(Array.isArray(depts) ? depts.filter(isObject) : []).map(
      (x) => [String(x.id ?? ''), textIn(x.name as LocalText, l) || String(x.id ?? '')] as const,
    ),
  ];
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
