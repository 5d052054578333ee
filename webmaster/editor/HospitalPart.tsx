/** The hospital: its name, 统一社会信用代码 (checked as it is typed), level, place and campuses. */
import { getAt } from '../../utils/editor/edit-path';
import { checkCreditCode } from '../../utils/identity/credit-code';
import { lang } from '../state';
import { LocalField, Problems, Rows, SelectField, TextField, useSlice } from './fields';
import { te } from './strings';

function CreditCodeCheck({ code }: { code: string }) {
  const l = lang.value;
  if (!code) return null;
  const result = checkCreditCode(code);
  const text = result.valid
    ? te(l, 'creditOk')
    : result.reason === 'format'
      ? te(l, 'creditLength', { n: code.length })
      : te(l, result.reason === 'checksum' ? 'creditChecksum' : 'creditOrg', { expected: result.expected });
  return (
    <p class={result.valid ? 'own ok' : 'own warn'} id="credit-code-check" role="status">
      {text}
    </p>
  );
}

export function HospitalPart() {
  const l = lang.value;
  const d = useSlice(['hospital']);
  const code = getAt(d, ['hospital', 'id']);
  const campuses = getAt(d, ['hospital', 'campuses']);
  const list = Array.isArray(campuses) ? campuses : [];
  return (
    <div class="part">
      <Problems path={['hospital']} />
      <div class="grid">
        <LocalField path={['hospital', 'name']} label={te(l, 'hospitalName')} keep />
        <TextField
          path={['hospital', 'id']}
          label={te(l, 'creditCode')}
          keep
          size={20}
          transform={(v) => v.toUpperCase().replace(/\s/g, '')}
          own={<CreditCodeCheck code={typeof code === 'string' ? code : ''} />}
        />
        <TextField path={['hospital', 'licenseNo']} label={te(l, 'licenseNo')} size={24} />
        <SelectField
          path={['hospital', 'level']}
          label={te(l, 'level')}
          options={[
            [3, l === 'en' ? 'Level 3' : '三级'],
            [2, l === 'en' ? 'Level 2' : '二级'],
            [1, l === 'en' ? 'Level 1' : '一级'],
            [null, te(l, 'levelNone')],
          ]}
        />
        <SelectField
          path={['hospital', 'grade']}
          label={te(l, 'grade')}
          options={[
            ['', te(l, 'none')],
            ['甲', '甲'],
            ['乙', '乙'],
            ['丙', '丙'],
          ]}
        />
        <SelectField
          path={['hospital', 'ownership']}
          label={te(l, 'ownership')}
          options={[
            ['public', te(l, 'public')],
            ['private', te(l, 'private')],
          ]}
        />
        <TextField path={['hospital', 'type']} label={te(l, 'type')} keep size={6} placeholder="A100" />
        <TextField path={['hospital', 'province']} label={te(l, 'province')} keep placeholder="辽宁省" />
        <TextField path={['hospital', 'city']} label={te(l, 'city')} keep placeholder="沈阳市" />
        <TextField path={['hospital', 'address']} label={te(l, 'address')} size={40} />
        <TextField path={['hospital', 'phone']} label={te(l, 'phone')} type="tel" />
        <TextField
          path={['hospital', 'website']}
          label={te(l, 'website')}
          type="text"
          inputMode="url"
          placeholder="https://"
          size={32}
        />
        <TextField path={['timeZone']} label={te(l, 'timeZone')} placeholder="Asia/Shanghai" />
      </div>
      <Rows
        path={['hospital', 'campuses']}
        label={te(l, 'campuses')}
        addLabel={te(l, 'addCampus')}
        blank={{ id: `campus-${list.length + 1}`, name: '' }}
      >
        {(row) => (
          <>
            <TextField path={[...row, 'id']} label={te(l, 'campusId')} keep size={12} />
            <LocalField path={[...row, 'name']} label={te(l, 'campusName')} keep />
            <TextField path={[...row, 'address']} label={te(l, 'address')} size={32} />
          </>
        )}
      </Rows>
    </div>
  );
}
