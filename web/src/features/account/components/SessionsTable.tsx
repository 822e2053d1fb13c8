import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Table from 'react-bootstrap/Table';
import type { Session } from '../types';
import { shortenUserAgent } from '../userAgent';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface SessionsTableProps {
  sessions: Session[];
  busy?: boolean;
  /** Accessible name of the table. */
  label?: string;
  /** Asks to end a session; not offered for the session making the request. */
  onEnd(session: Session): void;
}

/** Created, last seen, IP and browser of each session, with "End" for all but this device. */
export function SessionsTable({ sessions, busy = false, label = 'Sessions', onEnd }: SessionsTableProps) {
  return (
    <Table hover responsive size="sm" aria-label={label} aria-busy={busy} className="align-middle">
      <thead>
        <tr>
          <th scope="col">Created</th>
          <th scope="col">Last seen</th>
          <th scope="col">IP</th>
          <th scope="col">Browser</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((s) => (
          <tr key={s.id}>
            <td className="text-nowrap">
              <time dateTime={s.createdAt}>{dateFormat.format(new Date(s.createdAt))}</time>
            </td>
            <td className="text-nowrap">
              <time dateTime={s.lastSeenAt}>{dateFormat.format(new Date(s.lastSeenAt))}</time>
            </td>
            <td>{s.ip ?? '—'}</td>
            <td title={s.userAgent ?? undefined}>
              {shortenUserAgent(s.userAgent)}{' '}
              {s.current && (
                <Badge bg="primary" className="ms-1">
                  This device
                </Badge>
              )}
            </td>
            <td className="text-end">
              {!s.current && (
                <Button variant="outline-danger" size="sm" aria-label={`End session from ${s.ip ?? 'unknown IP'}`} onClick={() => onEnd(s)}>
                  End
                </Button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
