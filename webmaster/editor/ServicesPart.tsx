/** The facilities a hospital declares (audited, not verified): one-stop centres, internet services, accessibility. */
import { getAt, setAt } from '../../utils/editor/edit-path';
import { FACILITY_NAMES } from '../../utils/feed/facility-names';
import type { Lang } from '../../utils/i18n/local-text';
import { lang } from '../state';
import { change } from './editor-state';
import { CheckField, LocalField, Problems, TextField, useSlice } from './fields';
import { te } from './strings';

/** A facility's name as a checkbox's label (English capitalised there). */
const facilityLabel = (key: string, l: Lang) => {
  const name = FACILITY_NAMES[key]?.[l] ?? key;
  return l === 'en' ? name.charAt(0).toUpperCase() + name.slice(1) : name;
};

export function ServicesPart() {
  const l = lang.value;
  const d = useSlice(['services']);
  const raw = getAt(d, ['services', 'accessibility']);
  const have = Array.isArray(raw) ? raw : [];
  const all = [
    ...Object.keys(FACILITY_NAMES),
    ...have.filter((x): x is string => typeof x === 'string' && !(x in FACILITY_NAMES)),
  ];
  return (
    <div class="part">
      <Problems path={['services']} />
      <div class="grid">
        <CheckField path={['services', 'oneStopCenter', 'outpatient']} label={te(l, 'oneStopOutpatient')} />
        <CheckField path={['services', 'oneStopCenter', 'inpatient']} label={te(l, 'oneStopInpatient')} />
        <LocalField path={['services', 'oneStopCenter', 'location']} label={te(l, 'oneStopLocation')} />
        <CheckField path={['services', 'internetHospital', 'onlineFollowUp']} label={te(l, 'onlineFollowUp')} />
        <TextField
          path={['services', 'internetHospital', 'url']}
          label={te(l, 'internetHospitalUrl')}
          type="text"
          inputMode="url"
          size={32}
        />
        <CheckField path={['services', 'internetNursing']} label={te(l, 'internetNursing')} />
        <CheckField path={['services', 'resultRecognition']} label={te(l, 'resultRecognition')} />
        <CheckField path={['services', 'holidayVaccination']} label={te(l, 'holidayVaccination')} />
      </div>
      <fieldset class="list">
        <legend>{te(l, 'accessibility')}</legend>
        <div class="grid">
          {all.map((key) => (
            <label key={key} class="check">
              <input
                type="checkbox"
                checked={have.includes(key)}
                onChange={(e) => {
                  const on = (e.target as HTMLInputElement).checked;
                  change((x) => {
                    const now = getAt(x, ['services', 'accessibility']);
                    const list = Array.isArray(now) ? now : [];
                    return setAt(x, ['services', 'accessibility'], on ? [...list, key] : list.filter((v) => v !== key));
                  });
                }}
              />
              {facilityLabel(key, l)}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
