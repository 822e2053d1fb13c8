import type { MouseEvent, ReactNode } from 'react';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage } from '../../../lib/problem';
import { MIN_QUERY } from '../types';
import type { SearchCombobox } from '../useSearchCombobox';
import { ResultContent } from './ResultContent';

// The active option has a bar on its left as well as a tint, so it does not depend on colour alone.
const optionStyle = (active: boolean) => ({
  cursor: 'pointer',
  borderLeft: `4px solid ${active ? 'var(--bs-primary)' : 'transparent'}`,
});

function Note({ children, role }: { children: ReactNode; role?: 'alert' }) {
  return (
    <div className="px-3 py-2 small text-body-secondary" role={role}>
      {children}
    </div>
  );
}

/**
 * The results of a search combobox as an ARIA listbox: one group per type under its heading, the client's name on
 * each item, "See all results" last. Options are chosen with the mouse or through the combobox's keys.
 */
export function ResultsListbox({ id, box }: { id: string; box: SearchCombobox }) {
  const { q, text, enough, results, groups, options, active, setActive, open } = box;
  let index = 0;
  const optionProps = (i: number) => ({
    id: options[i].id,
    role: 'option' as const,
    'aria-selected': i === active,
    className: `px-3 py-2 ${i === active ? 'bg-primary-subtle' : ''}`,
    style: optionStyle(i === active),
    // Keep focus in the input: a click must not blur it before it opens the option.
    onMouseDown: (e: MouseEvent) => e.preventDefault(),
    // Only a pointer that moves picks an option: results appearing under a resting one must not.
    onMouseMove: (e: MouseEvent) => (e.movementX !== 0 || e.movementY !== 0) && i !== active && setActive(i),
    onClick: () => open(options[i]),
  });

  const searching = enough && !results.data;
  const failed = enough && results.isError;
  const empty = enough && results.isSuccess && results.data.query === q && groups.length === 0;

  return (
    <div>
      {text.trim().length < MIN_QUERY && <Note>Type at least {MIN_QUERY} characters to search every client.</Note>}
      {searching && !failed && (
        <Note>
          <Spinner animation="border" size="sm" className="me-2" aria-hidden="true" />
          Searching…
        </Note>
      )}
      {failed && <Note role="alert">Search failed: {errorMessage(results.error)}</Note>}
      {empty && <Note>No results for “{q}”.</Note>}
      {enough && (
        <div role="listbox" id={id} aria-label="Search results" aria-busy={box.busy}>
          {groups.map((group) => (
            <div key={group.type} role="group" aria-labelledby={`${id}-${group.type}`}>
              <div id={`${id}-${group.type}`} role="presentation" className="px-3 pt-2 pb-1 small fw-semibold text-uppercase text-body-secondary">
                {group.label}
              </div>
              {group.items.map((item) => {
                const i = index++;
                return (
                  <div key={item.id} {...optionProps(i)}>
                    <ResultContent item={item} query={q} />
                  </div>
                );
              })}
            </div>
          ))}
          <div className="border-top">
            <div {...optionProps(index)}>See all results for “{q}”</div>
          </div>
        </div>
      )}
      <div className="visually-hidden" role="status">
        {enough && results.isSuccess && results.data.query === q ? `${options.length - 1} results` : ''}
      </div>
    </div>
  );
}
