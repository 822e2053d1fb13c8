import { Link } from 'react-router';
import Table from 'react-bootstrap/Table';
import type { Rack } from '../types';
import { UsageBar } from './UsageBar';

export interface RacksTableProps {
  orgId: string;
  racks: Rack[];
  /** Location names by id; a rack whose location is unknown shows none. */
  locationNames: Map<string, string>;
  busy: boolean;
}

export function RacksTable({ orgId, racks, locationNames, busy }: RacksTableProps) {
  return (
    <Table hover responsive aria-label="Racks" aria-busy={busy}>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Location</th>
          <th scope="col">Height</th>
          <th scope="col">Used</th>
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody>
        {racks.map((r) => (
          <tr key={r.id}>
            <td>
              <Link to={`/orgs/${orgId}/racks/${r.id}`}>{r.name}</Link>
            </td>
            <td>{r.locationId ? locationNames.get(r.locationId) : null}</td>
            <td className="text-nowrap">{Number(r.heightU)} U</td>
            <td>
              <UsageBar usedU={r.usedU} heightU={r.heightU} />
            </td>
            <td className="text-break small">{r.notes}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
