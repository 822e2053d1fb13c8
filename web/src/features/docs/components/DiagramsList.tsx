import { Link } from 'react-router';
import { FilterBar } from '../../../components/FilterBar';
import { ListFilters } from '../../../components/FormFields';
import { EmptyState } from '../../../components/Loading';
import { PagedList } from '../../../components/QueryState';
import { useCursorStack } from '../../../lib/cursorStack';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useSortParam } from '../../../lib/useSortParam';
import { useDiagrams } from '../api/useDiagrams';
import { diagramSorts, type FolderChoice } from '../types';
import { DiagramsTable } from './DiagramsTable';
import { Icon } from './Icons';

const PAGE_SIZE = 50;

/** Where "New diagram" goes: the editor of a new diagram in the knowledge base (`basePath`, DocsScope), in the folder shown. */
export function newDiagramHref(basePath: string, folder: FolderChoice): string {
  return `${basePath}/diagrams/new${folder.kind === 'folder' ? `?folder=${encodeURIComponent(folder.id)}` : ''}`;
}

export function NewDiagramLink({ basePath, folder }: { basePath: string; folder: FolderChoice }) {
  return (
    <Link to={newDiagramHref(basePath, folder)} className="btn btn-primary d-inline-flex align-items-center gap-1">
      <Icon name="plus" /> New diagram
    </Link>
  );
}

export interface DiagramsListProps {
  /** The knowledge base's API organisation and pages (DocsScope). */
  orgId: string;
  basePath: string;
  /** Its linked-assets column: a client's knowledge base only (the MSP's has no assets). */
  assets: boolean;
  folder: FolderChoice;
  folderParam: string;
  canWrite: boolean;
}

/** The Docs page's diagram list: the chosen folder's diagrams, searched by name and shape labels. */
export function DiagramsList({ orgId, basePath, assets, folder, folderParam, canWrite }: DiagramsListProps) {
  const [search, setSearch, q] = useDebouncedParam('q');
  const [sort, setSort] = useSortParam(diagramSorts);
  const paging = useCursorStack(JSON.stringify([orgId, 'diagrams', q, folderParam, sort]));
  const diagrams = useDiagrams(orgId, { q, folder, sort, cursor: paging.cursor, limit: PAGE_SIZE });
  const searchBox = { id: 'diagrams-search', label: 'Search diagrams', placeholder: 'Search names and shape labels', value: search, onChange: setSearch };
  const sortSelect = { id: 'diagrams-sort', label: 'Sort diagrams by', sorts: diagramSorts, value: sort, onChange: setSort };
  const empty = q ? (
    'No diagrams match your search.'
  ) : (
    <EmptyState>
      <p className="mb-3">{folder.kind === 'all' ? 'The knowledge base has no diagrams yet.' : 'This folder has no diagrams yet.'}</p>
      {canWrite ? <NewDiagramLink basePath={basePath} folder={folder} /> : <p className="small mb-0">Drawing diagrams needs the “docs.write” permission.</p>}
    </EmptyState>
  );
  return (
    <>
      <FilterBar list="diagrams" active={q ? 1 : 0}>
        <ListFilters label="Filter diagrams" search={searchBox} sort={sortSelect} />
      </FilterBar>
      <PagedList query={diagrams} paging={paging} what="diagrams" pageSize={PAGE_SIZE} inOrg empty={empty}>
        {(items, busy) => <DiagramsTable basePath={basePath} assets={assets} diagrams={items} busy={busy} sort={sort} onSort={setSort} />}
      </PagedList>
    </>
  );
}
