import { useState, type ReactNode } from 'react';
import Button from 'react-bootstrap/Button';
import { none, type Column } from '../../../components/DataTable';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import type { AuditEvent } from '../types';
import { AuditCategoryBadge, AuditOutcomeBadge } from './AuditBadges';
import { AuditEventDetails } from './AuditEventDetails';
import { longDateTime } from '../../../lib/dates';

const timeFormat = longDateTime;

const when = (e: AuditEvent) => <time dateTime={e.occurredAt}>{timeFormat.format(new Date(e.occurredAt))}</time>;
/** The server's sentence ("Alice Admin updated credential Core switch (password)"); the raw action if it has none. */
const sentence = (e: AuditEvent) => e.text || e.action;
const orgName = (e: AuditEvent) => e.orgName ?? <span className="text-body-secondary">Platform</span>;

export interface AuditTableProps {
  events: AuditEvent[];
  busy?: boolean;
  /** The platform-wide log: each row says which organisation it belongs to. */
  showOrg?: boolean;
}

/** Audit events as sentences with names, newest first; the raw record (ids, before/after) behind Details. */
export function AuditTable({ events, busy = false, showOrg = false }: AuditTableProps) {
  const [selected, setSelected] = useState<AuditEvent | null>(null);
  const details: Column<AuditEvent> = {
    header: 'Details',
    hideHeader: true,
    className: 'text-end',
    cell: (e) => (
      <Button variant="outline-secondary" size="sm" aria-label={`Details of event ${e.id}`} onClick={() => setSelected(e)}>
        Details
      </Button>
    ),
  };
  return (
    <>
      <ResponsiveTable
        label="Audit events"
        size="sm"
        rows={events}
        rowKey={(e) => String(e.id)}
        busy={busy}
        columns={[
          { header: 'Time', className: 'text-nowrap small', cell: when },
          { header: 'What happened', className: 'text-break', cell: sentence },
          showOrg && { header: 'Organisation', className: 'text-break', cell: orgName },
          { header: 'Category', cell: (e) => <AuditCategoryBadge category={e.category} /> },
          { header: 'Outcome', cell: (e) => <AuditOutcomeBadge outcome={e.outcome} /> },
          { header: 'IP', className: 'small text-nowrap', cell: (e) => e.ip ?? none },
          details,
        ]}
        card={(e) => ({
          title: sentence(e),
          details: (
            [
              ['When', when(e)],
              ['Organisation', showOrg ? orgName(e) : null],
              ['Category', <AuditCategoryBadge key="c" category={e.category} />],
              ['Outcome', <AuditOutcomeBadge key="o" outcome={e.outcome} />],
              ['IP', e.ip],
            ] satisfies [string, ReactNode][]
          ).filter((d) => d[1] != null),
          actions: details.cell(e),
        })}
      />
      <AuditEventDetails event={selected} onHide={() => setSelected(null)} />
    </>
  );
}
