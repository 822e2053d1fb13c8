import { Fragment, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { useCan } from '../../../auth/permissions';
import { DeleteRecordDialog } from '../../../components/ConfirmDialog';
import { none } from '../../../components/DataTable';
import { ExternalLink } from '../../../components/ExternalLink';
import { FlashAlert } from '../../../components/FlashAlert';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useAsset } from '../../../entities/asset/useAsset';
import { AttachmentsPanel } from '../../../entities/attachment/AttachmentsPanel';
import { FavouriteButton } from '../../../entities/favourite/FavouriteButton';
import { useRecordOpen } from '../../../entities/favourite/useRecordOpen';
import { useLocationOptions } from '../../../entities/location/useLocations';
import { asText } from '../../../lib/text';
import { useFlash } from '../../../lib/useFlash';
import { useAssetTypes } from '../api/useAssetTypes';
import { useContactOptions } from '../../../entities/contact/useContacts';
import { useDeleteAsset } from '../api/useDeleteAsset';
import { findCustomType, statusBg, statusLabel, typeLabel } from '../assetTypes';
import { storedCustomFields } from '../customFields';
import { formatDate, formatDateTime, isPast } from '../dates';
import { locationLabel } from '../locations';
import type { AssetDetail, CustomFieldDefinition } from '../types';
import { AssetsNav } from './AssetsNav';
import { InterfacesSection } from './InterfacesSection';
import { RelatedItemsPanel } from './RelatedItemsPanel';

/** `/orgs/:orgId/assets/:assetId`: every field of an asset, its interfaces and its relations. */
export function AssetPage() {
  const { orgId = '', assetId = '' } = useParams();
  const asset = useAsset(orgId, assetId);
  const list = `/orgs/${orgId}/assets`;

  return (
    <QueryState
      query={asset}
      what="the asset"
      notFound="This asset does not exist or you cannot access it."
      errorFooter={<Link to={list}>Back to the assets</Link>}
    >
      {(detail) => <AssetDetails key={detail.asset.id} orgId={orgId} detail={detail} />}
    </QueryState>
  );
}

function CustomValue({ field, value }: { field: CustomFieldDefinition; value: unknown }) {
  if (value === null || value === undefined || value === '') return none;
  switch (field.type) {
    case 'bool':
      return <>{value === true || value === 'true' ? 'Yes' : 'No'}</>;
    case 'date':
      return <time dateTime={asText(value)}>{formatDate(asText(value))}</time>;
    case 'url':
      return <ExternalLink url={asText(value)} />;
    default:
      return <>{asText(value)}</>;
  }
}

function AssetDetails({ orgId, detail }: { orgId: string; detail: AssetDetail }) {
  const { asset, interfaces } = detail;
  const canWrite = useCan(orgId, 'assets.write');
  const canDelete = useCan(orgId, 'assets.delete');
  const remove = useDeleteAsset();
  const types = useAssetTypes(orgId);
  const locations = useLocationOptions(orgId);
  const contacts = useContactOptions(orgId);
  const [flash, setFlash] = useFlash();
  const [deleting, setDeleting] = useState(false);
  const customType = findCustomType(asset.type, types.data);
  const stored = storedCustomFields(asset);
  const contact = asset.contactId ? contacts.data?.items.find((c) => c.id === asset.contactId) : undefined;
  useRecordOpen('asset', asset.id);
  const list = `/orgs/${orgId}/assets`;

  const row = (label: string, value: ReactNode) => (
    <>
      <dt className="col-sm-3">{label}</dt>
      <dd className="col-sm-9 text-break">{value}</dd>
    </>
  );

  return (
    <>
      <PageHeader
        crumbs={orgCrumbs(orgId, { to: list, label: 'Assets' })}
        title={asset.name}
        orgId={orgId}
        actions={
          <>
            <FavouriteButton type="asset" id={asset.id} name={asset.name} />
            {canWrite && (
              <Link to={`${list}/${asset.id}/edit`} className="btn btn-outline-primary">
                Edit
              </Link>
            )}
            {canDelete && (
              <Button variant="outline-danger" onClick={() => setDeleting(true)}>
                Delete…
              </Button>
            )}
          </>
        }
      />
      <AssetsNav orgId={orgId} />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />

      <div className="row">
        <div className="col-lg-8">
          <dl className="row mb-4">
            {row('Type', <Link to={`${list}?type=${encodeURIComponent(asset.type)}`}>{typeLabel(asset.type, types.data)}</Link>)}
            {row('Status', <Badge bg={statusBg(asset.status)}>{statusLabel(asset.status)}</Badge>)}
            {row('Serial', asset.serial ? <span className="font-monospace">{asset.serial}</span> : none)}
            {row('Manufacturer', asset.manufacturer ?? none)}
            {row('Model', asset.model ?? none)}
            {row(
              'Location',
              asset.locationId ? (
                <Link to={`${list}?location=${encodeURIComponent(asset.locationId)}`}>{locationLabel(asset.locationId, locations.data?.items) ?? 'Location'}</Link>
              ) : (
                none
              ),
            )}
            {row(
              'Assigned to',
              asset.contactId ? (
                <>
                  <span>{contact?.name ?? 'Contact'}</span>
                  {contact?.email && (
                    <a href={`mailto:${contact.email}`} className="ms-2">
                      {contact.email}
                    </a>
                  )}
                  {contact?.phone && <span className="text-body-secondary ms-2">{contact.phone}</span>}
                </>
              ) : (
                none
              ),
            )}
            {row('Purchased', asset.purchaseDate ? <time dateTime={asset.purchaseDate}>{formatDate(asset.purchaseDate)}</time> : none)}
            {row(
              'Warranty until',
              asset.warrantyExpires ? (
                <>
                  <time dateTime={asset.warrantyExpires}>{formatDate(asset.warrantyExpires)}</time>
                  {isPast(asset.warrantyExpires) && (
                    <Badge bg="danger" className="ms-2">
                      Expired
                    </Badge>
                  )}
                </>
              ) : (
                none
              ),
            )}
            {row(
              'Tags',
              asset.tags.length > 0 ? (
                <span className="d-inline-flex flex-wrap gap-1">
                  {asset.tags.map((tag) => (
                    <Link key={tag} to={`${list}?tag=${encodeURIComponent(tag)}`} className="text-decoration-none">
                      <Badge bg="secondary">{tag}</Badge>
                    </Link>
                  ))}
                </span>
              ) : (
                none
              ),
            )}
            {row(
              'MAC addresses',
              asset.macAddresses.length > 0 ? (
                <ul className="list-unstyled mb-0 font-monospace">
                  {asset.macAddresses.map((mac) => (
                    <li key={mac}>{mac}</li>
                  ))}
                </ul>
              ) : (
                none
              ),
            )}
            <dt className="col-sm-3">Notes</dt>
            <dd className="col-sm-9" style={{ whiteSpace: 'pre-wrap' }}>
              {asset.notes ?? none}
            </dd>
            {row('Created', <time dateTime={asset.createdAt}>{formatDateTime(asset.createdAt)}</time>)}
            {row('Updated', <time dateTime={asset.updatedAt}>{formatDateTime(asset.updatedAt)}</time>)}
          </dl>

          {customType && customType.fields.length > 0 && (
            <section aria-labelledby="asset-custom-fields" className="mb-4">
              <h2 id="asset-custom-fields" className="h5">
                {customType.name} fields
              </h2>
              <dl className="row">
                {customType.fields.map((field) => (
                  <Fragment key={field.key}>
                    <dt className="col-sm-3">{field.label || field.key}</dt>
                    <dd className="col-sm-9 text-break">
                      <CustomValue field={field} value={field.key ? stored[field.key] : undefined} />
                    </dd>
                  </Fragment>
                ))}
              </dl>
            </section>
          )}

          <InterfacesSection orgId={orgId} assetId={asset.id} interfaces={interfaces} canWrite={canWrite} />
          <AttachmentsPanel parent={{ type: 'asset', orgId, id: asset.id }} />
        </div>
        {/* Beside the asset on a wide screen, below it on a phone. */}
        <div className="col-lg-4">
          <RelatedItemsPanel orgId={orgId} detail={detail} canWrite={canWrite} />
        </div>
      </div>

      <Link to={list} className="btn btn-outline-secondary">
        Back to the assets
      </Link>

      <DeleteRecordDialog
        record={deleting ? asset : null}
        noun="asset"
        mutation={remove}
        variables={(a) => ({ orgId, assetId: a.id, etag: a.etag })}
        backTo={list}
        onClose={() => setDeleting(false)}
      >
        Delete <strong>{asset.name}</strong> with its interfaces and relations? This cannot be undone.
      </DeleteRecordDialog>
    </>
  );
}
