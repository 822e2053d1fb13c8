import Badge from 'react-bootstrap/Badge';

export function OrgStatusBadge({ status }: { status: string }) {
  return <Badge bg={status === 'archived' ? 'secondary' : 'success'}>{status === 'archived' ? 'Archived' : 'Active'}</Badge>;
}
