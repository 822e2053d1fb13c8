import { useState } from 'react';
import { Link, useParams } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { DeleteRecordDialog } from '../../../components/ConfirmDialog';
import { FlashAlert } from '../../../components/FlashAlert';
import { PageHeader, type Crumb } from '../../../components/PageHeader';
import { RelativeTime } from '../../../components/RelativeTime';
import { AttachmentsPanel } from '../../../entities/attachment/AttachmentsPanel';
import { useFlash } from '../../../lib/useFlash';
import { useDeleteArticle } from '../api/useDeleteArticle';
import { useDocFolders } from '../api/useDocFolders';
import { useRevisions } from '../api/useRevisions';
import { articlePath, useDocsScope } from '../docsScope';
import { folderPath } from '../folderTree';
import type { Article } from '../types';
import { ArticleHtml } from './ArticleHtml';
import { ArticleQuery } from './ArticleQuery';
import { Icon } from './Icons';
import { DocActions } from './RevisionColumns';
import { LinkedItemsPanel } from './LinkedItemsPanel';
import { MoveArticleDialog } from './MoveArticleDialog';
import { PendingReviewBanner } from './PendingReviewBanner';

/** `…/articles/:articleId` (DocsScope): an article as readers see it. */
export function ArticlePage() {
  const { orgId } = useDocsScope();
  const { articleId = '' } = useParams();
  return (
    <ArticleQuery articleId={articleId}>
      {(data) => <ArticleView key={data.id} orgId={orgId} article={data} />}
    </ArticleQuery>
  );
}

/** Organisations / client / Docs (or the MSP knowledge base) / each folder down to the article's. */
export function useArticleCrumbs(folderId: string | null | undefined, ...more: Crumb[]): Crumb[] {
  const scope = useDocsScope();
  const folders = useDocFolders(scope.orgId).data ?? [];
  const docs = scope.basePath;
  return scope.crumbs(
    scope.home,
    ...folderPath(folders, folderId).map((f) => ({ to: `${docs}?folder=${encodeURIComponent(f.id)}`, label: f.name })),
    ...more,
  );
}

function ArticleView({ orgId, article }: { orgId: string; article: Article }) {
  const scope = useDocsScope();
  const canWrite = scope.can('docs.write');
  const remove = useDeleteArticle();
  const [deleting, setDeleting] = useState(false);
  const [moving, setMoving] = useState(false);
  const [flash, setFlash] = useFlash();
  const base = articlePath(scope, article.id);
  const latest = useRevisions(orgId, article.id, null).data?.items[0];
  const author = latest?.number === article.revision ? latest.authorName : undefined;
  const crumbs = useArticleCrumbs(article.folderId);

  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={article.title}
        orgId={scope.tabsOrgId}
        badges={article.isTemplate && <Badge bg="info" text="dark">Template</Badge>}
        subtitle={
          <>
            Revision {article.revision} · updated <RelativeTime value={article.updatedAt} />
            {author && <> by {author}</>}
          </>
        }
        actions={
          <DocActions base={base} canWrite={canWrite} onDelete={() => setDeleting(true)}
            extra={canWrite && (
              <Button variant="outline-secondary" className="d-inline-flex align-items-center gap-1" onClick={() => setMoving(true)}>
                <Icon name="folder" /> Move…
              </Button>
            )} />
        }
      />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />
      <PendingReviewBanner article={article} />
      {article.tags.length > 0 && (
        <ul className="list-inline mb-3" aria-label="Tags">
          {article.tags.map((tag) => (
            <li key={tag} className="list-inline-item">
              <Link to={`${scope.basePath}?${new URLSearchParams({ tag })}`} className="text-decoration-none" aria-label={`Articles tagged ${tag}`}>
                <Badge bg="secondary">{tag}</Badge>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Row>
        <Col lg={8} className="mb-4">
          {article.body.trim() ? (
            <ArticleHtml html={article.html} label="Article" />
          ) : (
            <p className="text-body-secondary">This article is empty.{canWrite && <> <Link to={`${base}/edit`}>Write it</Link>.</>}</p>
          )}
          <div className="mt-4">
            <AttachmentsPanel parent={{ type: 'article', orgId, id: article.id }} can={scope.can} />
          </div>
        </Col>
        <Col lg={4}>
          <LinkedItemsPanel orgId={orgId} article={article} />
        </Col>
      </Row>
      {moving && (
        <MoveArticleDialog orgId={orgId} article={article} onClose={() => setMoving(false)}
          onMoved={(folder) => {
            setMoving(false);
            setFlash(folder ? `Moved to “${folder}”.` : 'Moved out of its folder: the article is unfiled now.');
          }} />
      )}
      <DeleteRecordDialog
        record={deleting ? { ...article, name: article.title } : null}
        noun="article"
        mutation={remove}
        variables={(a) => ({ orgId, articleId: a.id, etag: a.etag })}
        backTo={scope.basePath}
        onClose={() => setDeleting(false)}
      >
        Delete <strong>{article.title}</strong> with all its {article.revision} revision{article.revision === 1 ? '' : 's'}? This cannot be undone.
      </DeleteRecordDialog>
    </>
  );
}
