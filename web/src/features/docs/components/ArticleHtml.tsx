import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import { useNavigate } from 'react-router';
import { inAppPath, labelTaskLists, rebaseArticleLinks } from '../articleLinks';
import { embeddedDiagramId } from '../diagrams';
import { useDocsScope } from '../docsScope';
import { DiagramImage } from './DiagramImage';
import './prose.css';

export interface ArticleHtmlProps {
  /** HTML the server rendered and sanitised (an article, a revision, a preview). */
  html: string;
  /** Names the region for screen readers ("Article", "Preview"). */
  label: string;
  className?: string;
  id?: string;
}

interface DiagramEmbed {
  anchor: Element;
  diagramId: string;
  caption: string;
}

/**
 * An article's body as the server rendered it. The HTML is sanitised by the API (its contract: scripts, event
 * handlers, javascript: and data: URLs never reach here), so it goes in as it is; links to other articles open
 * inside the SPA instead of reloading the page. An embedded diagram (`![caption](diagram:<id>)`, rendered as a
 * `diagram-embed` link to it) shows its preview image inside that link. Links stay under the page's knowledge base
 * (DocsScope).
 */
export function ArticleHtml({ html, label, className = '', id }: ArticleHtmlProps) {
  const navigate = useNavigate();
  const { orgId, basePath } = useDocsScope();
  const labelled = useMemo(() => labelTaskLists(rebaseArticleLinks(html, `/orgs/${orgId}/docs`, basePath)), [html, orgId, basePath]);
  const container = useRef<HTMLDivElement>(null);
  const [embeds, setEmbeds] = useState<DiagramEmbed[]>([]);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const found: DiagramEmbed[] = [];
    for (const anchor of root.querySelectorAll('a.diagram-embed')) {
      const diagramId = embeddedDiagramId(anchor.getAttribute('href'), basePath);
      if (!diagramId) continue;
      // The caption is kept on the link: in development React runs this effect twice, the second time on the emptied link.
      const caption = anchor.getAttribute('data-caption') ?? anchor.textContent?.trim() ?? '';
      anchor.setAttribute('data-caption', caption);
      anchor.textContent = '';
      found.push({ anchor, diagramId, caption });
    }
    // The embeds live in markup React does not own: they are found after it is in the page, then filled by portals.
    setEmbeds(found);
  }, [labelled, basePath]);

  function onClick(event: MouseEvent<HTMLDivElement>) {
    const path = inAppPath(event, window.location);
    if (path === null) return;
    event.preventDefault();
    void navigate(path);
  }
  return (
    <>
      {/* The click handler only routes clicks on the links inside (Enter on a link clicks it too). */}
      <div ref={container} id={id} role="region" aria-label={label} className={`article-prose ${className}`} onClick={onClick}
        dangerouslySetInnerHTML={{ __html: labelled }} />
      {embeds.map((embed, i) =>
        createPortal(
          <span className="diagram-embed-figure">
            <DiagramImage orgId={orgId} diagramId={embed.diagramId} alt={embed.caption ? '' : 'Diagram'} />
            {embed.caption && <span className="diagram-embed-caption">{embed.caption}</span>}
          </span>,
          embed.anchor,
          `${embed.diagramId}-${i}`,
        ),
      )}
    </>
  );
}
