import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { cx } from './link';

export interface Tab {
  id: string;
  label: string;
  panel: ReactNode;
}

/** GOV.UK tabs with the ARIA tabs pattern: arrow keys move between tabs, one tab stop. */
export function Tabs({ tabs, title = 'Contents', initial }: { tabs: Tab[]; title?: string; initial?: string }) {
  const [selected, setSelected] = useState(initial ?? tabs[0]?.id);
  const refs = useRef<Record<string, HTMLAnchorElement | null>>({});
  const select = (id: string, focus: boolean) => {
    setSelected(id);
    if (focus) refs.current[id]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    select(tabs[(index + step + tabs.length) % tabs.length].id, true);
  };
  return (
    <div className="govuk-tabs" data-module="govuk-tabs">
      <h2 className="govuk-tabs__title">{title}</h2>
      <ul className="govuk-tabs__list" role="tablist">
        {tabs.map((tab, i) => {
          const active = tab.id === selected;
          return (
            <li key={tab.id} className={cx('govuk-tabs__list-item', active && 'govuk-tabs__list-item--selected')} role="presentation">
              <a
                ref={(el) => {
                  refs.current[tab.id] = el;
                }}
                className="govuk-tabs__tab"
                href={`#${tab.id}`}
                id={`tab_${tab.id}`}
                role="tab"
                aria-controls={tab.id}
                aria-selected={active}
                tabIndex={active ? 0 : -1}
                onClick={(e) => {
                  e.preventDefault();
                  select(tab.id, false);
                }}
                onKeyDown={(e) => onKeyDown(e, i)}
              >
                {tab.label}
              </a>
            </li>
          );
        })}
      </ul>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          className={cx('govuk-tabs__panel', tab.id !== selected && 'govuk-tabs__panel--hidden')}
          id={tab.id}
          role="tabpanel"
          aria-labelledby={`tab_${tab.id}`}
          tabIndex={0}
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
