import { Fragment, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { OrgTabs } from '../../../app/OrgTabs';
import { usePermissions } from '../../../app/permissions';
import { errorMessage, isApiError } from '../../../lib/problem';
import { useAsset } from '../api/useAsset';
import { useAssetTypes } from '../api/useAssetTypes';
import { useContactOptions } from '../api/useContactOptions';
import { useLocationOptions } from '../api/useLocationOptions';
import { findCustomType, statusBg, statusLabel, typeLabel } from '../assetTypes';
import { safeHref, storedCustomFields } from '../customFields';
import { formatDate, formatDateTime, isPast } from '../dates';
import { locationLabel } from '../locations';
import type { AssetDetail, CustomFieldDefinition } from '../types';
import { AssetsNav } from './AssetsNav';
import { DeleteAssetModal } from './DeleteAssetModal';
import { InterfacesSection } from './InterfacesSection';
import { PlacementSection } from './PlacementSection';
import { RelationsSection } from './RelationsSection';

const none = <span className="text-body-secondary">—</span>;

/** `/orgs/:orgId/assets/:assetId`: every field of an asset, its interfaces and its relations. */
export function AssetPage() {
  const { orgId = '', assetId = '' } = useParams();
  const asset = useAsset(orgId, assetId);
  const notFound = isApiError(asset.error) && asset.error.status === 404;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}>Organisation</Link> / <Link to={`/orgs/${orgId}/assets`}>Assets</Link>
      </nav>
      {asset.isPending ? (
        <Spinner animation="border" role="status">
          <span className="visually-hidden">Loading asset…</span>
        </Spinner>
      ) : asset.isError ? (
        <Alert variant={notFound ? 'warning' : 'danger'} role="alert">
          <p className="mb-2">{notFound ? 'This asset does not exist or you cannot access it.' : errorMessage(asset.error)}</p>
          <Link to={`/orgs/${orgId}/assets`}>Back to the assets</Link>
        </Alert>
      ) : (
        <AssetDetails key={asset.data.asset.id} orgId={orgId} detail={asset.data} />
      )}
    </>
  );
}

function CustomValue({ field, value }: { field: CustomFieldDefinition; value: unknown }) {
  if (value === null || value === undefined || value === '') return none;
  switch (field.type) {
    case 'bool':
      return <>{value === true || value === 'true' ? 'Yes' : 'No'}</>;
    case 'date':
      return <time dateTime={String(value)}>{formatDate(String(value))}</time>;
    case 'url': {
      const href = safeHref(String(value));
      return href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {String(value)}
        </a>
      ) : (
        <>{String(value)}</>
      );
    }
    default:
      return <>{String(value)}</>;
  }
}

function AssetDetails({ orgId, detail }: { orgId: string; detail: AssetDetail }) {
  const { asset, interfaces, relations } = detail;
  const routerLocation = useLocation();
  const navigate = useNavigate();
  const { can } = usePermissions();
  const canWrite = can(orgId, 'assets.write');
  const canDelete = can(orgId, 'assets.delete');
  const types = useAssetTypes(orgId);
  const locations = useLocationOptions(orgId);
  const contacts = useContactOptions(orgId);
  const [flash, setFlash] = useState<string | null>((routerLocation.state as { flash?: string } | null)?.flash ?? null);
  const [deleting, setDeleting] = useState(false);
  const customType = findCustomType(asset.type, types.data);
  const stored = storedCustomFields(asset);
  const contact = asset.contactId ? contacts.data?.items.find((c) => c.id === asset.contactId) : undefined;
  const list = `/orgs/${orgId}/assets`;

  const row = (label: string, value: ReactNode) => (
    <>
      <dt className="col-sm-3">{label}</dt>
      <dd className="col-sm-9 text-break">{value}</dd>
    </>
  );

  return (
    <>
      <div className="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3">
        <h1 className="h3 mb-0 text-break">{asset.name}</h1>
        {(canWrite || canDelete) && (
          <div className="d-flex gap-2">
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
          </div>
        )}
      </div>
      <OrgTabs orgId={orgId} />
      <AssetsNav orgId={orgId} />

      {flash && (
        <Alert variant="success" dismissible onClose={() => setFlash(null)}>
          {flash}
        </Alert>
      )}

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
      <RelationsSection orgId={orgId} assetId={asset.id} relations={relations} canWrite={canWrite} />
      <PlacementSection orgId={orgId} detail={detail} />

      <Link to={list} className="btn btn-outline-secondary">
        Back to the assets
      </Link>

      {deleting && (
        <DeleteAssetModal
          orgId={orgId}
          asset={asset}
          onClose={() => setDeleting(false)}
          onDeleted={() => navigate(list, { replace: true, state: { flash: `Asset “${asset.name}” deleted.` } })}
        />
      )}
    </>
  );
}
