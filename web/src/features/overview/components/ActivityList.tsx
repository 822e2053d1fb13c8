import { Link } from 'react-router';
import { activityHref, type ActivityItem } from '../overview';
import { formatDateTime } from '../../../lib/dates';

/**
 * Changes in plain language from the audit log, newest first; the target links to its page while it exists. With
 * `showOrg` (the home dashboard, across clients) each row names its client.
 */
export function ActivityList({ items, showOrg = false }: { items: readonly ActivityItem[]; showOrg?: boolean }) {
  return (
    <ul className="list-group list-group-flush small">
      {items.map((item) => {
        const href = activityHref(item);
        return (
          <li key={item.id} className="list-group-item d-flex flex-column flex-sm-row gap-sm-3 py-2">
            <time dateTime={item.occurredAt} className="text-body-secondary text-nowrap flex-shrink-0" style={{ minWidth: '9.5rem' }}>
              {formatDateTime(item.occurredAt)}
            </time>
            <span className="flex-grow-1 text-break">
              {item.text}
              {href && (
                <>
                  {' '}
                  <Link to={href} className="text-nowrap">
                    Open<span className="visually-hidden"> {item.targetName ?? item.targetType}</span>
                  </Link>
                </>
              )}
              {showOrg && (
                <>
                  {' · '}
                  <Link to={`/orgs/${item.orgId}`} className="text-body-secondary">
                    {item.orgName}
                  </Link>
                </>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
