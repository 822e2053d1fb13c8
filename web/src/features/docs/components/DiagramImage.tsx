import Spinner from 'react-bootstrap/Spinner';
import { errorMessage } from '../../../lib/problem';
import { useDiagramPreview } from '../api/useDiagramPreview';

export interface DiagramImageProps {
  orgId: string;
  diagramId: string;
  /** The diagram's etag: a new one fetches the new picture. */
  etag?: string;
  /** A revision's preview instead of the current one. */
  revision?: number | null;
  alt: string;
  className?: string;
}

/**
 * A diagram's SVG preview, shown only as an image: fetched with the reader's token into a blob: URL for an `<img>`,
 * where nothing an SVG holds (script, event handlers, links) runs. Never put into the page's DOM as markup.
 */
export function DiagramImage({ orgId, diagramId, etag, revision = null, alt, className = '' }: DiagramImageProps) {
  const preview = useDiagramPreview(orgId, diagramId, { revision, etag });
  if (preview.isError) return <span className="diagram-image-error small text-danger">Could not load the diagram{alt && ` “${alt}”`}: {errorMessage(preview.error)}</span>;
  if (!preview.url)
    return (
      <span className="diagram-image-loading d-inline-flex align-items-center gap-2 small text-body-secondary">
        <Spinner animation="border" size="sm" role="status" aria-hidden="true" /> Loading diagram…
      </span>
    );
  return <img src={preview.url} alt={alt} className={`diagram-image ${className}`} />;
}
