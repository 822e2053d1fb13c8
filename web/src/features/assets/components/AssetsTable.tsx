import { Link } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Table from 'react-bootstrap/Table';
import { statusBg, statusLabel, typeLabel } from '../assetTypes';
import type { OptionalColumn } from '../columns';
import { formatDate, formatDateTime, isPast } from '../dates';
import { locationLabel } from '../locations';
import type { Asset, AssetType, Contact, Location } from '../types';

export interface AssetsTableProps {
  orgId: string;
  assets: readonly Asset[];
  shows(column: OptionalColumn): boolean;
  types: readonly AssetType[] | undefined;
  locations: readonly Location[] | undefined;
  contacts: readonly Contact[] | undefined;
  busy: boolean;
  onTag(tag: string): void;
}

const none = <span className="text-body-secondary">—</span>;

export function AssetsTable({ orgId, assets, shows, types, locations, contacts, busy, onTag }: AssetsTableProps) {
  return (
    <Table responsive hover aria-label="Assets" aria-busy={busy} className="align-middle">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Type</th>
          <th scope="col">Status</th>
          {shows('serial') && <th scope="col">Serial</th>}
          {shows('manufacturer') && <th scope="col">Manufacturer</th>}
          {shows('model') && <th scope="col">Model</th>}
          {shows('location') && <th scope="col">Location</th>}
          {shows('contact') && <th scope="col">Assigned to</th>}
          {shows('warranty') && <th scope="col">Warranty</th>}
          {shows('tags') && <th scope="col">Tags</th>}
          {shows('macs') && <th scope="col">MAC addresses</th>}
          {shows('updated') && <th scope="col">Updated</th>}
        </tr>
      </thead>
      <tbody>
        {assets.map((a) => {
          const contact = a.contactId ? contacts?.find((c) => c.id === a.contactId) : undefined;
          return (
            <tr key={a.id}>
              <td className="text-break">
                <Link to={`/orgs/${orgId}/assets/${a.id}`}>{a.name}</Link>
              </td>
              <td>{typeLabel(a.type, types)}</td>
              <td>
                <Badge bg={statusBg(a.status)}>{statusLabel(a.status)}</Badge>
              </td>
              {shows('serial') && <td className="font-monospace text-break">{a.serial ?? none}</td>}
              {shows('manufacturer') && <td>{a.manufacturer ?? none}</td>}
              {shows('model') && <td>{a.model ?? none}</td>}
              {shows('location') && <td>{a.locationId ? (locationLabel(a.locationId, locations) ?? 'Unknown location') : none}</td>}
              {shows('contact') && <td>{a.contactId ? (contact?.name ?? 'Unknown contact') : none}</td>}
              {shows('warranty') && (
                <td className="text-nowrap">
                  {a.warrantyExpires ? (
                    isPast(a.warrantyExpires) ? (
                      <span className="text-danger">
                        <time dateTime={a.warrantyExpires}>{formatDate(a.warrantyExpires)}</time> (expired)
                      </span>
                    ) : (
                      <time dateTime={a.warrantyExpires}>{formatDate(a.warrantyExpires)}</time>
                    )
                  ) : (
                    none
                  )}
                </td>
              )}
              {shows('tags') && (
                <td>
                  <span className="d-inline-flex flex-wrap gap-1">
                    {a.tags.map((tag) => (
                      <Button
                        key={tag}
                        variant="link"
                        size="sm"
                        className="p-0 text-decoration-none"
                        aria-label={`Filter by tag ${tag}`}
                        onClick={() => onTag(tag)}
                      >
                        <Badge bg="secondary">{tag}</Badge>
                      </Button>
                    ))}
                  </span>
                </td>
              )}
              {shows('macs') && (
                <td className="font-monospace small">
                  {a.macAddresses.length > 0
                    ? a.macAddresses.map((mac) => (
                        <div key={mac} className="text-nowrap">
                          {mac}
                        </div>
                      ))
                    : none}
                </td>
              )}
              {shows('updated') && (
                <td className="text-nowrap">
                  <time dateTime={a.updatedAt}>{formatDateTime(a.updatedAt)}</time>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
