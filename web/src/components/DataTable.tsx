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
}

/** A responsive table of rows under a header, announced busy while it refreshes. */
export function DataTable<T>({ label, rows, rowKey, columns, busy = false, size, className = 'align-middle' }: DataTableProps<T>) {
  const shown = columns.filter((c): c is Column<T> => c !== false);
  return (
    <Table hover responsive size={size} aria-label={label} aria-busy={busy} className={className}>
      <thead>
        <tr>
          {shown.map((c, i) => (
            <th key={i} scope="col" className={c.headerClassName}>
              {c.hideHeader ? <span className="visually-hidden">{c.header}</span> : c.header}
            </th>
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
