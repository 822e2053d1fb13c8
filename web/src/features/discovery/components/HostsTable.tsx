import { Link } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import Table from 'react-bootstrap/Table';
import { hostActions, matchedByLabels, type DiscoveredHost, type HostAction } from '../types';

export interface HostsTableProps {
  orgId: string;
  hosts: DiscoveredHost[];
  /** A plan (nothing written yet) or the result of an import: the action badges say which. */
  dryRun: boolean;
}

function ActionBadge({ action, dryRun }: { action: string; dryRun: boolean }) {
  const known = action in hostActions ? hostActions[action as HostAction] : null;
  if (!known) return <Badge bg="light" text="dark">{action}</Badge>;
  return (
    <Badge bg={known.bg} text={known.bg === 'warning' || known.bg === 'info' ? 'dark' : undefined}>
      {dryRun ? known.planned : known.done}
    </Badge>
  );
}

export function HostsTable({ orgId, hosts, dryRun }: HostsTableProps) {
  return (
    <Table hover responsive aria-label={dryRun ? 'Import plan' : 'Imported hosts'}>
      <thead>
        <tr>
          <th scope="col">Address</th>
          <th scope="col">Hostname</th>
          <th scope="col">MAC</th>
          <th scope="col">Action</th>
          <th scope="col">Matched by</th>
          <th scope="col">Asset</th>
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody>
        {hosts.map((h) => (
          <tr key={h.address}>
            <td className="font-monospace text-nowrap">{h.address}</td>
            <td className="text-break">{h.hostname}</td>
            <td className="font-monospace text-nowrap">{h.mac}</td>
            <td>
              <ActionBadge action={h.action} dryRun={dryRun} />
            </td>
            <td>{h.matchedBy ? (matchedByLabels[h.matchedBy] ?? h.matchedBy) : null}</td>
            <td>{h.assetId && h.assetName ? <Link to={`/orgs/${orgId}/assets/${h.assetId}`}>{h.assetName}</Link> : h.assetName}</td>
            <td className="small">
              {h.notes.length > 0 && (
                <ul className="mb-0 ps-3">
                  {h.notes.map((note, i) => (
                    <li key={i}>{note}</li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
