import { Link } from 'react-router';
import { DataTable, none, type Column } from '../../../components/DataTable';
import { RelativeTime } from '../../../components/RelativeTime';
import type { DiagramSummary } from '../types';
import { Icon } from './Icons';

function diagramColumns(orgId: string): Column<DiagramSummary>[] {
  return [
    {
      header: 'Name',
      sortKey: 'name',
      className: 'text-break',
      cell: (d) => (
        <Link to={`/orgs/${orgId}/docs/diagrams/${d.id}`} className="fw-semibold d-inline-flex align-items-center gap-1">
          <Icon name="diagram" size={14} /> {d.name}
        </Link>
      ),
    },
    { header: 'Linked assets', className: 'text-end', headerClassName: 'text-end', cell: (d) => (d.assetCount > 0 ? d.assetCount : none) },
    { header: 'Revision', className: 'text-end', headerClassName: 'text-end', cell: (d) => d.revision },
    { header: 'Updated', sortKey: 'updatedAt', className: 'text-nowrap', cell: (d) => <RelativeTime value={d.updatedAt} /> },
  ];
}

export interface DiagramsTableProps {
  orgId: string;
  diagrams: readonly DiagramSummary[];
  busy: boolean;
  sort: string;
  onSort: (sort: string) => void;
}

export function DiagramsTable({ orgId, diagrams, ...table }: DiagramsTableProps) {
  return <DataTable label="Diagrams" rows={diagrams} rowKey={(d) => d.id} columns={diagramColumns(orgId)} {...table} />;
}
