import type { ReactNode } from 'react';
import Button from 'react-bootstrap/Button';
import Table from 'react-bootstrap/Table';

export interface Column<T> {
  header: ReactNode;
  /** Only screen readers see the header (a column of row actions). */
  hideHeader?: boolean;
  cell: (row: T) => ReactNode;
  /** Classes of the column's cells. */
  className?: string;
  /** Classes of its header cell (e.g. `text-end` over numbers). */
  headerClassName?: string;
  /** The API's sort key of this column (`name`): its header then sorts the list (see `sort`/`onSort`). */
  sortKey?: string;
}

export interface DataTableProps<T> {
  /** The table's accessible name. */
  label: string;
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** `false` leaves a column out (e.g. actions without the permission). */
  columns: readonly (Column<T> | false)[];
  /** Another page or a refresh is loading. */
  busy?: boolean;
  size?: 'sm';
  className?: string;
  /** The list's sort (`name`, `-name`): columns with a `sortKey` get a header button that toggles it. */
  sort?: string;
  onSort?: (sort: string) => void;
}

/** The sort a header click asks for: ascending first, then the other way round. */
export function nextSort(current: string | undefined, key: string): string {
  return current === key ? `-${key}` : key;
}

function SortArrow({ direction }: { direction: 'ascending' | 'descending' | 'none' }) {
  const d = direction === 'ascending' ? 'M4 10l4-4 4 4' : direction === 'descending' ? 'M4 6l4 4 4-4' : 'M5 6l3-3 3 3M5 10l3 3 3-3';
  return (
    <svg width="12" height="12" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false"
      className={direction === 'none' ? 'opacity-50' : undefined}>
      <path d={d} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** A header cell: a button that sorts the list when the column can, with aria-sort saying the current order. */
function HeaderCell<T>({ column, sort, onSort }: { column: Column<T>; sort?: string; onSort?: (sort: string) => void }) {
  const label = column.hideHeader ? <span className="visually-hidden">{column.header}</span> : column.header;
  // A hidden header's text is positioned absolutely: inside a relative cell, not at the far end of a table that
  // scrolls sideways on a phone, where it widened the page.
  const className = column.hideHeader ? `position-relative ${column.headerClassName ?? ''}`.trim() : column.headerClassName;
  if (!column.sortKey || !onSort) return <th scope="col" className={className}>{label}</th>;
  const key = column.sortKey;
  const direction = sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : 'none';
  return (
    <th scope="col" className={className} aria-sort={direction}>
      <button type="button" className="btn btn-link p-0 fw-semibold text-reset text-decoration-none d-inline-flex align-items-center gap-1"
        onClick={() => onSort(nextSort(sort, key))}>
        {label}
        <SortArrow direction={direction} />
      </button>
    </th>
  );
}

/** A responsive table of rows under a header, announced busy while it refreshes. */
export function DataTable<T>({ label, rows, rowKey, columns, busy = false, size, className = 'align-middle', sort, onSort }: DataTableProps<T>) {
  const shown = columns.filter((c): c is Column<T> => c !== false);
  return (
    <Table hover responsive size={size} aria-label={label} aria-busy={busy} className={className}>
      <thead>
        <tr>
          {shown.map((c, i) => (
            <HeaderCell key={i} column={c} sort={sort} onSort={onSort} />
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {shown.map((c, i) => (
              <td key={i} className={c.className}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** A muted dash for an empty cell or value. */
export const none = <span className="text-body-secondary">—</span>;

/** A last column with Edit and Delete for each row; `what` names the row for screen readers ("contact Ann"). */
export function editDeleteColumn<T>(what: (row: T) => string, onEdit: (row: T) => void, onDelete: (row: T) => void): Column<T> {
  return {
    header: 'Actions',
    hideHeader: true,
    className: 'text-end text-nowrap',
    cell: (row) => (
      <>
        <Button variant="link" size="sm" aria-label={`Edit ${what(row)}`} onClick={() => onEdit(row)}>
          Edit
        </Button>
        <Button variant="outline-danger" size="sm" aria-label={`Delete ${what(row)}`} onClick={() => onDelete(row)}>
          Delete
        </Button>
      </>
    ),
  };
}
