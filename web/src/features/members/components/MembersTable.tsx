import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Table from 'react-bootstrap/Table';
import type { Member } from '../types';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export interface MembersTableProps {
  members: Member[];
  busy: boolean;
  /** Without members.manage the row actions are not offered (the API refuses them anyway). */
  canManage: boolean;
  onChangeRoles(member: Member): void;
  onRemove(member: Member): void;
}

export function MembersTable({ members, busy, canManage, onChangeRoles, onRemove }: MembersTableProps) {
  return (
    <Table hover responsive aria-label="Members" aria-busy={busy}>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Roles</th>
          <th scope="col">Member since</th>
          {canManage && (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.userId}>
            <td>{m.displayName}</td>
            <td>{m.email}</td>
            <td>
              {m.roles.length === 0 ? (
                <span className="text-body-secondary small">No roles</span>
              ) : (
                <div className="d-flex flex-wrap gap-1">
                  {m.roles.map((r) => (
                    <Badge key={r.id} bg="secondary">
                      {r.name}
                    </Badge>
                  ))}
                </div>
              )}
            </td>
            <td>{dateFormat.format(new Date(m.createdAt))}</td>
            {canManage && (
              <td className="text-end text-nowrap">
                <Button
                  variant="outline-secondary"
                  size="sm"
                  className="me-2"
                  aria-label={`Change roles of ${m.email}`}
                  onClick={() => onChangeRoles(m)}
                >
                  Change roles
                </Button>
                <Button variant="outline-danger" size="sm" aria-label={`Remove ${m.email}`} onClick={() => onRemove(m)}>
                  Remove
                </Button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
