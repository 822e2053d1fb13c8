import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import type { Rack } from '../types';
import { UsageBar } from './UsageBar';

export interface RacksTableProps {
  orgId: string;
  racks: Rack[];
  /** Location names by id; a rack whose location is unknown shows none. */
  locationNames: Map<string, string>;
  busy: boolean;
  sort: string;
  onSort: (sort: string) => void;
}

export function RacksTable({ orgId, racks, locationNames, busy, sort, onSort }: RacksTableProps) {
  return (
    <DataTable
      label="Racks"
      rows={racks}
      rowKey={(r) => r.id}
      busy={busy}
      sort={sort}
      onSort={onSort}
      columns={[
        { header: 'Name', sortKey: 'name', cell: (r) => <Link to={`/orgs/${orgId}/racks/${r.id}`}>{r.name}</Link> },
        { header: 'Location', cell: (r) => (r.locationId ? locationNames.get(r.locationId) : null) },
        { header: 'Height', className: 'text-nowrap', cell: (r) => `${Number(r.heightU)} U` },
        { header: 'Used', cell: (r) => <UsageBar usedU={r.usedU} heightU={r.heightU} /> },
        { header: 'Notes', className: 'text-break small', cell: (r) => r.notes },
      ]}
    />
  );
}
