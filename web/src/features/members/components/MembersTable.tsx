import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { DataTable } from '../../../components/DataTable';
import type { Member } from '../types';
import { shortDate } from '../../../lib/dates';

const dateFormat = shortDate;

export interface MembersTableProps {
  members: Member[];
  busy: boolean;
  /** Without members.manage the row actions are not offered (the API refuses them anyway). */
  canManage: boolean;
  onChangeRoles: (member: Member) => void;
  onRemove: (member: Member) => void;
}

export function MembersTable({ members, busy, canManage, onChangeRoles, onRemove }: MembersTableProps) {
  return (
    <DataTable
      label="Members"
      rows={members}
      rowKey={(m) => m.userId}
      busy={busy}
      columns={[
        { header: 'Name', cell: (m) => m.displayName },
        { header: 'Email', cell: (m) => m.email },
        {
          header: 'Roles',
          cell: (m) =>
            m.roles.length === 0 ? (
              <span className="text-body-secondary small">No roles</span>
            ) : (
              <div className="d-flex flex-wrap gap-1">
                {m.roles.map((r) => (
                  <Badge key={r.id} bg="secondary">
                    {r.name}
                  </Badge>
                ))}
              </div>
            ),
        },
        { header: 'Member since', cell: (m) => dateFormat.format(new Date(m.createdAt)) },
        canManage && {
          header: 'Actions',
          hideHeader: true,
          className: 'text-end text-nowrap',
          cell: (m) => (
            <>
              <Button variant="outline-secondary" size="sm" className="me-2" aria-label={`Change roles of ${m.email}`} onClick={() => onChangeRoles(m)}>
                Change roles
              </Button>
              <Button variant="outline-danger" size="sm" aria-label={`Remove ${m.email}`} onClick={() => onRemove(m)}>
                Remove
              </Button>
            </>
          ),
        },
      ]}
    />
  );
}
