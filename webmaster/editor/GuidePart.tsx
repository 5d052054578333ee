/**
 * The guide (《办事不找关系指南》): its title, page and date, every service item as a form
 * (every field of GuideItem; materials, places, channels and questions as rows), and the
 * prohibited and waivable lists. An item's form is built only while it is open, so a guide of
 * hundreds of items stays quick to type in.
 */
import { computed, signal } from '@preact/signals';
import { memo } from 'preact/compat';
import { formatInstant } from '../../utils/date/zone';
import { insertAt, isObject, moveAt, type Path, removeAt, setAt } from '../../utils/editor/edit-path';
import type { Lang, LocalText } from '../../utils/i18n/local-text';
import { textIn } from '../../utils/i18n/local-text';
import { lang } from '../state';
import { change, problemsAt } from './editor-state';
import {
  CheckField,
  ItemTools,
  LinesField,
  LocalField,
  NumberField,
  Problems,
  Rows,
  SelectField,
  TextField,
  useValueAt,
} from './fields';
import { te } from './strings';

/** The items whose forms are open (by index). */
const openItems = signal<ReadonlySet<number>>(new Set());

export function GuidePart() {
  const l = lang.value;
  const guide = useValueAt(['guide']);
  if (!isObject(guide))
    return (
      <div class="part">
        <button
          type="button"
          id="start-guide"
          onClick={() =>
            change((x) =>
              setAt(x, ['guide'], {
                title: '办事不找关系指南',
                url: '',
                publishedAt: formatInstant('Asia/Shanghai', Date.now()),
                items: [],
              }),
            )
          }
        >
          {te(l, 'startGuide')}
        </button>
      </div>
    );
  const items = isObject(guide) && Array.isArray(guide.items) ? guide.items : [];
  const ids = new Set(items.map((x) => (isObject(x) ? x.id : undefined)));
  const nextId = () => {
    let n = items.length + 1;
    while (ids.has(`item-${n}`)) n++;
    return `item-${n}`;
  };
  return (
    <div class="part">
      <Problems path={['guide']} />
      <div class="grid">
        <LocalField path={['guide', 'title']} label={te(l, 'guideTitle')} keep />
        <TextField
          path={['guide', 'url']}
          label={te(l, 'guideUrl')}
          type="text"
          inputMode="url"
          keep
          placeholder="https://"
          size={36}
        />
        <TextField path={['guide', 'publishedAt']} label={te(l, 'guidePublishedAt')} keep size={26} />
        <TextField path={['guide', 'version']} label="version" size={8} />
      </div>
      <h3>{te(l, 'items')}</h3>
      <Problems path={['guide', 'items']} />
      <ol class="items">
        {items.map((item, i) => (
          <GuideItemRow
            key={i}
            item={item}
            index={i}
            last={i === items.length - 1}
            isOpen={openItems.value.has(i)}
            errors={errorsByItem.value.get(i) ?? 0}
            l={l}
          />
        ))}
      </ol>
      <button
        type="button"
        id="add-guide-item"
        onClick={() => {
          change((x) => insertAt(x, ['guide', 'items'], { id: nextId(), name: '', materials: [], steps: [''] }));
          openItems.value = new Set([...openItems.value, items.length]);
        }}
      >
        {te(l, 'addItem')}
      </button>
      <LinesField path={['guide', 'prohibited']} label={te(l, 'prohibited')} addLabel={te(l, 'addLine')} />
      <LinesField path={['guide', 'waivable']} label={te(l, 'waivable')} addLabel={te(l, 'addLine')} />
    </div>
  );
}

/** The problems under each item, counted in one pass (a closed item shows its count). */
const errorsByItem = computed(() => {
  const out = new Map<number, number>();
  for (const [path, list] of problemsAt.value) {
    const m = /^\/guide\/items\/(\d+)(\/|$)/.exec(path);
    if (m) out.set(Number(m[1]), (out.get(Number(m[1])) ?? 0) + list.length);
  }
  return out;
});

/** One item: its name as a disclosure, its form only while open; re-renders only when it changes. */
const GuideItemRow = memo(function GuideItemRow({
  item,
  index: i,
  last,
  isOpen,
  errors,
  l,
}: {
  item: unknown;
  index: number;
  last: boolean;
  isOpen: boolean;
  errors: number;
  l: Lang;
}) {
  const name = isObject(item) ? textIn(item.name as LocalText, l) : '';
  const toggle = () => {
    const next = new Set(openItems.value);
    if (isOpen) next.delete(i);
    else next.add(i);
    openItems.value = next;
  };
  const moved = (fn: (x: unknown) => unknown) => {
    openItems.value = new Set();
    change(fn);
  };
  return (
    <li class="item guide-item">
      <button type="button" class="secondary disclosure" aria-expanded={isOpen} onClick={toggle}>
        {name || te(l, 'untitled')}
        {errors > 0 && <span class="badge">{errors}</span>}
      </button>
      <ItemTools
        label={name}
        onUp={i > 0 ? () => moved((x) => moveAt(x, ['guide', 'items'], i, -1)) : undefined}
        onDown={!last ? () => moved((x) => moveAt(x, ['guide', 'items'], i, 1)) : undefined}
        onRemove={() => moved((x) => removeAt(x, ['guide', 'items'], i))}
      />
      {isOpen && <GuideItemForm index={i} />}
    </li>
  );
});

function GuideItemForm({ index }: { index: number }) {
  const l = lang.value;
  const p: Path = ['guide', 'items', index];
  const item = useValueAt(p);
  const fee = isObject(item) ? item.fee : undefined;
  const limit = isObject(item) ? item.timeLimit : undefined;
  return (
    <div class="guide-form" data-item={index}>
      <Problems path={p} />
      <div class="grid">
        <TextField path={[...p, 'id']} label={te(l, 'itemId')} keep size={14} />
        <LocalField path={[...p, 'name']} label={te(l, 'itemName')} keep />
        <TextField path={[...p, 'category']} label={te(l, 'itemCategory')} />
        <LocalField path={[...p, 'serviceObject']} label={te(l, 'serviceObject')} />
        <LocalField path={[...p, 'conditions']} label={te(l, 'conditions')} multiline />
        <LocalField path={[...p, 'responsibleDept']} label={te(l, 'responsibleDept')} />
        <LocalField path={[...p, 'hours']} label={te(l, 'hours')} />
        <TextField path={[...p, 'consultPhone']} label={te(l, 'consultPhone')} type="tel" />
        <NumberField path={[...p, 'visitsRequired']} label={te(l, 'visitsRequired')} step="1" />
        <TextField path={[...p, 'url']} label={te(l, 'itemUrl')} type="text" inputMode="url" size={32} />
      </div>
      <LinesField path={[...p, 'basis']} label={te(l, 'basis')} addLabel={te(l, 'addLine')} />
      <CheckField path={[...p, 'noMaterials']} label={te(l, 'noMaterials')} absent />
      <Rows path={[...p, 'materials']} label={te(l, 'materials')} addLabel={te(l, 'addMaterial')} blank={{ name: '' }}>
        {(row) => (
          <>
            <LocalField path={[...row, 'name']} label={te(l, 'materialName')} keep />
            <CheckField path={[...row, 'original']} label={te(l, 'original')} absent />
            <NumberField path={[...row, 'copies']} label={te(l, 'copies')} step="1" />
            <CheckField path={[...row, 'waivable']} label={te(l, 'waivableMaterial')} absent />
          </>
        )}
      </Rows>
      <LinesField path={[...p, 'steps']} label={te(l, 'steps')} addLabel={te(l, 'addStep')} />
      <fieldset class="list">
        <legend>{te(l, 'timeLimit')}</legend>
        {isObject(limit) ? (
          <div class="row">
            <NumberField path={[...p, 'timeLimit', 'value']} label={te(l, 'timeLimit')} />
            <SelectField
              path={[...p, 'timeLimit', 'unit']}
              label={te(l, 'unit')}
              options={(['minute', 'hour', 'day', 'workday'] as const).map((u) => [u, te(l, u)] as const)}
            />
            <LocalField path={[...p, 'timeLimit', 'text']} label={te(l, 'note')} />
            <ItemTools
              label={te(l, 'timeLimit')}
              onRemove={() => change((x) => setAt(x, [...p, 'timeLimit'], undefined))}
            />
          </div>
        ) : (
          <button
            type="button"
            class="secondary"
            onClick={() => change((x) => setAt(x, [...p, 'timeLimit'], { value: 1, unit: 'workday' }))}
          >
            {te(l, 'add')}
          </button>
        )}
      </fieldset>
      <fieldset class="list">
        <legend>{te(l, 'fee')}</legend>
        <SelectField
          path={[...p, 'fee', 'free']}
          label={te(l, 'fee')}
          options={[
            [true, te(l, 'free')],
            [false, te(l, 'feeText')],
          ]}
        />
        {isObject(fee) && fee.free === false && (
          <LocalField path={[...p, 'fee', 'text']} label={te(l, 'feeText')} keep />
        )}
      </fieldset>
      <Rows path={[...p, 'locations']} label={te(l, 'locations')} addLabel={te(l, 'addLocation')} blank={{ place: '' }}>
        {(row) => (
          <>
            <LocalField path={[...row, 'place']} label={te(l, 'place')} keep />
            <TextField path={[...row, 'window']} label={te(l, 'window')} size={10} />
            <TextField path={[...row, 'campus']} label={te(l, 'deptCampus')} size={10} />
          </>
        )}
      </Rows>
      <Rows
        path={[...p, 'onlineChannels']}
        label={te(l, 'onlineChannels')}
        addLabel={te(l, 'addChannel')}
        blank={{ type: 'wechat', name: '' }}
      >
        {(row) => (
          <>
            <SelectField
              path={[...row, 'type']}
              label={te(l, 'channelType')}
              options={(['web', 'wechat', 'app', 'mini-program', 'kiosk', 'phone'] as const).map(
                (t) => [t, t] as const,
              )}
            />
            <LocalField path={[...row, 'name']} label={te(l, 'channelName')} keep />
            <TextField path={[...row, 'url']} label={te(l, 'url')} type="text" inputMode="url" size={28} />
          </>
        )}
      </Rows>
      <Rows
        path={[...p, 'complaintChannels']}
        label={te(l, 'complaintChannels')}
        addLabel={te(l, 'addComplaint')}
        blank={{ type: 'phone', value: '' }}
      >
        {(row) => (
          <>
            <SelectField
              path={[...row, 'type']}
              label={te(l, 'channelType')}
              options={(['phone', 'web', 'email', 'window'] as const).map((t) => [t, t] as const)}
            />
            <TextField path={[...row, 'value']} label={te(l, 'value')} keep size={24} />
          </>
        )}
      </Rows>
      <Rows path={[...p, 'faq']} label={te(l, 'faq')} addLabel={te(l, 'addFaq')} blank={{ q: '', a: '' }}>
        {(row) => (
          <>
            <LocalField path={[...row, 'q']} label={te(l, 'question')} keep />
            <LocalField path={[...row, 'a']} label={te(l, 'answer')} keep multiline />
          </>
        )}
      </Rows>
    </div>
  );
}
