import type { ReactNode } from 'react';
import { useMediaQuery } from '../lib/useMediaQuery';
import { DataTable, type DataTableProps } from './DataTable';

/** Bootstrap's `md` breakpoint: below it a row becomes a card. */
const PHONE = '(max-width: 767.98px)';

export interface RowCard {
  title: ReactNode;
  /** Label → value lines under the title; empty values are left out. */
  details: readonly [string, ReactNode][];
  actions?: ReactNode;
}

export interface ResponsiveTableProps<T> extends DataTableProps<T> {
  /** The row as a card on a phone, where a wide table would scroll sideways. */
  card: (row: T) => RowCard;
}

/** A DataTable on wider screens, a list of cards (same accessible name) on a phone. */
export function ResponsiveTable<T>({ card, ...table }: ResponsiveTableProps<T>) {
  const phone = useMediaQuery(PHONE);
  if (!phone) return <DataTable {...table} />;
  return (
    <ul aria-label={table.label} aria-busy={table.busy} className="list-unstyled d-grid gap-2 mb-3">
      {table.rows.map((row) => {
        const { title, details, actions } = card(row);
        return (
          <li key={table.rowKey(row)} className="card">
            <div className="card-body p-3">
              <div className="fw-semibold text-break">{title}</div>
              {details.length > 0 && (
                <dl className="small mb-0 mt-1">
                  {details.map(([label, value]) => (
                    <div key={label} className="d-flex gap-2">
                      <dt className="fw-normal text-body-secondary" style={{ minWidth: '4.5rem' }}>
                        {label}
                      </dt>
                      <dd className="mb-0 text-break">{value}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {actions && <div className="d-flex justify-content-end gap-1 mt-2">{actions}</div>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
