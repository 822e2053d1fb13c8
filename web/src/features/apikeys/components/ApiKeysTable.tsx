import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Table from 'react-bootstrap/Table';
import type { ApiKey } from '../types';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

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
  orgName?(orgId: string): string;
  onRotate(key: ApiKey): void;
  onRevoke(key: ApiKey): void;
}

export function ApiKeysTable({ keys, busy, orgName, onRotate, onRevoke }: ApiKeysTableProps) {
  return (
    <Table hover responsive aria-label="API keys" aria-busy={busy} className="align-middle">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Client ID</th>
          {orgName && <th scope="col">Organisations</th>}
          <th scope="col">Scopes</th>
          <th scope="col">Allowed IPs</th>
          <th scope="col">Created</th>
          <th scope="col">Expires</th>
          <th scope="col">Last used</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => (
          <tr key={k.id}>
            <td className="fw-semibold">{k.name}</td>
            <td>
              <code className="text-nowrap">{k.clientId}</code>
            </td>
            {orgName && (
              <td>
                {k.allOrgs ? (
                  <Badge bg="info">All organisations</Badge>
                ) : (
                  <ul className="list-unstyled mb-0 small">
                    {k.orgIds.map((id) => (
                      <li key={id}>{orgName(id)}</li>
                    ))}
                  </ul>
                )}
              </td>
            )}
            <td>
              <div className="d-flex flex-wrap gap-1">
                {k.scopes.map((s) => (
                  <Badge key={s} bg="secondary" className="font-monospace fw-normal">
                    {s}
                  </Badge>
                ))}
              </div>
            </td>
            <td>
              {k.allowedIps.length === 0 ? (
                <span className="text-body-secondary small">Any</span>
              ) : (
                <ul className="list-unstyled mb-0 small font-monospace">
                  {k.allowedIps.map((ip) => (
                    <li key={ip}>{ip}</li>
                  ))}
                </ul>
              )}
            </td>
            <td className="small">
              <div>{k.createdByEmail}</div>
              <div className="text-body-secondary">
                <When value={k.createdAt} />
              </div>
            </td>
            <td className="small text-nowrap">{k.expiresAt ? <When value={k.expiresAt} /> : 'Never'}</td>
            <td className="small">
              {k.lastUsedAt ? (
                <>
                  <div className="text-nowrap">
                    <When value={k.lastUsedAt} withTime />
                  </div>
                  {k.lastUsedIp && <div className="text-body-secondary font-monospace">{k.lastUsedIp}</div>}
                </>
              ) : (
                <span className="text-body-secondary">Never</span>
              )}
            </td>
            <td>
              <ApiKeyStatusBadge status={k.status} />
            </td>
            <td className="text-end text-nowrap">
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
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
