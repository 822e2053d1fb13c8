import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { DataTable } from '../../../components/DataTable';
import { RelativeTime } from '../../../components/RelativeTime';
import type { ApiKey } from '../types';
import { shortDate, shortDateTime } from '../../../lib/dates';

const dateFormat = shortDate;
const dateTimeFormat = shortDateTime;

const statusVariant: Record<string, string> = { active: 'success', expired: 'warning', revoked: 'secondary' };
const statusLabel: Record<string, string> = { active: 'Active', expired: 'Expired', revoked: 'Revoked' };

export function ApiKeyStatusBadge({ status }: { status: string }) {
  return (
    <Badge bg={statusVariant[status] ?? 'light'} text={status === 'expired' ? 'dark' : undefined}>
      {statusLabel[status] ?? status}
    </Badge>
  );
}

function When({ value, withTime = false }: { value: string; withTime?: boolean }) {
  return <time dateTime={value}>{(withTime ? dateTimeFormat : dateFormat).format(new Date(value))}</time>;
}

export interface ApiKeysTableProps {
  keys: ApiKey[];
  busy: boolean;
  /** Platform keys: a column naming the organisations each key is bound to. */
  orgName?: (orgId: string) => string;
  onRotate: (key: ApiKey) => void;
  onRevoke: (key: ApiKey) => void;
}

function SmallList({ items, className = '' }: { items: readonly string[]; className?: string }) {
  return (
    <ul className={`list-unstyled mb-0 small ${className}`}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function ApiKeysTable({ keys, busy, orgName, onRotate, onRevoke }: ApiKeysTableProps) {
  return (
    <DataTable
      label="API keys"
      rows={keys}
      rowKey={(k) => k.id}
      busy={busy}
      columns={[
        { header: 'Name', className: 'fw-semibold', cell: (k) => k.name },
        { header: 'Client ID', cell: (k) => <code className="text-nowrap">{k.clientId}</code> },
        orgName !== undefined && {
          header: 'Organisations',
          cell: (k) => (k.allOrgs ? <Badge bg="info" text="dark">All organisations</Badge> : <SmallList items={k.orgIds.map(orgName)} />),
        },
        {
          header: 'Scopes',
          cell: (k) => (
            <div className="d-flex flex-wrap gap-1">
              {k.scopes.map((s) => (
                <Badge key={s} bg="secondary" className="font-monospace fw-normal">
                  {s}
                </Badge>
              ))}
            </div>
          ),
        },
        {
          header: 'Allowed IPs',
          cell: (k) => (k.allowedIps.length === 0 ? <span className="text-body-secondary small">Any</span> : <SmallList items={k.allowedIps} className="font-monospace" />),
        },
        {
          header: 'Created',
          className: 'small',
          cell: (k) => (
            <>
              <div>{k.createdByEmail}</div>
              <div className="text-body-secondary">
                <When value={k.createdAt} />
              </div>
            </>
          ),
        },
        { header: 'Expires', className: 'small text-nowrap', cell: (k) => (k.expiresAt ? <When value={k.expiresAt} /> : 'Never') },
        {
          header: 'Last used',
          className: 'small',
          cell: (k) =>
            k.lastUsedAt ? (
              <>
                <div className="text-nowrap">
                  <RelativeTime value={k.lastUsedAt} />
                </div>
                {k.lastUsedIp && <div className="text-body-secondary font-monospace">{k.lastUsedIp}</div>}
              </>
            ) : (
              <span className="text-body-secondary">Never</span>
            ),
        },
        { header: 'Status', cell: (k) => <ApiKeyStatusBadge status={k.status} /> },
        {
          header: 'Actions',
          hideHeader: true,
          className: 'text-end text-nowrap',
          cell: (k) => (
            <>
              {k.status === 'active' && (
                <Button variant="outline-secondary" size="sm" className="me-2" aria-label={`Rotate secret of ${k.name}`} onClick={() => onRotate(k)}>
                  Rotate
                </Button>
              )}
              {k.status !== 'revoked' && (
                <Button variant="outline-danger" size="sm" aria-label={`Revoke ${k.name}`} onClick={() => onRevoke(k)}>
                  Revoke
                </Button>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
