import { useMemo, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { inAppPath, labelTaskLists, rebaseArticleLinks } from '../articleLinks';
import { useDocsScope } from '../docsScope';
import './prose.css';

export interface ArticleHtmlProps {
  /** HTML the server rendered and sanitised (an article, a revision, a preview). */
  html: string;
  /** Names the region for screen readers ("Article", "Preview"). */
  label: string;
  className?: string;
  id?: string;
}

/**
 * An article's body as the server rendered it. The HTML is sanitised by the API (its contract: scripts, event
 * handlers, javascript: and data: URLs never reach here), so it goes in as it is; links to other articles open
 * inside the SPA instead of reloading the page, under the page's knowledge base (DocsScope).
 */
export function ArticleHtml({ html, label, className = '', id }: ArticleHtmlProps) {
  const navigate = useNavigate();
  const { orgId, basePath } = useDocsScope();
  const labelled = useMemo(() => labelTaskLists(rebaseArticleLinks(html, `/orgs/${orgId}/docs`, basePath)), [html, orgId, basePath]);
  function onClick(event: MouseEvent<HTMLDivElement>) {
    const path = inAppPath(event, window.location);
    if (path === null) return;
    event.preventDefault();
    void navigate(path);
  }
  return (
    // The click handler only routes clicks on the links inside (Enter on a link clicks it too).
    <div id={id} role="region" aria-label={label} className={`article-prose ${className}`} onClick={onClick} dangerouslySetInnerHTML={{ __html: labelled }} />
  );
}
