import { Link } from 'react-router';
import Button from 'react-bootstrap/Button';
import Table from 'react-bootstrap/Table';
import type { AssetDetail } from '../../../entities/asset/types';
import type { IpAddress } from '../types';
import { IpStatusBadge } from './IpStatusBadge';

export interface IpAddressTableProps {
  orgId: string;
  addresses: IpAddress[];
  /** The assigned assets that could be read, by id (for names and interface names). */
  assets: ReadonlyMap<string, AssetDetail>;
  busy: boolean;
  canWrite: boolean;
  onEdit: (ip: IpAddress) => void;
  onDelete: (ip: IpAddress) => void;
}

function AssetCell({ orgId, ip, asset }: { orgId: string; ip: IpAddress; asset: AssetDetail | undefined }) {
  if (!ip.assetId) return <span className="text-body-secondary">—</span>;
  const iface = ip.interfaceId ? asset?.interfaces.find((i) => i.id === ip.interfaceId) : undefined;
  return (
    <>
      <Link to={`/orgs/${orgId}/assets/${ip.assetId}`}>{asset?.asset.name ?? 'Asset'}</Link>
      {iface && <span className="text-body-secondary"> · {iface.name}</span>}
    </>
  );
}

/** A subnet's documented addresses in address order. */
export function IpAddressTable({ orgId, addresses, assets, busy, canWrite, onEdit, onDelete }: IpAddressTableProps) {
  return (
    <Table hover responsive aria-label="IP addresses" aria-busy={busy} className="align-middle">
      <thead>
        <tr>
          <th scope="col">Address</th>
          <th scope="col">Status</th>
          <th scope="col">Hostname</th>
          <th scope="col">Asset</th>
          <th scope="col">Description</th>
          {canWrite && (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {addresses.map((ip) => (
          <tr key={ip.id}>
            <td className="font-monospace text-nowrap">{ip.address}</td>
            <td>
              <IpStatusBadge status={ip.status} />
            </td>
            <td className="text-break">{ip.hostname ?? <span className="text-body-secondary">—</span>}</td>
            <td className="text-break">
              <AssetCell orgId={orgId} ip={ip} asset={ip.assetId ? assets.get(ip.assetId) : undefined} />
            </td>
            <td className="text-break">{ip.description ?? <span className="text-body-secondary">—</span>}</td>
            {canWrite && (
              <td className="text-end text-nowrap">
                <Button variant="link" size="sm" aria-label={`Edit ${ip.address}`} onClick={() => onEdit(ip)}>
                  Edit
                </Button>
                <Button variant="link" size="sm" className="text-danger" aria-label={`Delete ${ip.address}`} onClick={() => onDelete(ip)}>
                  Delete
                </Button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
