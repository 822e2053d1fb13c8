import { Link } from 'react-router';
import Table from 'react-bootstrap/Table';
import type { SubnetNode } from '../subnetTree';
import type { Vlan } from '../types';
import { formatCount, subnetUsage } from '../utilisation';
import { UtilisationBar } from './UtilisationBar';
import { VlanLabel } from './VlanLabel';

export interface SubnetTableProps {
  orgId: string;
  nodes: SubnetNode[];
  vlans: ReadonlyMap<string, Vlan>;
  busy: boolean;
}

/** Subnets as a tree: each row indented under the subnet containing it. */
export function SubnetTable({ orgId, nodes, vlans, busy }: SubnetTableProps) {
  const networks = new Map(nodes.map(({ subnet }) => [subnet.id, subnet.network]));
  return (
    <Table hover responsive aria-label="Subnets" aria-busy={busy} className="align-middle">
      <thead>
        <tr>
          <th scope="col">Network</th>
          <th scope="col">Name</th>
          <th scope="col">VLAN</th>
          <th scope="col" style={{ width: '25%' }}>
            Utilisation
          </th>
          <th scope="col" className="text-end">
            Used / usable
          </th>
        </tr>
      </thead>
      <tbody>
        {nodes.map(({ subnet, depth }) => {
          const { used, usable, percent } = subnetUsage(subnet);
          return (
            <tr key={subnet.id}>
              <td className="text-nowrap" style={{ paddingLeft: `${0.5 + depth * 1.5}rem` }}>
                {depth > 0 && (
                  <span className="text-body-secondary me-1" aria-hidden="true">
                    └
                  </span>
                )}
                <Link to={`/orgs/${orgId}/ipam/subnets/${subnet.id}`} className="font-monospace">
                  {subnet.network}
                </Link>
                {depth > 0 && subnet.parentId && <span className="visually-hidden"> inside {networks.get(subnet.parentId)}</span>}
              </td>
              <td className="text-break">{subnet.name ?? <span className="text-body-secondary">—</span>}</td>
              <td className="text-nowrap">
                <VlanLabel vlanId={subnet.vlanId} vlans={vlans} />
              </td>
              <td>
                <UtilisationBar percent={percent} label={`Utilisation of ${subnet.network}`} />
              </td>
              <td className="text-end text-nowrap">
                {formatCount(used)} / {formatCount(usable)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
