import { Link } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import { DataTable } from '../../../components/DataTable';
import { auditLinkFor, eventActor, eventDetails, eventTarget } from '../events';
import { kindInfo } from '../kinds';
import type { SecurityEvent } from '../types';
import { longDateTime } from '../../../lib/dates';

const timeFormat = longDateTime;
const count = new Intl.NumberFormat();

function KindBadge({ kind }: { kind: string }) {
  const info = kindInfo(kind);
  return (
    <Badge bg="light" text="dark" className="border" style={{ borderLeft: `4px solid ${info.color}` }} title={kind}>
      {info.label}
    </Badge>
  );
}

function When({ event }: { event: SecurityEvent }) {
  const { firstAt, lastAt } = eventDetails(event);
  const span = firstAt && lastAt ? `First hit ${timeFormat.format(new Date(firstAt))}, last ${timeFormat.format(new Date(lastAt))}` : undefined;
  return (
    <time dateTime={event.occurredAt} title={span}>
      {timeFormat.format(new Date(event.occurredAt))}
    </time>
  );
}

function Paths({ paths }: { paths: string[] }) {
  if (paths.length === 0) return <>—</>;
  return (
    <ul className="list-unstyled mb-0">
      {paths.map((p) => (
        <li key={p}>
          <code>{p}</code>
        </li>
      ))}
    </ul>
  );
}

/** Security rows of the audit log: aggregated rows show their hit count and the paths they went to. */
export function SecurityEventsTable({ events, busy = false }: { events: SecurityEvent[]; busy?: boolean }) {
  return (
    <DataTable
      label="Security events"
      size="sm"
      rows={events}
      rowKey={(e) => String(e.id)}
      busy={busy}
      columns={[
        { header: 'Time', className: 'text-nowrap', cell: (e) => <When event={e} /> },
        { header: 'Kind', cell: (e) => <KindBadge kind={e.action} /> },
        {
          header: 'Actor',
          className: 'text-break',
          cell: (e) => (
            <>
              {eventActor(e)} <span className="text-body-secondary small">({e.actorType})</span>
            </>
          ),
        },
        { header: 'IP', className: 'text-nowrap', cell: (e) => e.ip ?? '—' },
        { header: 'Target / partition', className: 'text-break', cell: (e) => (eventTarget(e) ? <code>{eventTarget(e)}</code> : '—') },
        { header: 'Hits', className: 'text-end', headerClassName: 'text-end', cell: (e) => count.format(eventDetails(e).hits) },
        { header: 'Paths', className: 'small text-break', cell: (e) => <Paths paths={eventDetails(e).paths} /> },
        {
          header: 'Audit log',
          hideHeader: true,
          className: 'text-end text-nowrap',
          cell: (e) => (
            <Link to={auditLinkFor(e)} aria-label={`Audit log entries like event ${e.id}`}>
              In audit log
            </Link>
          ),
        },
      ]}
    />
  );
}
