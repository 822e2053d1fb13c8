import { Link } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import Table from 'react-bootstrap/Table';
import { auditLinkFor, eventActor, eventDetails, eventTarget } from '../events';
import { kindInfo } from '../kinds';
import type { SecurityEvent } from '../types';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });
const count = new Intl.NumberFormat();

function KindBadge({ kind }: { kind: string }) {
  const info = kindInfo(kind);
  return (
    <Badge bg="light" text="dark" className="border" style={{ borderLeft: `4px solid ${info.color}` }} title={kind}>
      {info.label}
    </Badge>
  );
}

/** Security rows of the audit log: aggregated rows show their hit count and the paths they went to. */
export function SecurityEventsTable({ events, busy = false }: { events: SecurityEvent[]; busy?: boolean }) {
  return (
    <Table hover responsive size="sm" aria-label="Security events" aria-busy={busy} className="align-middle">
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Kind</th>
          <th scope="col">Actor</th>
          <th scope="col">IP</th>
          <th scope="col">Target / partition</th>
          <th scope="col" className="text-end">
            Hits
          </th>
          <th scope="col">Paths</th>
          <th scope="col">
            <span className="visually-hidden">Audit log</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => {
          const details = eventDetails(event);
          const target = eventTarget(event);
          const span =
            details.firstAt && details.lastAt
              ? `First hit ${timeFormat.format(new Date(details.firstAt))}, last ${timeFormat.format(new Date(details.lastAt))}`
              : undefined;
          return (
            <tr key={event.id}>
              <td className="text-nowrap">
                <time dateTime={event.occurredAt} title={span}>
                  {timeFormat.format(new Date(event.occurredAt))}
                </time>
              </td>
              <td>
                <KindBadge kind={event.action} />
              </td>
              <td className="text-break">
                {eventActor(event)} <span className="text-body-secondary small">({event.actorType})</span>
              </td>
              <td className="text-nowrap">{event.ip ?? '—'}</td>
              <td className="text-break">{target ? <code>{target}</code> : '—'}</td>
              <td className="text-end">{count.format(details.hits)}</td>
              <td className="small text-break">
                {details.paths.length === 0 ? (
                  '—'
                ) : (
                  <ul className="list-unstyled mb-0">
                    {details.paths.map((p) => (
                      <li key={p}>
                        <code>{p}</code>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="text-end text-nowrap">
                <Link to={auditLinkFor(event)} aria-label={`Audit log entries like event ${event.id}`}>
                  In audit log
                </Link>
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
