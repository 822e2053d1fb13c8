import Badge from 'react-bootstrap/Badge';
import { auditCategories } from '../types';

export function AuditCategoryBadge({ category }: { category: string }) {
  const known = auditCategories.find((c) => c.value === category);
  const bg = known?.badge ?? 'light';
  const dark = bg === 'warning' || bg === 'info' || bg === 'light';
  return (
    <Badge bg={bg} text={dark ? 'dark' : undefined}>
      {known?.label ?? category}
    </Badge>
  );
}

export function AuditOutcomeBadge({ outcome }: { outcome: string }) {
  const bg = outcome === 'success' ? 'success' : outcome === 'failure' || outcome === 'denied' ? 'danger' : 'secondary';
  return <Badge bg={bg}>{outcome}</Badge>;
}
