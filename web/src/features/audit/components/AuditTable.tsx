import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { DataTable } from '../../../components/DataTable';
import type { AuditEvent } from '../types';
import { AuditCategoryBadge, AuditOutcomeBadge } from './AuditBadges';
import { AuditEventDetails } from './AuditEventDetails';
import { longDateTime } from '../../../lib/dates';

const timeFormat = longDateTime;

export function AuditTable({ events, busy = false }: { events: AuditEvent[]; busy?: boolean }) {
  const [selected, setSelected] = useState<AuditEvent | null>(null);
  return (
    <>
      <DataTable
        label="Audit events"
        size="sm"
        rows={events}
        rowKey={(e) => String(e.id)}
        busy={busy}
        columns={[
          { header: 'Time', className: 'text-nowrap', cell: (e) => <time dateTime={e.occurredAt}>{timeFormat.format(new Date(e.occurredAt))}</time> },
          { header: 'Category', cell: (e) => <AuditCategoryBadge category={e.category} /> },
          { header: 'Action', cell: (e) => <code>{e.action}</code> },
          { header: 'Outcome', cell: (e) => <AuditOutcomeBadge outcome={e.outcome} /> },
          {
            header: 'Actor',
            cell: (e) => (
              <>
                {e.actorName ?? e.actorId ?? '—'} <span className="text-body-secondary small">({e.actorType})</span>
              </>
            ),
          },
          {
            header: 'Target',
            className: 'text-break',
            cell: (e) =>
              e.targetType || e.targetId ? (
                <code>
                  {e.targetType ?? '?'}:{e.targetId ?? '?'}
                </code>
              ) : (
                '—'
              ),
          },
          { header: 'IP', cell: (e) => e.ip ?? '—' },
          {
            header: 'Details',
            hideHeader: true,
            className: 'text-end',
            cell: (e) => (
              <Button variant="outline-secondary" size="sm" aria-label={`Details of event ${e.id}`} onClick={() => setSelected(e)}>
                Details
              </Button>
            ),
          },
        ]}
      />
      <AuditEventDetails event={selected} onHide={() => setSelected(null)} />
    </>
  );
}
