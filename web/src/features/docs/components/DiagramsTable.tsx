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
        <Link to={`/orgs/${orgId}/docs/diagrams/${d.id}`} className="fw-semibold">
          <Icon name="diagram" size={14} className="me-1 align-baseline" />
          {d.name}
        </Link>
      ),
    },
    { header: 'Linked assets', className: 'text-end d-none d-sm-table-cell', headerClassName: 'text-end d-none d-sm-table-cell', cell: (d) => (d.assetCount > 0 ? d.assetCount : none) },
    { header: 'Revision', className: 'text-end d-none d-sm-table-cell', headerClassName: 'text-end d-none d-sm-table-cell', cell: (d) => d.revision },
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
