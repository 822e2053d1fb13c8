import { Link } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import { DataTable, none, type Column } from '../../../components/DataTable';
import { RelativeTime } from '../../../components/RelativeTime';
import { TagButtons } from '../../../components/TagButtons';
import type { ArticleSummary } from '../types';

/** The list's columns: title (a template is marked), tags that filter the list, revision, last update. */
function articleColumns(basePath: string, onTag: (tag: string) => void): Column<ArticleSummary>[] {
  const title = (a: ArticleSummary) => (
    <>
      <Link to={`${basePath}/articles/${a.id}`} className="fw-semibold">
        {a.title}
      </Link>
      {a.isTemplate && (
        <Badge bg="info" text="dark" className="ms-2">
          Template
        </Badge>
      )}
    </>
  );
  return [
    { header: 'Title', sortKey: 'title', className: 'text-break', cell: title },
    { header: 'Tags', cell: (a) => (a.tags.length > 0 ? <TagButtons tags={a.tags} onTag={onTag} /> : none) },
    { header: 'Revision', className: 'text-end', headerClassName: 'text-end', cell: (a) => a.revision },
    { header: 'Updated', sortKey: 'updatedAt', className: 'text-nowrap', cell: (a) => <RelativeTime value={a.updatedAt} /> },
  ];
}

export interface ArticlesTableProps {
  /** The knowledge base's pages (DocsScope.basePath). */
  basePath: string;
  articles: readonly ArticleSummary[];
  busy: boolean;
  onTag: (tag: string) => void;
  sort: string;
  onSort: (sort: string) => void;
}

export function ArticlesTable({ basePath, articles, onTag, ...table }: ArticlesTableProps) {
  return <DataTable label="Articles" rows={articles} rowKey={(a) => a.id} columns={articleColumns(basePath, onTag)} {...table} />;
}
