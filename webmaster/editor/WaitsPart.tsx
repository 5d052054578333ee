/** The wait figures as a table: one row per department (or the whole hospital) and period. */
import { getAt, insertAt, removeAt } from '../../utils/editor/edit-path';
import type { LocalText } from '../../utils/i18n/local-text';
import { textIn } from '../../utils/i18n/local-text';
import { lang } from '../state';
import { change } from './editor-state';
import { ItemTools, NumberField, Problems, SelectField, TextField, useSlice } from './fields';
import { te } from './strings';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function WaitsPart() {
  const l = lang.value;
  const d = useSlice(['departments'], ['waitTimes']);
  const raw = getAt(d, ['waitTimes']);
  const rows = Array.isArray(raw) ? raw : [];
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
      <Problems path={['waitTimes']} />
      {rows.map((_, i) => (
        <div class="item row" key={i}>
          <SelectField path={['waitTimes', i, 'department']} label={te(l, 'waitDept')} options={options} />
          <TextField path={['waitTimes', i, 'periodStart']} label={te(l, 'periodStart')} type="date" keep />
          <TextField path={['waitTimes', i, 'periodEnd']} label={te(l, 'periodEnd')} type="date" keep />
          <NumberField path={['waitTimes', i, 'meanMinutes']} label={te(l, 'meanMinutes')} />
          <NumberField path={['waitTimes', i, 'p90Minutes']} label={te(l, 'p90Minutes')} />
          <NumberField path={['waitTimes', i, 'shareOver20']} label={te(l, 'shareOver20')} step="0.01" />
          <NumberField path={['waitTimes', i, 'sampleSize']} label={te(l, 'sampleSize')} step="1" />
          <ItemTools
            label={`${te(l, 'partWaits')} ${i + 1}`}
            onRemove={() => change((x) => removeAt(x, ['waitTimes'], i))}
          />
        </div>
      ))}
      <button
        type="button"
        class="secondary"
        onClick={() =>
          change((x) =>
            insertAt(x, ['waitTimes'], {
              department: '*',
              periodStart: '',
              periodEnd: '',
              meanMinutes: 0,
              sampleSize: 0,
            }),
          )
        }
      >
        {te(l, 'addWait')}
      </button>
    </div>
  );
}
