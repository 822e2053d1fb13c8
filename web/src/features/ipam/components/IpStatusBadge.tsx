import Badge from 'react-bootstrap/Badge';
import { ipStatuses } from '../types';

export function IpStatusBadge({ status }: { status: string }) {
  const known = ipStatuses.find((s) => s.value === status);
  return (
    <Badge bg={known?.bg ?? 'light'} text={known?.bg === 'warning' || known?.bg === 'info' || !known ? 'dark' : undefined}>
      {known?.label ?? status}
    </Badge>
  );
}
