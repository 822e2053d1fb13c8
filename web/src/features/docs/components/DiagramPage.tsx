import { useState } from 'react';
import { Link, useParams } from 'react-router';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { DeleteRecordDialog } from '../../../components/ConfirmDialog';
import { CopyButton } from '../../../components/CopyButton';
import { FlashAlert } from '../../../components/FlashAlert';
import { RelativeTime } from '../../../components/RelativeTime';
import { PageHeader, type Crumb } from '../../../components/PageHeader';
import { useFlash } from '../../../lib/useFlash';
import { useDeleteDiagram } from '../api/useDeleteDiagram';
import { diagramEmbedMarkdown } from '../diagrams';
import { diagramPath, diagramsPath, useDocsScope } from '../docsScope';
import type { Diagram } from '../types';
import { useArticleCrumbs } from './ArticlePage';
import { DiagramImage } from './DiagramImage';
import { DiagramQuery } from './DiagramQuery';
import { DocActions } from './RevisionColumns';
import './prose.css';

/**
 * `…/diagrams/:diagramId` (DocsScope): a diagram's picture, the assets its shapes link to (a client's knowledge base
 * only: the MSP knowledge base has no assets) and how to embed it.
 */
export function DiagramPage() {
  const { diagramId = '' } = useParams();
  return <DiagramQuery diagramId={diagramId}>{(data) => <DiagramView key={data.id} diagram={data} />}</DiagramQuery>;
}

/** Organisations / client / Docs (or the MSP knowledge base) / Diagrams / folders down to the diagram's. */
export function useDiagramCrumbs(folderId: string | null | undefined, ...more: Crumb[]) {
  const scope = useDocsScope();
  return useArticleCrumbs(folderId, { to: diagramsPath(scope), label: 'Diagrams' }, ...more);
}

function DiagramView({ diagram }: { diagram: Diagram }) {
  const scope = useDocsScope();
  const { orgId } = scope;
  const canWrite = scope.can('docs.write');
  const canSeeAssets = scope.can('assets.read');
  const remove = useDeleteDiagram();
  const [deleting, setDeleting] = useState(false);
  const [flash, setFlash] = useFlash();
  const base = diagramPath(scope, diagram.id);
  const crumbs = useDiagramCrumbs(diagram.folderId);
  const embed = diagramEmbedMarkdown(diagram.name, diagram.id);

  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={diagram.name}
        orgId={scope.tabsOrgId}
        subtitle={
          <>
            Revision {diagram.revision} · updated <RelativeTime value={diagram.updatedAt} />
          </>
        }
        actions={<DocActions base={base} canWrite={canWrite} onDelete={() => setDeleting(true)} />}
      />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />
      <Row>
        <Col lg={8} className="mb-4">
          <figure className="diagram-canvas border rounded p-3 mb-0" aria-label="Diagram">
            <DiagramImage orgId={orgId} diagramId={diagram.id} etag={diagram.etag} alt={diagram.name} />
          </figure>
        </Col>
        <Col lg={4}>
          {scope.kind === 'org' && (
          <section aria-labelledby="diagram-assets" className="border rounded p-3 mb-3">
            <h2 id="diagram-assets" className="h6 mb-2">
              Linked assets
            </h2>
            {diagram.linkedAssets.length > 0 ? (
              <ul className="list-unstyled mb-0" aria-label="Assets the shapes link to">
                {diagram.linkedAssets.map((asset) => (
                  <li key={asset.id} className="mb-1 text-break">
                    <Link to={`/orgs/${orgId}/assets/${asset.id}`}>{asset.name}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="small text-body-secondary mb-0">
                {diagram.assetIds.length > 0 && !canSeeAssets
                  ? `Shapes link to ${diagram.assetIds.length} asset(s) you cannot see.`
                  : 'No shape links to an asset. In the editor, give a shape the link clientstor:asset/<asset id> (Edit Link).'}
              </p>
            )}
          </section>
          )}
          <section aria-labelledby="diagram-embed" className="border rounded p-3 mb-3">
            <h2 id="diagram-embed" className="h6 mb-2">
              Embed in an article
            </h2>
            <p className="small text-body-secondary mb-2">Paste this into an article’s text, or use “Insert diagram” in the article editor.</p>
            <div className="d-flex align-items-start gap-2">
              <code className="diagram-embed-code text-break flex-grow-1">{embed}</code>
              <CopyButton what="Embed Markdown" label="Copy the embed Markdown" getValue={() => embed} text={null} />
            </div>
          </section>
        </Col>
      </Row>
      <DeleteRecordDialog
        record={deleting ? diagram : null}
        noun="diagram"
        mutation={remove}
        variables={(d) => ({ orgId, diagramId: d.id, etag: d.etag })}
        backTo={diagramsPath(scope)}
        onClose={() => setDeleting(false)}
      >
        Delete “{diagram.name}” with its {diagram.revision} revision(s)? Articles embedding it will show a missing picture.
      </DeleteRecordDialog>
    </>
  );
}
