import type { ReactNode } from 'react';
import { Link } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import { none } from '../../../components/DataTable';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { TagButtons } from '../../../components/TagButtons';
import { statusBg, statusLabel, typeLabel } from '../assetTypes';
import type { OptionalColumn } from '../columns';
import { formatDate, formatDateTime, isPast } from '../dates';
import { locationLabel } from '../locations';
import type { Asset, AssetType, Contact, Location } from '../types';

export interface AssetsTableProps {
  orgId: string;
  assets: readonly Asset[];
  shows: (column: OptionalColumn) => boolean;
  types: readonly AssetType[] | undefined;
  locations: readonly Location[] | undefined;
  contacts: readonly Contact[] | undefined;
  busy: boolean;
  onTag: (tag: string) => void;
  /** The list's sort; the Name and Updated headers change it. */
  sort: string;
  onSort: (sort: string) => void;
}

function Warranty({ expires }: { expires: string | null }) {
  if (!expires) return none;
  const date = <time dateTime={expires}>{formatDate(expires)}</time>;
  return isPast(expires) ? <span className="text-danger">{date} (expired)</span> : date;
}

export function AssetsTable({ orgId, assets, shows, types, locations, contacts, busy, onTag, sort, onSort }: AssetsTableProps) {
  const contactName = (id: string) => contacts?.find((c) => c.id === id)?.name ?? 'Unknown contact';
  const location = (a: Asset) => (a.locationId ? (locationLabel(a.locationId, locations) ?? 'Unknown location') : null);
  return (
    <ResponsiveTable
      label="Assets"
      rows={assets}
      rowKey={(a) => a.id}
      busy={busy}
      sort={sort}
      onSort={onSort}
      card={(a) => ({
        title: <Link to={`/orgs/${orgId}/assets/${a.id}`}>{a.name}</Link>,
        details: (
          [
          ['Type', typeLabel(a.type, types)],
          ['Status', <Badge key="s" bg={statusBg(a.status)}>{statusLabel(a.status)}</Badge>],
          ['IP', a.primaryIp ? <span className="font-monospace">{a.primaryIp}</span> : null],
          ['Host', a.hostname ? <span className="font-monospace">{a.hostname}</span> : null],
          ['Location', location(a)],
          ['Serial', a.serial],
          ] satisfies [string, ReactNode][]
        ).filter((d) => d[1] != null),
      })}
      columns={[
        { header: 'Name', sortKey: 'name', className: 'text-break', cell: (a) => <Link to={`/orgs/${orgId}/assets/${a.id}`}>{a.name}</Link> },
        { header: 'Type', cell: (a) => typeLabel(a.type, types) },
        { header: 'Status', cell: (a) => <Badge bg={statusBg(a.status)}>{statusLabel(a.status)}</Badge> },
        shows('serial') && { header: 'Serial', className: 'font-monospace text-break', cell: (a) => a.serial ?? none },
        shows('manufacturer') && { header: 'Manufacturer', cell: (a) => a.manufacturer ?? none },
        shows('model') && { header: 'Model', cell: (a) => a.model ?? none },
        shows('ip') && { header: 'IP address', className: 'font-monospace text-nowrap', cell: (a) => a.primaryIp ?? none },
        shows('hostname') && { header: 'Hostname', className: 'font-monospace text-break', cell: (a) => a.hostname ?? none },
        shows('location') && { header: 'Location', cell: (a) => location(a) ?? none },
        shows('contact') && { header: 'Assigned to', cell: (a) => (a.contactId ? contactName(a.contactId) : none) },
        shows('warranty') && { header: 'Warranty', className: 'text-nowrap', cell: (a) => <Warranty expires={a.warrantyExpires} /> },
        shows('tags') && { header: 'Tags', cell: (a) => <TagButtons tags={a.tags} onTag={onTag} /> },
        shows('macs') && {
          header: 'MAC addresses',
          className: 'font-monospace small',
          cell: (a) =>
            a.macAddresses.length > 0
              ? a.macAddresses.map((mac) => (
                  <div key={mac} className="text-nowrap">
                    {mac}
                  </div>
                ))
              : none,
        },
        shows('updated') && { header: 'Updated', sortKey: 'updatedAt', className: 'text-nowrap', cell: (a) => <time dateTime={a.updatedAt}>{formatDateTime(a.updatedAt)}</time> },
      ]}
    />
  );
}
