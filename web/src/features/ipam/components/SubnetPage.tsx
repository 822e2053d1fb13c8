import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { OrgTabs } from '../../../app/OrgTabs';
import { usePermissions } from '../../../app/permissions';
import { useCursorStack } from '../../../lib/cursorStack';
import { errorMessage, isApiError } from '../../../lib/problem';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useAssetDetails } from '../api/useAsset';
import { useCreateIpAddress } from '../api/useCreateIpAddress';
import { useIpAddresses } from '../api/useIpAddresses';
import { useSubnet } from '../api/useSubnet';
import { useVlans } from '../api/useVlans';
import { createIpAddressBody } from '../ipAddressBody';
import type { IpAddress, Subnet } from '../types';
import { formatCount, subnetUsage } from '../utilisation';
import { DeleteIpAddressModal } from './DeleteIpAddressModal';
import { DeleteSubnetModal } from './DeleteSubnetModal';
import { EditIpAddressModal } from './EditIpAddressModal';
import { IpAddressForm } from './IpAddressForm';
import { IpAddressTable } from './IpAddressTable';
import { UtilisationBar } from './UtilisationBar';
import { VlanLabel } from './VlanLabel';

const PAGE_SIZE = 100;

/** `/orgs/:orgId/ipam/subnets/:subnetId`: a subnet's utilisation and the addresses documented in it. */
export function SubnetPage() {
  const { orgId = '', subnetId = '' } = useParams();
  const subnet = useSubnet(orgId, subnetId);
  const notFound = isApiError(subnet.error) && subnet.error.status === 404;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}>Organisation</Link> / <Link to={`/orgs/${orgId}/ipam`}>IPAM</Link>
      </nav>
      {subnet.isPending ? (
        <Spinner animation="border" role="status">
          <span className="visually-hidden">Loading subnet…</span>
        </Spinner>
      ) : subnet.isError ? (
        <Alert variant={notFound ? 'warning' : 'danger'} role="alert">
          <p className="mb-2">{notFound ? 'This subnet does not exist or you cannot access it.' : errorMessage(subnet.error)}</p>
          <Link to={`/orgs/${orgId}/ipam`}>Back to IPAM</Link>
        </Alert>
      ) : (
        <SubnetDetails key={subnet.data.id} orgId={orgId} subnet={subnet.data} />
      )}
    </>
  );
}

function SubnetDetails({ orgId, subnet }: { orgId: string; subnet: Subnet }) {
  const navigate = useNavigate();
  const { can } = usePermissions();
  const canWrite = can(orgId, 'ipam.write');
  const canReadAssets = can(orgId, 'assets.read');
  const vlans = useVlans(orgId);
  const parent = useSubnet(orgId, subnet.parentId ?? '');
  const { used, usable, percent } = subnetUsage(subnet);
  const [adding, setAdding] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [editing, setEditing] = useState<IpAddress | null>(null);
  const [deleting, setDeleting] = useState<IpAddress | null>(null);
  const [deletingSubnet, setDeletingSubnet] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  const create = useCreateIpAddress();

  const [search, setSearch, q] = useDebouncedParam('q');
  const paging = useCursorStack(JSON.stringify([orgId, subnet.id, q]));
  const addresses = useIpAddresses(orgId, { subnetId: subnet.id, q, cursor: paging.cursor, limit: PAGE_SIZE });
  const items = addresses.data?.items ?? [];
  const nextCursor = addresses.data?.nextCursor ?? null;
  const assets = useAssetDetails(
    orgId,
    items.flatMap((ip) => (ip.assetId ? [ip.assetId] : [])),
    canReadAssets,
  );

  function openForm() {
    setFlash(null);
    create.reset();
    setFormKey((k) => k + 1);
    setAdding(true);
  }

  return (
    <>
      <div className="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3">
        <h1 className="h3 mb-0">
          <span className="font-monospace">{subnet.network}</span>
          {subnet.name && <small className="text-body-secondary ms-2">{subnet.name}</small>}
        </h1>
        {canWrite && (
          <div className="d-flex gap-2">
            {!adding && (
              <Button variant="primary" onClick={openForm}>
                Add address
              </Button>
            )}
            <Button variant="outline-danger" onClick={() => setDeletingSubnet(true)}>
              Delete subnet…
            </Button>
          </div>
        )}
      </div>
      <OrgTabs orgId={orgId} />

      {flash && (
        <Alert variant="success" dismissible onClose={() => setFlash(null)}>
          {flash}
        </Alert>
      )}

      <dl className="row mb-4">
        <dt className="col-sm-3">Utilisation</dt>
        <dd className="col-sm-9">
          <UtilisationBar percent={percent} label={`Utilisation of ${subnet.network}`} className="mb-1" />
          <span className="small text-body-secondary" data-testid="subnet-usage">
            {formatCount(used)} of {formatCount(usable)} usable addresses documented
          </span>
        </dd>
        <dt className="col-sm-3">Contained in</dt>
        <dd className="col-sm-9">
          {subnet.parentId ? (
            <Link to={`/orgs/${orgId}/ipam/subnets/${subnet.parentId}`} className="font-monospace">
              {parent.data?.network ?? 'Parent subnet'}
            </Link>
          ) : (
            <span className="text-body-secondary">No containing subnet</span>
          )}
        </dd>
        <dt className="col-sm-3">VLAN</dt>
        <dd className="col-sm-9">
          <VlanLabel vlanId={subnet.vlanId} vlans={new Map((vlans.data ?? []).map((v) => [v.id, v]))} />
        </dd>
        <dt className="col-sm-3">Description</dt>
        <dd className="col-sm-9" style={{ whiteSpace: 'pre-wrap' }}>
          {subnet.description ?? <span className="text-body-secondary">—</span>}
        </dd>
      </dl>

      {canWrite && adding && (
        <section aria-labelledby="add-address-title" className="border rounded p-3 mb-4">
          <h2 id="add-address-title" className="h5">
            Add address
          </h2>
          <IpAddressForm
            key={formKey}
            orgId={orgId}
            subnetId={subnet.id}
            addressHint={subnet.network}
            name="Add address"
            idPrefix="new-ip"
            canPickAssets={canReadAssets}
            submitLabel="Save address"
            submitting={create.isPending}
            error={create.error}
            onCancel={() => setAdding(false)}
            onSubmit={(values) =>
              create.mutate(
                { orgId, body: createIpAddressBody(values) },
                {
                  onSuccess: (ip) => {
                    setAdding(false);
                    setFlash(`${ip.address} saved${ip.subnetId !== subnet.id ? ' in a more specific subnet' : ''}.`);
                  },
                },
              )
            }
          />
        </section>
      )}

      <section aria-labelledby="addresses-title">
        <h2 id="addresses-title" className="h5">
          Addresses
        </h2>
        <Form role="search" aria-label="Filter addresses" onSubmit={(e) => e.preventDefault()} className="mb-3">
          <Form.Group controlId="subnet-address-search">
            <Form.Label className="visually-hidden">Search addresses</Form.Label>
            <Form.Control
              type="search"
              spellCheck={false}
              placeholder="Search by hostname, or an address or range"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </Form.Group>
        </Form>
        {addresses.isPending ? (
          <div className="d-flex justify-content-center p-5">
            <Spinner animation="border" role="status">
              <span className="visually-hidden">Loading addresses…</span>
            </Spinner>
          </div>
        ) : addresses.isError ? (
          <Alert variant="danger" role="alert">
            <p className="mb-2">Could not load addresses: {errorMessage(addresses.error)}</p>
            <Button variant="outline-danger" size="sm" onClick={() => addresses.refetch()}>
              Retry
            </Button>
          </Alert>
        ) : items.length === 0 && !paging.hasPrevious ? (
          <div className="text-center text-body-secondary p-5">
            {q ? 'No addresses match your search.' : 'No addresses are documented in this subnet yet.'}
          </div>
        ) : (
          <>
            <IpAddressTable
              orgId={orgId}
              addresses={items}
              assets={assets}
              busy={addresses.isFetching}
              canWrite={canWrite}
              onEdit={setEditing}
              onDelete={setDeleting}
            />
            <nav aria-label="Pages" className="d-flex align-items-center gap-2">
              <Button variant="outline-secondary" size="sm" disabled={!paging.hasPrevious || addresses.isFetching} onClick={paging.previous}>
                Previous
              </Button>
              <span className="text-body-secondary small">Page {paging.page}</span>
              <Button
                variant="outline-secondary"
                size="sm"
                disabled={!nextCursor || addresses.isFetching}
                onClick={() => nextCursor && paging.next(nextCursor)}
              >
                Next
              </Button>
              {addresses.isFetching && (
                <Spinner animation="border" size="sm" role="status">
                  <span className="visually-hidden">Loading…</span>
                </Spinner>
              )}
            </nav>
          </>
        )}
      </section>

      {editing && (
        <EditIpAddressModal
          key={editing.id}
          orgId={orgId}
          ip={editing}
          canPickAssets={canReadAssets}
          onClose={() => setEditing(null)}
          onSaved={(ip) => {
            setEditing(null);
            setFlash(`${ip.address} updated.`);
          }}
        />
      )}
      {deleting && (
        <DeleteIpAddressModal
          key={deleting.id}
          orgId={orgId}
          ip={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setFlash(`${deleting.address} deleted.`);
            setDeleting(null);
          }}
        />
      )}
      {deletingSubnet && (
        <DeleteSubnetModal
          orgId={orgId}
          subnet={subnet}
          onClose={() => setDeletingSubnet(false)}
          onDeleted={() => navigate(`/orgs/${orgId}/ipam`, { replace: true, state: { flash: `Subnet ${subnet.network} deleted.` } })}
        />
      )}
    </>
  );
}
