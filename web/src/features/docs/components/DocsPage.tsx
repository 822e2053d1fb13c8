import { Link, useSearchParams } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import Col from 'react-bootstrap/Col';
import Nav from 'react-bootstrap/Nav';
import Row from 'react-bootstrap/Row';
import { FilterBar } from '../../../components/FilterBar';
import { FlashAlert } from '../../../components/FlashAlert';
import { ListFilters, SearchField } from '../../../components/FormFields';
import { EmptyState } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { KNOWLEDGE_BASE_PATH, useKnownKnowledgeBase } from '../../../entities/knowledgeBase/useKnowledgeBase';
import { useOrg } from '../../../entities/org/useOrg';
import { PagedList } from '../../../components/QueryState';
import { useCursorStack } from '../../../lib/cursorStack';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useFlash } from '../../../lib/useFlash';
import { useSetSearchParam } from '../../../lib/useSetSearchParam';
import { useSortParam } from '../../../lib/useSortParam';
import { useArticles } from '../api/useArticles';
import { useReviewCount } from '../api/useReviews';
import { useDocsScope, type DocsScope } from '../docsScope';
import { folderFromParam, folderToParam } from '../folderParam';
import { articleSorts } from '../types';
import { ArticlesTable } from './ArticlesTable';
import { DiagramsList, NewDiagramLink } from './DiagramsList';
import { DocFolderTree } from './DocFolderTree';
import { FloorPlansList, NewFloorPlanLink } from './FloorPlansList';
import { Icon } from './Icons';

const PAGE_SIZE = 50;

/** `/orgs/:orgId/docs` or `/kb`: a knowledge base, folders on the left and the chosen folder's articles or (`?view=diagrams`) diagrams. */
export function DocsPage() {
  const scope = useDocsScope();
  const { orgId, basePath } = scope;
  const [searchParams] = useSearchParams();
  const folderParam = searchParams.get('folder') ?? '';
  const folder = folderFromParam(folderParam);
  const view = searchParams.get('view');
  const diagrams = view === 'diagrams';
  // Floor plans are a client's (the MSP knowledge base has no sites or assets to pin).
  const floorPlans = scope.kind === 'org' && view === 'floor-plans';
  const [search, setSearch, q] = useDebouncedParam('q');
  const [tagInput, setTagInput, tag] = useDebouncedParam('tag');
  const [sort, setSort] = useSortParam(articleSorts);
  const setParam = useSetSearchParam();
  const canWrite = scope.can('docs.write');
  const [flash, setFlash] = useFlash();
  const paging = useCursorStack(JSON.stringify([orgId, q, folderParam, tag, sort]));
  const articles = useArticles(orgId, { q, folder, tag, sort, cursor: paging.cursor, limit: PAGE_SIZE }, !diagrams && !floorPlans);
  const newHref = `${basePath}/new${folder.kind === 'folder' ? `?folder=${encodeURIComponent(folder.id)}` : ''}`;
  const newLink = (
    <Link to={newHref} className="btn btn-primary d-inline-flex align-items-center gap-1">
      <Icon name="plus" /> New article
    </Link>
  );
  // Switching between articles and diagrams keeps the folder (floor plans are in none); the search and sort belong to one list.
  function viewHref(to: 'articles' | 'diagrams' | 'floor-plans'): string {
    const next = new URLSearchParams(folderParam && to !== 'floor-plans' ? { folder: folderParam } : {});
    if (to !== 'articles') next.set('view', to);
    const query = next.toString();
    return `${basePath}${query ? `?${query}` : ''}`;
  }
  const searchBox = { id: 'docs-search', label: 'Search articles', placeholder: 'Search titles and text', value: search, onChange: setSearch };
  const sortSelect = { id: 'docs-sort', label: 'Sort articles by', sorts: articleSorts, value: sort, onChange: setSort };
  const empty =
    q || tag ? (
      'No articles match your filters.'
    ) : (
      <EmptyState>
        <p className="mb-3">{folder.kind === 'all' ? 'The knowledge base has no articles yet.' : 'This folder has no articles yet.'}</p>
        {canWrite ? newLink : <p className="small mb-0">Writing articles needs the “docs.write” permission.</p>}
      </EmptyState>
    );

  return (
    <>
      <PageHeader crumbs={scope.kind === 'org' ? scope.crumbs() : undefined} title={scope.title} orgId={scope.tabsOrgId}
        subtitle={scope.kind === 'kb' ? `${diagrams ? 'Diagrams' : 'Articles'} shared by every client: ${diagrams ? 'standard layouts and flows' : 'procedures, standards and how-tos'}.` : undefined}
        actions={
          <>
            <ReviewsLink scope={scope} />
            {canWrite && (floorPlans ? <NewFloorPlanLink orgId={orgId} /> : diagrams ? <NewDiagramLink basePath={basePath} folder={folder} /> : newLink)}
          </>
        } />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />
      <Row>
        {!floorPlans && (
        <Col md={4} lg={3} className="mb-4">
          <DocFolderTree orgId={orgId} selected={folder} onSelect={(choice) => setParam('folder', folderToParam(choice))} canWrite={canWrite}
            content={diagrams ? 'diagrams' : 'articles'} />
          {scope.kind === 'org' && <KnowledgeBaseCard />}
        </Col>
        )}
        <Col md={floorPlans ? 12 : 8} lg={floorPlans ? 12 : 9}>
          <Nav as="nav" variant="tabs" className="mb-3" aria-label="Knowledge base content">
            <Nav.Item>
              <Nav.Link as={Link} to={viewHref('articles')} active={!view} aria-current={view ? undefined : 'page'}>
                Articles
              </Nav.Link>
            </Nav.Item>
            <Nav.Item>
              <Nav.Link as={Link} to={viewHref('diagrams')} active={diagrams} aria-current={diagrams ? 'page' : undefined}>
                Diagrams
              </Nav.Link>
            </Nav.Item>
            {scope.kind === 'org' && (
              <Nav.Item>
                <Nav.Link as={Link} to={viewHref('floor-plans')} active={floorPlans} aria-current={floorPlans ? 'page' : undefined}>
                  Floor plans
                </Nav.Link>
              </Nav.Item>
            )}
          </Nav>
          {floorPlans ? (
            <FloorPlansList orgId={orgId} canWrite={canWrite} />
          ) : diagrams ? (
            <DiagramsList orgId={orgId} basePath={basePath} assets={scope.kind === 'org'} folder={folder} folderParam={folderParam} canWrite={canWrite} />
          ) : (
            <>
              <FilterBar list="docs" active={[q, tag].filter(Boolean).length}>
                <ListFilters label="Filter articles" search={searchBox} sort={sortSelect}>
                  <SearchField id="docs-tag" label="Filter by tag" placeholder="Tag" value={tagInput} onChange={setTagInput} />
                </ListFilters>
              </FilterBar>
              <PagedList query={articles} paging={paging} what="articles" pageSize={PAGE_SIZE} inOrg empty={empty}>
                {(items, busy) => <ArticlesTable basePath={basePath} articles={items} busy={busy} onTag={setTagInput} sort={sort} onSort={setSort} />}
              </PagedList>
            </>
          )}
        </Col>
      </Row>
    </>
  );
}

/** "Reviews" with the number of changes waiting, where the organisation requires review or changes still wait. */
function ReviewsLink({ scope: { kind, orgId, basePath } }: { scope: DocsScope }) {
  // The MSP knowledge base has no organisation settings (GET /orgs/{id} answers 404 for it): only waiting changes show.
  const required = useOrg(orgId, kind === 'org').data?.docsReviewRequired === true;
  const waiting = useReviewCount(orgId).data;
  if (!required && !waiting?.count) return null;
  const count = waiting ? `${waiting.count}${waiting.more ? '+' : ''}` : null;
  return (
    <Link to={`${basePath}/reviews`} className="btn btn-outline-secondary d-inline-flex align-items-center gap-2">
      Reviews
      {count !== null && (
        <Badge bg={waiting?.count ? 'warning' : 'secondary'} text={waiting?.count ? 'dark' : undefined} pill>
          {count}
          <span className="visually-hidden"> waiting</span>
        </Badge>
      )}
    </Link>
  );
}

/** Beside a client's folders: the way to the articles every client shares, for those who may read them. */
function KnowledgeBaseCard() {
  const kb = useKnownKnowledgeBase();
  if (!kb) return null;
  return (
    <nav aria-label={kb.name} className="border rounded p-3 mt-3 small">
      <Link to={KNOWLEDGE_BASE_PATH} className="fw-semibold d-inline-flex align-items-center gap-1">
        <Icon name="book" size={14} /> {kb.name}
      </Link>
      <p className="text-body-secondary mb-0 mt-1">Procedures and how-tos shared by every client.</p>
    </nav>
  );
}
