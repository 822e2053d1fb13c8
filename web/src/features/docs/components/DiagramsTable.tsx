import { Link } from 'react-router';
import { DataTable, none, type Column } from '../../../components/DataTable';
import { RelativeTime } from '../../../components/RelativeTime';
import type { DiagramSummary } from '../types';
import { Icon } from './Icons';

function diagramColumns(basePath: string, assets: boolean): (Column<DiagramSummary> | false)[] {
  return [
    {
      header: 'Name',
      sortKey: 'name',
      className: 'text-break',
      cell: (d) => (
        <Link to={`${basePath}/diagrams/${d.id}`} className="fw-semibold">
          <Icon name="diagram" size={14} className="me-1 align-baseline" />
          {d.name}
        </Link>
      ),
    },
    assets && { header: 'Linked assets', className: 'text-end d-none d-sm-table-cell', headerClassName: 'text-end d-none d-sm-table-cell', cell: (d) => (d.assetCount > 0 ? d.assetCount : none) },
    { header: 'Revision', className: 'text-end d-none d-sm-table-cell', headerClassName: 'text-end d-none d-sm-table-cell', cell: (d) => d.revision },
    { header: 'Updated', sortKey: 'updatedAt', className: 'text-nowrap', cell: (d) => <RelativeTime value={d.updatedAt} /> },
  ];
}

export interface DiagramsTableProps {
  /** The knowledge base's pages (DocsScope.basePath). */
  basePath: string;
  /** With the linked-assets column (not in the MSP knowledge base, which has no assets). */
  assets: boolean;
  diagrams: readonly DiagramSummary[];
  busy: boolean;
  sort: string;
  onSort: (sort: string) => void;
}

export function DiagramsTable({ basePath, assets, diagrams, ...table }: DiagramsTableProps) {
  return <DataTable label="Diagrams" rows={diagrams} rowKey={(d) => d.id} columns={diagramColumns(basePath, assets)} {...table} />;
}
