import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { itemHref } from '../../../entities/favourite/itemHref';
import { useDocsScope } from '../docsScope';
import type { Article, LinkedItem } from '../types';

const groups = [
  { type: 'asset', title: 'Assets' },
  { type: 'credential', title: 'Credentials' },
  { type: 'contact', title: 'Contacts' },
] as const;

/** Where a linked item opens: an article in this knowledge base (`basePath`), anything else where a favourite of it would (a contact has no page of its own). */
export function linkedItemHref(orgId: string, basePath: string, item: LinkedItem): string {
  return item.type === 'article' ? `${basePath}/articles/${item.id}` : itemHref({ type: item.type, id: item.id, orgId, title: item.name });
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="border rounded p-3 mb-3">
      <h2 id={id} className="h6 mb-2">
        {title}
      </h2>
      {children}
    </section>
  );
}

function ItemList({ orgId, items, label }: { orgId: string; items: readonly LinkedItem[]; label: string }) {
  const { basePath } = useDocsScope();
  return (
    <ul className="list-unstyled mb-0" aria-label={label}>
      {items.map((item) => (
        <li key={`${item.type}-${item.id}`} className="mb-1 text-break">
          <Link to={linkedItemHref(orgId, basePath, item)}>{item.name}</Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * Beside an article: the assets, credentials and contacts it is about (those the reader may see), and the articles
 * that link to it. On the right of the article, or under it on a narrow screen.
 */
export function LinkedItemsPanel({ orgId, article }: { orgId: string; article: Article }) {
  const present = groups.filter((g) => article.linkedItems.some((i) => i.type === g.type));
  // The MSP knowledge base holds no assets, credentials or contacts to link.
  const linkable = useDocsScope().kind === 'org' || present.length > 0;
  return (
    <aside aria-label="Linked items">
      {linkable && (
        <Section id="article-linked-items" title="Linked items">
          {present.length === 0 ? (
            <p className="small text-body-secondary mb-0">This article is not linked to any asset, credential or contact.</p>
          ) : (
            present.map((g) => (
              <div key={g.type} className="mb-2">
                <h3 className="small text-body-secondary text-uppercase mb-1">{g.title}</h3>
                <ItemList orgId={orgId} items={article.linkedItems.filter((i) => i.type === g.type)} label={`Linked ${g.title.toLowerCase()}`} />
              </div>
            ))
          )}
        </Section>
      )}
      <Section id="article-linked-from" title="Linked from">
        {article.linkedFrom.length === 0 ? (
          <p className="small text-body-secondary mb-0">No other article links here.</p>
        ) : (
          <ItemList orgId={orgId} items={article.linkedFrom} label="Articles linking here" />
        )}
      </Section>
    </aside>
  );
}
