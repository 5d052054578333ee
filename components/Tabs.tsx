/**
 * Accessible tabs (WAI-ARIA tabs pattern): one tab stop, arrow keys, Home and End move
 * between tabs and select them; the panel follows. Ids are unique per instance, so several
 * widgets on one page never share one.
 */
import type { ComponentChild } from 'preact';
import { useRef, useState } from 'preact/hooks';

let instances = 0;

export interface Tab {
  id: string;
  label: string;
  render: () => ComponentChild;
}

export function Tabs({ label, tabs, initial }: { label: string; tabs: Tab[]; initial?: string }) {
  const [selected, setSelected] = useState(initial ?? tabs[0]!.id);
  const prefix = useRef(`cc-tabs-${++instances}`).current;
  const list = useRef<HTMLDivElement>(null);
  const index = Math.max(
    0,
    tabs.findIndex((tab) => tab.id === selected),
  );

  const move = (to: number) => {
    const next = tabs[(to + tabs.length) % tabs.length]!;
    setSelected(next.id);
    list.current?.querySelector<HTMLButtonElement>(`#${prefix}-tab-${next.id}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    if (event.key in keys) {
      event.preventDefault();
      move(keys[event.key]!);
    }
  };
  const current = tabs[index]!;
  return (
    <div class="cc-tabs">
      <div role="tablist" aria-label={label} class="cc-tablist" part="tabs" ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${prefix}-tab-${tab.id}`}
            aria-selected={tab.id === current.id}
            aria-controls={`${prefix}-panel`}
            tabIndex={tab.id === current.id ? 0 : -1}
            class="cc-tab"
            part="tab"
            onClick={() => setSelected(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${prefix}-panel`}
        aria-labelledby={`${prefix}-tab-${current.id}`}
        class="cc-panel"
        part="panel"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the WAI-ARIA tabs pattern puts the panel in the tab order, so keyboard users reach its content (often no focusable element) straight from the tab
        tabIndex={0}
      >
        {current.render()}
      </div>
    </div>
  );
}
