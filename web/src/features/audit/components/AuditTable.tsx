import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import Table from 'react-bootstrap/Table';
import type { AuditEvent } from '../types';
import { AuditCategoryBadge, AuditOutcomeBadge } from './AuditBadges';
import { AuditEventDetails } from './AuditEventDetails';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });

export function AuditTable({ events, busy = false }: { events: AuditEvent[]; busy?: boolean }) {
  const [selected, setSelected] = useState<AuditEvent | null>(null);
  return (
    <>
      <Table hover responsive size="sm" aria-label="Audit events" aria-busy={busy} className="align-middle">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Category</th>
            <th scope="col">Action</th>
            <th scope="col">Outcome</th>
            <th scope="col">Actor</th>
            <th scope="col">Target</th>
            <th scope="col">IP</th>
            <th scope="col">
              <span className="visually-hidden">Details</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td className="text-nowrap">
                <time dateTime={event.occurredAt}>{timeFormat.format(new Date(event.occurredAt))}</time>
              </td>
              <td>
                <AuditCategoryBadge category={event.category} />
              </td>
              <td>
                <code>{event.action}</code>
              </td>
              <td>
                <AuditOutcomeBadge outcome={event.outcome} />
              </td>
              <td>
                {event.actorName ?? event.actorId ?? '—'} <span className="text-body-secondary small">({event.actorType})</span>
              </td>
              <td className="text-break">
                {event.targetType || event.targetId ? (
                  <code>
                    {event.targetType ?? '?'}:{event.targetId ?? '?'}
                  </code>
                ) : (
                  '—'
                )}
              </td>
              <td>{event.ip ?? '—'}</td>
              <td className="text-end">
                <Button
                  variant="outline-secondary"
                  size="sm"
                  aria-label={`Details of event ${event.id}`}
                  onClick={() => setSelected(event)}
                >
                  Details
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <AuditEventDetails event={selected} onHide={() => setSelected(null)} />
    </>
  );
}
