import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import Card from 'react-bootstrap/Card';
import { useCan } from '../../../auth/permissions';
import { FlashAlert } from '../../../components/FlashAlert';
import { PageHeader } from '../../../components/PageHeader';
import { ORG_NOT_FOUND, QueryState } from '../../../components/QueryState';
import { CredentialCopyButtons } from '../../../entities/credential/CredentialCopyButtons';
import { copyableOf } from '../../../entities/credential/types';
import { FavouriteButton } from '../../../entities/favourite/FavouriteButton';
import { useRecordOpen } from '../../../entities/favourite/useRecordOpen';
import { useFlash } from '../../../lib/useFlash';
import { useOrgOverview, type OrgOverview } from '../api/useOrgOverview';
import { countTiles } from '../overview';
import { ActivityList } from './ActivityList';
import { SectionCard, SectionEmpty } from './SectionCard';
import { WarrantyList } from './WarrantyList';

/** `/orgs/:orgId`, the Overview tab: what a technician needs first about a client, each section only where they may read it. */
export function OrgOverviewPage() {
  const { orgId = '' } = useParams();
  const overview = useOrgOverview(orgId);
  useRecordOpen('org', overview.isSuccess ? orgId : null);
  return (
    <QueryState query={overview} what="the organisation" notFound={ORG_NOT_FOUND} errorFooter={<Link to="/orgs">Back to organisations</Link>}>
      {(data) => <Overview key={data.orgId} overview={data} />}
    </QueryState>
  );
}

function Overview({ overview: o }: { overview: OrgOverview }) {
  const [flash, setFlash] = useFlash();
  const org = `/orgs/${o.orgId}`;
  const tiles = countTiles(o.orgId, o.counts);

  const main: ReactNode[] = [];
  const side: ReactNode[] = [];
  if (o.pinnedCredentials) main.push(<PinnedCredentials key="pinned" orgId={o.orgId} list={o.pinnedCredentials} />);
  if (o.recentChanges)
    main.push(
      <SectionCard key="changes" title="Recent changes" more={{ to: `${org}/audit`, label: 'Audit log' }}>
        {o.recentChanges.length ? <ActivityList items={o.recentChanges} /> : <SectionEmpty>No changes have been recorded for this client yet.</SectionEmpty>}
      </SectionCard>,
    );
  if (o.expiringWarranties)
    side.push(
      <SectionCard
        key="warranties"
        title="Warranties ending"
        count={{ shown: o.expiringWarranties.items.length, total: o.expiringWarranties.total }}
        more={{ to: `${org}/assets`, label: 'Assets' }}
      >
        {o.expiringWarranties.items.length ? (
          <WarrantyList items={o.expiringWarranties.items} />
        ) : (
          <SectionEmpty action={<Link to={`${org}/assets`}>Review the assets</Link>}>
            No warranty ends in the next {o.expiringWarranties.days} days, and none ended in the last 30.
          </SectionEmpty>
        )}
      </SectionCard>,
    );
  if (o.keyContacts) side.push(<KeyContacts key="contacts" orgId={o.orgId} list={o.keyContacts} />);
  if (o.locations) side.push(<Locations key="locations" orgId={o.orgId} list={o.locations} />);

  return (
    <>
      <PageHeader
        crumbs={[{ to: '/orgs', label: 'Organisations' }]}
        title={o.orgName}
        badges={o.status === 'archived' && <Badge bg="secondary">Archived</Badge>}
        actions={<FavouriteButton type="org" id={o.orgId} name={o.orgName} />}
        orgId={o.orgId}
      />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />

      {tiles.length > 0 && (
        <ul className="list-unstyled row row-cols-2 row-cols-md-3 row-cols-xl-6 g-2 g-md-3 mb-4" aria-label="Counts">
          {tiles.map((t) => (
            <li key={t.label} className="col">
              <Card className="h-100 shadow-sm position-relative">
                <Card.Body className="py-2 px-3">
                  <Link to={t.href} className="stretched-link text-decoration-none d-block">
                    <span className="d-block fs-3 fw-semibold lh-sm text-body" data-testid={`count-${t.label.toLowerCase()}`}>
                      {t.value}
                    </span>
                    <span className="d-block">{t.label}</span>
                  </Link>
                  {t.detail && <span className="d-block small text-body-secondary text-truncate" title={t.detail}>{t.detail}</span>}
                </Card.Body>
              </Card>
            </li>
          ))}
        </ul>
      )}

      {main.length > 0 && side.length > 0 ? (
        <div className="row g-3">
          <div className="col-xl-8 d-flex flex-column gap-3">{main}</div>
          <div className="col-xl-4 d-flex flex-column gap-3">{side}</div>
        </div>
      ) : (
        <div className="row row-cols-1 row-cols-lg-2 g-3">
          {[...main, ...side].map((section, i) => (
            <div key={i} className="col">
              {section}
            </div>
          ))}
        </div>
      )}
      {tiles.length === 0 && main.length === 0 && side.length === 0 && (
        <p className="text-body-secondary">Your roles in this organisation do not let you read its assets, vault, IPAM or audit log.</p>
      )}
    </>
  );
}

function PinnedCredentials({ orgId, list }: { orgId: string; list: NonNullable<OrgOverview['pinnedCredentials']> }) {
  const canReveal = useCan(orgId, 'vault.reveal');
  const canWrite = useCan(orgId, 'vault.write');
  const vault = `/orgs/${orgId}/vault`;
  return (
    <SectionCard title="Pinned credentials" count={{ shown: list.items.length, total: list.total }} more={{ to: vault, label: 'Vault' }}>
      {list.items.length ? (
        <ul className="list-group list-group-flush" aria-label="Pinned credentials">
          {list.items.map((c) => (
            <li key={c.id} className="list-group-item d-flex align-items-center justify-content-between gap-2 py-2">
              <div className="flex-grow-1 text-break" style={{ minWidth: 0 }}>
                <Link to={`${vault}/${c.id}`} className="fw-semibold">
                  {c.name}
                </Link>
                {(c.username || c.url) && <div className="small text-body-secondary text-truncate">{[c.username, c.url].filter(Boolean).join(' · ')}</div>}
              </div>
              <span className="flex-shrink-0">
                <CredentialCopyButtons orgId={orgId} credential={copyableOf(c)} canReveal={canReveal} />
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <SectionEmpty action={<Link to={canWrite ? `${vault}/new` : vault}>{canWrite ? 'Add a credential' : 'Open the vault'}</Link>}>
          No credentials are pinned to this overview. Pinned credentials show here with their copy buttons.
        </SectionEmpty>
      )}
    </SectionCard>
  );
}

function KeyContacts({ orgId, list }: { orgId: string; list: NonNullable<OrgOverview['keyContacts']> }) {
  const contacts = `/orgs/${orgId}/contacts`;
  return (
    <SectionCard title="Key contacts" count={{ shown: list.items.length, total: list.total }} more={{ to: contacts, label: 'Contacts' }}>
      {list.items.length ? (
        <ul className="list-group list-group-flush small">
          {list.items.map((c) => (
            <li key={c.id} className="list-group-item py-2">
              <div className="d-flex justify-content-between gap-2">
                <span className="fw-semibold text-break">{c.name}</span>
                {c.role && <span className="text-body-secondary text-end">{c.role}</span>}
              </div>
              <div className="d-flex flex-wrap column-gap-3">
                {c.phone && <a href={`tel:${c.phone.replace(/[^+\d]/g, '')}`}>{c.phone}</a>}
                {c.email && (
                  <a href={`mailto:${c.email}`} className="text-break">
                    {c.email}
                  </a>
                )}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <SectionEmpty action={<Link to={contacts}>Open the contacts</Link>}>No key contacts yet: mark the people to call first as key contacts.</SectionEmpty>
      )}
    </SectionCard>
  );
}

function Locations({ orgId, list }: { orgId: string; list: NonNullable<OrgOverview['locations']> }) {
  const locations = `/orgs/${orgId}/locations`;
  return (
    <SectionCard title="Locations" count={{ shown: list.items.length, total: list.total }} more={{ to: locations, label: 'Locations' }}>
      {list.items.length ? (
        <ul className="list-group list-group-flush small">
          {list.items.map((l) => (
            <li key={l.id} className="list-group-item d-flex justify-content-between gap-2 py-2">
              <div className="text-break" style={{ minWidth: 0 }}>
                <Link to={`${locations}?${new URLSearchParams({ q: l.name })}`} className="fw-semibold">
                  {l.name}
                </Link>
                {l.address && <div className="text-body-secondary">{l.address}</div>}
              </div>
              <Badge bg="secondary-subtle" text="secondary-emphasis" className="align-self-start border">
                {l.kind === 'site' ? 'Site' : 'Closet'}
              </Badge>
            </li>
          ))}
        </ul>
      ) : (
        <SectionEmpty action={<Link to={locations}>Add a location</Link>}>No sites or network closets yet.</SectionEmpty>
      )}
    </SectionCard>
  );
}
