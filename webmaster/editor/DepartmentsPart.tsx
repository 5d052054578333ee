/**
 * The departments: id, name, category, campus, location. Changing an id carries every
 * reference along (roster, always-open, notices, waits, slots); an id another department has
 * is refused at the field.
 */
import { getAt, insertAt, moveAt, removeAt } from '../../utils/editor/edit-path';
import { departmentUses, renameDepartment } from '../../utils/editor/references';
import { CATEGORY_NAMES } from '../../utils/feed/category-names';
import type { LocalText } from '../../utils/i18n/local-text';
import { textIn } from '../../utils/i18n/local-text';
import { lang } from '../state';
import { change, doc } from './editor-state';
import { ItemTools, LocalField, Problems, SelectField } from './fields';
import { te } from './strings';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function DepartmentsPart() {
  const l = lang.value;
  const d = doc.value;
  const raw = getAt(d, ['departments']);
  const list = Array.isArray(raw) ? raw : [];
  const campusesRaw = getAt(d, ['hospital', 'campuses']);
  const campuses = Array.isArray(campusesRaw) ? campusesRaw.filter(isObject) : [];
  const categories = Object.entries(CATEGORY_NAMES).map(([id, n]) => [id, n[l]] as const);
  const nextId = () => {
    const ids = new Set(list.map((x) => (isObject(x) ? x.id : undefined)));
    let n = list.length + 1;
    while (ids.has(`dept-${n}`)) n++;
    return `dept-${n}`;
  };
  return (
    <div class="part">
      <Problems path={['departments']} />
      <ol class="items">
        {list.map((item, i) => {
          const id = isObject(item) && typeof item.id === 'string' ? item.id : '';
          const name = isObject(item) ? textIn(item.name as LocalText, l) : '';
          const uses = departmentUses(d, id);
          return (
            <li class="item" key={i} data-department={id}>
              <DepartmentId index={i} id={id} />
              <LocalField path={['departments', i, 'name']} label={te(l, 'deptName')} keep />
              <SelectField
                path={['departments', i, 'category']}
                label={te(l, 'deptCategory')}
                options={[['', te(l, 'none')], ...categories]}
              />
              {campuses.length > 0 && (
                <SelectField
                  path={['departments', i, 'campus']}
                  label={te(l, 'deptCampus')}
                  options={[
                    ['', te(l, 'none')],
                    ...campuses.map((c) => [String(c.id), textIn(c.name as LocalText, l) || String(c.id)] as const),
                  ]}
                />
              )}
              <LocalField path={['departments', i, 'location']} label={te(l, 'deptLocation')} />
              <ItemTools
                label={name || id}
                onUp={i > 0 ? () => change((x) => moveAt(x, ['departments'], i, -1)) : undefined}
                onDown={i < list.length - 1 ? () => change((x) => moveAt(x, ['departments'], i, 1)) : undefined}
                onRemove={() => change((x) => removeAt(x, ['departments'], i))}
              />
              {uses > 0 && <p class="hint small">{te(l, 'deptInUse', { n: uses })}</p>}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id="add-department"
        onClick={() => change((x) => insertAt(x, ['departments'], { id: nextId(), name: '' }))}
      >
        {te(l, 'addDepartment')}
      </button>
    </div>
  );
}

/** The id field: every reference follows the id; an id another department has is refused. */
function DepartmentId({ index, id }: { index: number; id: string }) {
  const l = lang.value;
  const path = ['departments', index, 'id'] as const;
  const taken = (to: string) => {
    const list = getAt(doc.peek(), ['departments']);
    return Array.isArray(list) && list.some((x, j) => j !== index && isObject(x) && x.id === to);
  };
  return (
    <div class="field">
      <label for={`dept-id-${index}`}>{te(l, 'deptId')}</label>
      <input
        id={`dept-id-${index}`}
        data-path={`/departments/${index}/id`}
        value={id}
        size={14}
        spellcheck={false}
        onInput={(e) => {
          const input = e.target as HTMLInputElement;
          const to = input.value.trim();
          if (taken(to)) {
            input.setCustomValidity(te(l, 'idTaken'));
            input.reportValidity();
            return;
          }
          input.setCustomValidity('');
          change((x) => renameDepartment(x, id, to), `/departments/${index}/id`);
        }}
      />
      <Problems path={path} />
    </div>
  );
}
