/**
 * The departments: id, name, category, campus, location. Changing an id carries every
 * reference along (roster, always-open, notices, waits, slots); an id another department has
 * is refused at the field. Each row re-renders only when its own department changes.
 */
import { computed } from '@preact/signals';
import { memo } from 'preact/compat';
import { getAt, insertAt, isObject, moveAt, removeAt } from '../../utils/editor/edit-path';
import { departmentUseCounts, renameDepartment } from '../../utils/editor/references';
import { CATEGORY_NAMES } from '../../utils/feed/category-names';
import type { Lang, LocalText } from '../../utils/i18n/local-text';
import { textIn } from '../../utils/i18n/local-text';
import { lang } from '../state';
import { change, doc } from './editor-state';
import { asOptions, ItemTools, LocalField, named, Problems, SelectField, useValueAt } from './fields';
import { te } from './strings';

/** How many places use each department (one pass over the feed). */
const uses = computed(() => departmentUseCounts(doc.value));

type Options = readonly (readonly [string, string])[];

export function DepartmentsPart() {
  const l = lang.value;
  const raw = useValueAt(['departments']);
  const list = Array.isArray(raw) ? raw : [];
  const campuses: Options = asOptions(named(useValueAt(['hospital', 'campuses']), l));
  const used = uses.value;
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
          return (
            <DepartmentRow
              key={i}
              item={item}
              index={i}
              last={i === list.length - 1}
              uses={used.get(id) ?? 0}
              campuses={campuses.length ? JSON.stringify(campuses) : ''}
              l={l}
            />
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

const categoryOptions = (l: Lang): Options => [
  ['', te(l, 'none')],
  ...Object.entries(CATEGORY_NAMES).map(([id, n]) => [id, n[l]] as const),
];

const DepartmentRow = memo(function DepartmentRow({
  item,
  index: i,
  last,
  uses,
  campuses,
  l,
}: {
  item: unknown;
  index: number;
  last: boolean;
  uses: number;
  /** The campuses as JSON (a string compares by value, so rows skip re-rendering). */
  campuses: string;
  l: Lang;
}) {
  const id = isObject(item) && typeof item.id === 'string' ? item.id : '';
  const name = isObject(item) ? textIn(item.name as LocalText, l) : '';
  const campusOptions = campuses ? (JSON.parse(campuses) as Options) : [];
  return (
    <li class="item" data-department={id}>
      <DepartmentId index={i} id={id} />
      <LocalField path={['departments', i, 'name']} label={te(l, 'deptName')} keep />
      <SelectField path={['departments', i, 'category']} label={te(l, 'deptCategory')} options={categoryOptions(l)} />
      {campusOptions.length > 0 && (
        <SelectField
          path={['departments', i, 'campus']}
          label={te(l, 'deptCampus')}
          options={[['', te(l, 'none')], ...campusOptions]}
        />
      )}
      <LocalField path={['departments', i, 'location']} label={te(l, 'deptLocation')} />
      <ItemTools
        label={name || id}
        onUp={i > 0 ? () => change((x) => moveAt(x, ['departments'], i, -1)) : undefined}
        onDown={!last ? () => change((x) => moveAt(x, ['departments'], i, 1)) : undefined}
        onRemove={() => change((x) => removeAt(x, ['departments'], i))}
      />
      {uses > 0 && <p class="hint small">{te(l, 'deptInUse', { n: uses })}</p>}
    </li>
  );
});

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
