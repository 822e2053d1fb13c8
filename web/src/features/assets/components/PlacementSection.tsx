import { Link } from 'react-router';
import Table from 'react-bootstrap/Table';
import { useCan } from '../../../auth/permissions';
import type { AssetDetail } from '../types';

/** Where the asset lives on the network and in the rack: its documented IP addresses and rack position. */
export function PlacementSection({ orgId, detail }: { orgId: string; detail: AssetDetail }) {
  const interfaceName = (id: string | null) => detail.interfaces.find((i) => i.id === id)?.name;
  const canWriteIpam = useCan(orgId, 'ipam.write');
  const canWriteAssets = useCan(orgId, 'assets.write');
  return (
    <section aria-labelledby="asset-placement" className="mb-4">
      <h2 id="asset-placement" className="h5">
        IP addresses and rack
      </h2>
      {detail.ipAddresses.length === 0 ? (
        <p className="text-body-secondary">
          No IP addresses documented for this asset.
          {canWriteIpam && (
            <>
              {' '}
              <Link to={`/orgs/${orgId}/ipam`}>Add one in IPAM</Link>
            </>
          )}
        </p>
      ) : (
        <Table size="sm" responsive aria-label="IP addresses" className="w-auto">
          <thead>
            <tr>
              <th>Address</th>
              <th>Hostname</th>
              <th>Interface, status</th>
            </tr>
          </thead>
          <tbody>
            {detail.ipAddresses.map((ip) => (
              <tr key={ip.id}>
                <td>
                  <Link to={`/orgs/${orgId}/ipam/subnets/${ip.subnetId}`} className="font-monospace">
                    {ip.address}
                  </Link>
                </td>
                <td>{ip.hostname ?? '—'}</td>
                {/* Interface and status share a column: the panel beside the asset is narrow. */}
                <td>
                  <span>{interfaceName(ip.interfaceId) ?? '—'}</span>
                  <div className="small text-body-secondary">{ip.status}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <p className="mb-0">
        {detail.rack ? (
          <>
            Rack{' '}
            <Link to={`/orgs/${orgId}/racks/${detail.rack.rackId}`}>{detail.rack.rackName}</Link>,{' '}
            {Number(detail.rack.heightU) > 1
              ? `U${detail.rack.positionU}–U${Number(detail.rack.positionU) + Number(detail.rack.heightU) - 1}`
              : `U${detail.rack.positionU}`}{' '}
            ({detail.rack.face})
          </>
        ) : (
          <span className="text-body-secondary">
            Not mounted in a rack.
            {canWriteAssets && (
              <>
                {' '}
                <Link to={`/orgs/${orgId}/racks`}>Mount it in a rack</Link>
              </>
            )}
          </span>
        )}
      </p>
    </section>
  );
}
