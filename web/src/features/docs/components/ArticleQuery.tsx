import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { useArticle } from '../api/useArticle';
import { useDocsScope } from '../docsScope';
import type { Article } from '../types';

/** The article of the route in the page's knowledge base, with its loading and error states (gone, or not the reader's: 404). */
export function ArticleQuery({ articleId, children }: { articleId: string; children: (article: Article) => ReactNode }) {
  const { orgId, basePath } = useDocsScope();
  const article = useArticle(orgId, articleId);
  const back = <Link to={basePath}>Back to the knowledge base</Link>;
  return (
    <QueryState query={article} what="the article" notFound="This article does not exist or you cannot access it." errorFooter={back}>
      {children}
    </QueryState>
  );
}
