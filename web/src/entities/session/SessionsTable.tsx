import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { DataTable } from '../../components/DataTable';
import type { Session } from './types';
import { shortenUserAgent } from './userAgent';
import { shortDateTime } from '../../lib/dates';
import { RelativeTime } from '../../components/RelativeTime';

const dateFormat = shortDateTime;

export interface SessionsTableProps {
  sessions: Session[];
  busy?: boolean;
  /** Accessible name of the table. */
  label?: string;
  /** Asks to end a session; not offered for the session making the request. */
  onEnd: (session: Session) => void;
}

/** Created, last seen, IP and browser of each session, with "End" for all but this device. */
export function SessionsTable({ sessions, busy = false, label = 'Sessions', onEnd }: SessionsTableProps) {
  return (
    <DataTable
      label={label}
      rows={sessions}
      rowKey={(s) => s.id}
      busy={busy}
      size="sm"
      columns={[
        { header: 'Created', className: 'text-nowrap', cell: (s) => <time dateTime={s.createdAt}>{dateFormat.format(new Date(s.createdAt))}</time> },
        { header: 'Last seen', className: 'text-nowrap', cell: (s) => <RelativeTime value={s.lastSeenAt} /> },
        { header: 'IP', cell: (s) => s.ip ?? '—' },
        {
          header: 'Browser',
          cell: (s) => (
            <span title={s.userAgent ?? undefined}>
              {shortenUserAgent(s.userAgent)}{' '}
              {s.current && (
                <Badge bg="primary" className="ms-1">
                  This device
                </Badge>
              )}
            </span>
          ),
        },
        {
          header: 'Actions',
          hideHeader: true,
          className: 'text-end',
          cell: (s) =>
            !s.current && (
              <Button variant="outline-danger" size="sm" aria-label={`End session from ${s.ip ?? 'unknown IP'}`} onClick={() => onEnd(s)}>
                End
              </Button>
            ),
        },
      ]}
    />
  );
}
