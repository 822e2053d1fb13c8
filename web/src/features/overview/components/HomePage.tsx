import { Link } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import Card from 'react-bootstrap/Card';
import { useMe } from '../../../auth/permissions';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { StarIcon } from '../../../entities/favourite/FavouriteButton';
import { itemHref, itemTypeName } from '../../../entities/favourite/itemHref';
import type { Dashboard, MyItem } from '../../../entities/favourite/types';
import { useDashboard } from '../api/useDashboard';
import { formatDateTime } from '../../../lib/dates';
import { clientCounts } from '../overview';
import { ActivityList } from './ActivityList';
import { SectionCard, SectionEmpty } from './SectionCard';
import { WarrantyList } from './WarrantyList';

/** `/`: the technician's start page — favourites, recently used items, clients, warranties ending and activity across clients. */
export function HomePage() {
  const dashboard = useDashboard();
  return (
    <>
      <PageHeader title="Home" actions={<Link to="/orgs" className="btn btn-outline-primary">All organisations</Link>} />
      <QueryState query={dashboard} what="your dashboard">
        {(data) => <DashboardSections dashboard={data} />}
      </QueryState>
    </>
  );
}

function DashboardSections({ dashboard: d }: { dashboard: Dashboard }) {
  const me = useMe().data;
  const browse = <Link to="/orgs">Browse the organisations</Link>;
  return (
    <div className="d-flex flex-column gap-3">
      <div className="row g-3">
        <div className="col-lg-6">
          <SectionCard title="Favourites" count={{ shown: d.favourites.length, total: d.favourites.length }}>
            {d.favourites.length ? (
              <ItemList items={d.favourites} label="Favourites" />
            ) : (
              <SectionEmpty action={browse}>No favourites yet. Press “Favourite” on a client, credential or asset page to keep it here.</SectionEmpty>
            )}
          </SectionCard>
        </div>
        <div className="col-lg-6">
          <SectionCard title="Recently used" count={{ shown: d.recents.length, total: d.recents.length }}>
            {d.recents.length ? (
              <ItemList items={d.recents} label="Recently used" withTime />
            ) : (
              <SectionEmpty action={browse}>The clients, credentials and assets you open show here, in any browser you sign in to.</SectionEmpty>
            )}
          </SectionCard>
        </div>
      </div>

      <SectionCard title="Clients" more={{ to: '/orgs', label: 'All organisations' }}>
        {d.clients.length ? (
          <ul className="list-unstyled row row-cols-1 row-cols-sm-2 row-cols-lg-3 row-cols-xl-4 g-2 p-2 m-0" aria-label="Clients">
            {d.clients.map((c) => (
              <li key={c.orgId} className="col">
                <Card className="h-100">
                  <Card.Body className="py-2 px-3">
                    <div className="d-flex align-items-center gap-1">
                      {c.favourite && (
                        <span className="text-warning" title="Favourite">
                          <StarIcon filled />
                          <span className="visually-hidden">Favourite: </span>
                        </span>
                      )}
                      <Link to={`/orgs/${c.orgId}`} className="fw-semibold text-truncate">
                        {c.orgName}
                      </Link>
                    </div>
                    <ul className="list-inline small mb-0 mt-1">
                      {clientCounts(c).map((count) => (
                        <li key={count.label} className="list-inline-item me-2">
                          <Link to={count.href} className="link-body-emphasis link-underline-opacity-25 link-underline-opacity-100-hover">
                            <span className="fw-semibold text-body">{count.value}</span> {count.label}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </Card.Body>
                </Card>
              </li>
            ))}
          </ul>
        ) : (
          <SectionEmpty action={me?.isGlobalAdmin ? <Link to="/orgs/new">Create an organisation</Link> : undefined}>
            You do not have access to any client yet{me?.isGlobalAdmin ? '.' : ': ask an administrator to add you to one.'}
          </SectionEmpty>
        )}
      </SectionCard>

      <div className="row g-3">
        <div className="col-lg-5">
          <SectionCard title="Warranties ending" count={{ shown: d.expiringWarranties.items.length, total: d.expiringWarranties.total }}>
            {d.expiringWarranties.items.length ? (
              <WarrantyList items={d.expiringWarranties.items} showOrg />
            ) : (
              <SectionEmpty>No warranty ends in the next {d.expiringWarranties.days} days in your clients, and none ended in the last 30.</SectionEmpty>
            )}
          </SectionCard>
        </div>
        <div className="col-lg-7">
          <SectionCard title="Recent activity">
            {d.recentActivity.length ? (
              <ActivityList items={d.recentActivity} showOrg />
            ) : (
              <SectionEmpty>No recent changes in the clients whose audit log you may read.</SectionEmpty>
            )}
          </SectionCard>
        </div>
      </div>
    </div>
  );
}

/** Favourites or recent items: what each is, its name linking to its page, and its client. */
function ItemList({ items, label, withTime = false }: { items: readonly MyItem[]; label: string; withTime?: boolean }) {
  return (
    <ul className="list-group list-group-flush small" aria-label={label}>
      {items.map((item) => (
        <li key={`${item.type}/${item.id}`} className="list-group-item d-flex align-items-center gap-2 py-2">
          <Badge bg="secondary-subtle" text="secondary-emphasis" className="border flex-shrink-0" style={{ minWidth: '5.5rem' }}>
            {itemTypeName(item.type)}
          </Badge>
          <div className="flex-grow-1 text-break" style={{ minWidth: 0 }}>
            <Link to={itemHref(item)} className="fw-semibold">
              {item.title}
            </Link>
            <div className="text-body-secondary text-truncate">
              {[item.type === 'org' ? null : item.orgName, item.subtitle].filter(Boolean).join(' · ')}
            </div>
          </div>
          {withTime && (
            <time dateTime={item.at} className="text-body-secondary text-nowrap d-none d-sm-inline">
              {formatDateTime(item.at)}
            </time>
          )}
        </li>
      ))}
    </ul>
  );
}
