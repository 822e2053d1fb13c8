import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import Button from 'react-bootstrap/Button';
import { useCan } from '../../../auth/permissions';
import { ConfirmDialog, STALE_ACTION } from '../../../components/ConfirmDialog';
import { FlashAlert } from '../../../components/FlashAlert';
import { FilterForm, SearchField } from '../../../components/FormFields';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { PagedList, QueryState } from '../../../components/QueryState';
import { useAssetDetails } from '../../../entities/asset/useAsset';
import { ipamKeys } from '../../../entities/ipam/ipamKeys';
import { FilterBar } from '../../../components/FilterBar';
import { useCursorStack } from '../../../lib/cursorStack';
import { hasStatus } from '../../../lib/problem';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useCreateIpAddress } from '../api/useCreateIpAddress';
import { useDeleteIpAddress } from '../api/useDeleteIpAddress';
import { useDeleteSubnet } from '../api/useDeleteSubnet';
import { useIpAddresses } from '../api/useIpAddresses';
import { useSubnet } from '../api/useSubnet';
import { useVlans } from '../api/useVlans';
import { createIpAddressBody } from '../ipAddressBody';
import type { IpAddress, Subnet } from '../types';
import { formatCount, subnetUsage } from '../utilisation';
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
  const ipam = `/orgs/${orgId}/ipam`;

  return (
    <QueryState
      query={subnet}
      what="the subnet"
      notFound="This subnet does not exist or you cannot access it."
      errorFooter={<Link to={ipam}>Back to IPAM</Link>}
    >
      {(data) => <SubnetDetails key={data.id} orgId={orgId} subnet={data} />}
    </QueryState>
  );
}

function SubnetDetails({ orgId, subnet }: { orgId: string; subnet: Subnet }) {
  const navigate = useNavigate();
  const canWrite = useCan(orgId, 'ipam.write');
  const canReadAssets = useCan(orgId, 'assets.read');
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
  const removeAddress = useDeleteIpAddress();
  const removeSubnet = useDeleteSubnet();
  const queryClient = useQueryClient();

  const [search, setSearch, q] = useDebouncedParam('q');
  const paging = useCursorStack(JSON.stringify([orgId, subnet.id, q]));
  const addresses = useIpAddresses(orgId, { subnetId: subnet.id, q, cursor: paging.cursor, limit: PAGE_SIZE });
  const items = addresses.data?.items ?? [];
  const assets = useAssetDetails(
    orgId,
    items.flatMap((ip) => (ip.assetId ? [ip.assetId] : [])),
    canReadAssets,
  );

  function closeDeleteAddress() {
    if (hasStatus(removeAddress.error, 412)) void addresses.refetch();
    removeAddress.reset();
    setDeleting(null);
  }

  function openForm() {
    setFlash(null);
    create.reset();
    setFormKey((k) => k + 1);
    setAdding(true);
  }

  return (
    <>
      <PageHeader
        crumbs={orgCrumbs(orgId, { to: `/orgs/${orgId}/ipam`, label: 'IPAM' })}
        title={
          <>
            <span className="font-monospace">{subnet.network}</span>
            {subnet.name && <small className="text-body-secondary ms-2">{subnet.name}</small>}
          </>
        }
        orgId={orgId}
        documentTitle={subnet.name ? `${subnet.network} ${subnet.name}` : subnet.network}
        actions={
          canWrite && (
            <>
              {!adding && (
                <Button variant="primary" onClick={openForm}>
                  Add address
                </Button>
              )}
              <Button variant="outline-danger" onClick={() => setDeletingSubnet(true)}>
                Delete subnet…
              </Button>
            </>
          )
        }
      />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />

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
        <FilterBar list="addresses" active={q ? 1 : 0}>
        <FilterForm label="Filter addresses">
          <SearchField
            id="subnet-address-search"
            label="Search addresses"
            spellCheck={false}
            placeholder="Search by hostname, or an address or range"
            value={search}
            onChange={setSearch}
          />
        </FilterForm>
        </FilterBar>
        <PagedList
          query={addresses}
          paging={paging}
          what="addresses"
          pageSize={PAGE_SIZE}
          empty={q ? 'No addresses match your search.' : 'No addresses are documented in this subnet yet.'}
        >
          {(items, busy) => (
            <IpAddressTable orgId={orgId} addresses={items} assets={assets} busy={busy} canWrite={canWrite} onEdit={setEditing} onDelete={setDeleting} />
          )}
        </PagedList>
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
        <ConfirmDialog
          key={deleting.id}
          title="Delete address"
          confirmLabel="Delete address"
          pending={removeAddress.isPending}
          error={removeAddress.error}
          conflict={STALE_ACTION}
          onClose={closeDeleteAddress}
          onConfirm={() =>
            removeAddress.mutate(
              { orgId, ipAddressId: deleting.id, etag: deleting.etag },
              {
                onSuccess: () => {
                  setFlash(`${deleting.address} deleted.`);
                  closeDeleteAddress();
                },
              },
            )
          }
        >
          Delete <strong className="font-monospace">{deleting.address}</strong>
          {deleting.hostname ? ` (${deleting.hostname})` : ''} from this subnet?
        </ConfirmDialog>
      )}
      {deletingSubnet && (
        <ConfirmDialog
          title="Delete subnet"
          confirmLabel="Delete subnet"
          pending={removeSubnet.isPending}
          error={removeSubnet.error}
          conflict={STALE_ACTION}
          onClose={() => {
            if (hasStatus(removeSubnet.error, 412)) void queryClient.invalidateQueries({ queryKey: ipamKeys.subnet(orgId, subnet.id) });
            removeSubnet.reset();
            setDeletingSubnet(false);
          }}
          onConfirm={() =>
            removeSubnet.mutate(
              { orgId, subnetId: subnet.id, etag: subnet.etag },
              { onSuccess: () => void navigate(`/orgs/${orgId}/ipam`, { replace: true, state: { flash: `Subnet ${subnet.network} deleted.` } }) },
            )
          }
        >
          Delete the subnet <strong className="font-monospace">{subnet.network}</strong>? Only a subnet without addresses of its own can be deleted.
        </ConfirmDialog>
      )}
    </>
  );
}
