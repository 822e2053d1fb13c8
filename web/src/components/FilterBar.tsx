import { useId, useState, type ReactNode } from 'react';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';

const storageKey = (list: string) => `clientstor.filters.${list}.collapsed`;

function readCollapsed(list: string): boolean {
  try {
    return localStorage.getItem(storageKey(list)) === '1';
  } catch {
    return false;
  }
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg width="12" height="12" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
      <path d={open ? 'M3 6l5 5 5-5' : 'M6 3l5 5-5 5'} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export interface FilterBarProps {
  /** Names the list whose filters these are; the collapsed state is remembered per list in localStorage. */
  list: string;
  /** How many filters are set: shown beside the toggle, so a collapsed bar still says the list is filtered. */
  active: number;
  children: ReactNode;
}

/** A list's filter form that folds away to one line ("Filters · 2 active"), remembered per list. */
export function FilterBar({ list, active, children }: FilterBarProps) {
  const [collapsed, setCollapsed] = useState(() => readCollapsed(list));
  const regionId = useId();

  function toggle() {
    const next = !collapsed;
    setCollapsed(next);
    try {
      localStorage.setItem(storageKey(list), next ? '1' : '0');
    } catch {
      // Private windows may refuse storage: the bar still toggles, it is just not remembered.
    }
  }

  return (
    <div className="mb-2">
      <Button
        variant="link"
        size="sm"
        className="px-0 text-decoration-none d-inline-flex align-items-center gap-1"
        aria-expanded={!collapsed}
        aria-controls={regionId}
        onClick={toggle}
      >
        <Chevron open={!collapsed} />
        {collapsed ? 'Show filters' : 'Hide filters'}
        {active > 0 && (
          <Badge bg="secondary" pill className="ms-1">
            {active} active
          </Badge>
        )}
      </Button>
      <div id={regionId} hidden={collapsed}>
        {children}
      </div>
    </div>
  );
}
