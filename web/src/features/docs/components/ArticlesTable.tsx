import type { ReactNode } from 'react';
import { Link } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import { none, type Column } from '../../../components/DataTable';
import { RelativeTime } from '../../../components/RelativeTime';
import { ResponsiveTable, type RowCard } from '../../../components/ResponsiveTable';
import { TagButtons } from '../../../components/TagButtons';
import type { ArticleSummary } from '../types';

/** The title linking to the article (a template is marked). */
function ArticleTitle({ basePath, article: a }: { basePath: string; article: ArticleSummary }) {
  return (
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
}

/** The list's columns: title, tags that filter the list, revision, last update. */
function articleColumns(basePath: string, onTag: (tag: string) => void): Column<ArticleSummary>[] {
  return [
    { header: 'Title', sortKey: 'title', className: 'text-break', cell: (a) => <ArticleTitle basePath={basePath} article={a} /> },
    { header: 'Tags', cell: (a) => (a.tags.length > 0 ? <TagButtons tags={a.tags} onTag={onTag} /> : none) },
    { header: 'Revision', className: 'text-end', headerClassName: 'text-end', cell: (a) => a.revision },
    { header: 'Updated', sortKey: 'updatedAt', className: 'text-nowrap', cell: (a) => <RelativeTime value={a.updatedAt} /> },
  ];
}

/** On a phone, a card per article: four columns would break its title letter by letter. */
function articleCard(basePath: string, onTag: (tag: string) => void) {
  return (a: ArticleSummary): RowCard => {
    const updated: [string, ReactNode] = ['Updated', <><RelativeTime value={a.updatedAt} /> · revision {a.revision}</>];
    return {
      title: <ArticleTitle basePath={basePath} article={a} />,
      details: a.tags.length > 0 ? [['Tags', <TagButtons tags={a.tags} onTag={onTag} />], updated] : [updated],
    };
  };
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
  return (
    <ResponsiveTable label="Articles" rows={articles} rowKey={(a) => a.id} columns={articleColumns(basePath, onTag)} card={articleCard(basePath, onTag)} {...table} />
  );
}
