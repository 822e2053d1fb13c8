import { createContext, useContext } from 'react';
import { orgCrumbs, type Crumb } from '../../components/PageHeader';
import { KNOWLEDGE_BASE_PATH, type KnowledgeBase } from '../../entities/knowledgeBase/useKnowledgeBase';

/**
 * Which knowledge base the docs pages show: a client's (inside its tabs, permissions from /me) or the MSP knowledge
 * base (a top-level page whose permissions come from GET /docs/knowledge-base; it has no organisation page, so no
 * tabs and no organisation crumbs). The pages read it here instead of from the URL.
 */
export interface DocsScope {
  kind: 'org' | 'kb';
  /** The `orgId` of the docs API routes. */
  orgId: string;
  /** Where the pages live: `/orgs/:orgId/docs` or `/kb`; articles are `${basePath}/articles/:id`. */
  basePath: string;
  /** The permissions the caller holds here (`docs.read`, `docs.write`, `docs.publish`…). */
  can: (permission: string) => boolean;
  /** The organisation whose tabs the page header shows, if any. */
  tabsOrgId: string | undefined;
  /** The knowledge base's title and the crumb back to its list. */
  title: string;
  home: Crumb;
  /** The crumbs leading to a page: the organisation's first, then `more`. */
  crumbs: (...more: Crumb[]) => Crumb[];
  /** "in this organisation": what a missing permission message says. */
  where: string;
}

export function orgDocsScope(orgId: string, can: (permission: string) => boolean): DocsScope {
  const basePath = `/orgs/${orgId}/docs`;
  return {
    kind: 'org',
    orgId,
    basePath,
    can,
    tabsOrgId: orgId,
    title: 'Docs',
    home: { to: basePath, label: 'Docs' },
    crumbs: (...more) => orgCrumbs(orgId, ...more),
    where: 'in this organisation',
  };
}

export function knowledgeBaseScope(kb: KnowledgeBase): DocsScope {
  const permissions = new Set(kb.permissions);
  return {
    kind: 'kb',
    orgId: kb.orgId,
    basePath: KNOWLEDGE_BASE_PATH,
    can: (permission) => permissions.has(permission),
    tabsOrgId: undefined,
    title: kb.name,
    home: { to: KNOWLEDGE_BASE_PATH, label: kb.name },
    crumbs: (...more) => more,
    where: 'in the MSP knowledge base',
  };
}

export const DocsScopeContext = createContext<DocsScope | null>(null);

/** The knowledge base of the page (set by the docs routes' layout: OrgDocsScope or KnowledgeBaseScope). */
export function useDocsScope(): DocsScope {
  const scope = useContext(DocsScopeContext);
  if (!scope) throw new Error('useDocsScope needs a docs scope: render the page under OrgDocsScope or KnowledgeBaseScope.');
  return scope;
}

export const articlePath = (scope: DocsScope, articleId: string) => `${scope.basePath}/articles/${articleId}`;
export const diagramPath = (scope: DocsScope, diagramId: string) => `${scope.basePath}/diagrams/${diagramId}`;
/** The Docs page's Diagrams view. */
export const diagramsPath = (scope: DocsScope) => `${scope.basePath}?view=diagrams`;
