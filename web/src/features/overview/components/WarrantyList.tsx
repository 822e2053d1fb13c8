import { Link } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import { formatDate } from '../../../lib/dates';
import { warrantyWhen, type Warranty } from '../overview';

/** Assets whose warranty ends soon or ended lately, soonest first; each links to its asset (and with `showOrg`, its client). */
export function WarrantyList({ items, showOrg = false }: { items: readonly Warranty[]; showOrg?: boolean }) {
  return (
    <ul className="list-group list-group-flush small">
      {items.map((w) => (
        <li key={w.assetId} className="list-group-item d-flex align-items-center justify-content-between gap-2 py-2">
          <div className="text-break" style={{ minWidth: 0 }}>
            <Link to={`/orgs/${w.orgId}/assets/${w.assetId}`} className="fw-semibold">
              {w.name}
            </Link>
            <div className="text-body-secondary">
              {showOrg && <>{w.orgName} · </>}
              <time dateTime={w.warrantyExpires}>{formatDate(w.warrantyExpires)}</time>
            </div>
          </div>
          {/* The words carry the meaning; the colour only repeats it. */}
          <Badge bg={w.expired ? 'danger' : w.daysLeft <= 30 ? 'warning' : 'secondary'} text={!w.expired && w.daysLeft <= 30 ? 'dark' : undefined} className="text-nowrap">
            {warrantyWhen(w)}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
