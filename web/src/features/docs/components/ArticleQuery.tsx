import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { useArticle } from '../api/useArticle';
import type { Article } from '../types';

/** The article of the route, with its loading and error states (gone, or not the reader's: 404). */
export function ArticleQuery({ orgId, articleId, children }: { orgId: string; articleId: string; children: (article: Article) => ReactNode }) {
  const article = useArticle(orgId, articleId);
  const back = <Link to={`/orgs/${orgId}/docs`}>Back to the knowledge base</Link>;
  return (
    <QueryState query={article} what="the article" notFound="This article does not exist or you cannot access it." errorFooter={back}>
      {children}
    </QueryState>
  );
}
