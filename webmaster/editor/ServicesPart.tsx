/** The facilities a hospital declares (audited, not verified): one-stop centres, internet services, accessibility. */
import { getAt, setAt } from '../../utils/editor/edit-path';
import { lang } from '../state';
import { change } from './editor-state';
import { CheckField, LocalField, Problems, TextField, useSlice } from './fields';
import { te } from './strings';

const ACCESSIBILITY: Record<string, { 'zh-CN': string; en: string }> = {
  wheelchair: { 'zh-CN': '轮椅', en: 'Wheelchairs' },
  'waiting-chairs': { 'zh-CN': '候诊座椅', en: 'Waiting chairs' },
  stretcher: { 'zh-CN': '担架车', en: 'Stretchers' },
  'mother-baby-room': { 'zh-CN': '母婴室', en: 'Mother and baby room' },
  'elder-green-channel': { 'zh-CN': '老年人绿色通道', en: 'Green channel for the elderly' },
  'barrier-free-toilet': { 'zh-CN': '无障碍卫生间', en: 'Barrier-free toilet' },
  'sign-language': { 'zh-CN': '手语服务', en: 'Sign language' },
};

export function ServicesPart() {
  const l = lang.value;
  const d = useSlice(['services']);
  const raw = getAt(d, ['services', 'accessibility']);
  const have = Array.isArray(raw) ? raw : [];
  const all = [
    ...Object.keys(ACCESSIBILITY),
    ...have.filter((x): x is string => typeof x === 'string' && !(x in ACCESSIBILITY)),
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
              {ACCESSIBILITY[key]?.[l] ?? key}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
