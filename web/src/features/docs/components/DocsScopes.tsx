import { useMemo, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import { usePermissions } from '../../../auth/permissions';
import { QueryError } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { KNOWLEDGE_BASE_PATH, useKnowledgeBase, useKnownKnowledgeBase } from '../../../entities/knowledgeBase/useKnowledgeBase';
import { DocsScopeContext, knowledgeBaseScope, orgDocsScope } from '../docsScope';

/**
 * `/orgs/:orgId/docs/…`: a client's knowledge base, with the permissions /me gives there. The MSP knowledge base's
 * id here (an old link, the server's rendering of an article link) goes to `/kb/…`: it has no organisation page.
 */
export function OrgDocsScope({ children }: { children?: ReactNode }) {
  const { orgId = '' } = useParams();
  const { can } = usePermissions();
  const { pathname, search, hash } = useLocation();
  // As the shell read it for its navigation entry: a client’s pages wait for nothing.
  const kb = useKnownKnowledgeBase();
  const scope = useMemo(() => orgDocsScope(orgId, (permission) => can(orgId, permission)), [orgId, can]);
  if (kb && kb.orgId === orgId) {
    const rest = pathname.startsWith(scope.basePath) ? pathname.slice(scope.basePath.length) : '';
    return <Navigate replace to={`${KNOWLEDGE_BASE_PATH}${rest}${search}${hash}`} />;
  }
  return <DocsScopeContext.Provider value={scope}>{children ?? <Outlet />}</DocsScopeContext.Provider>;
}

/** `/kb/…`: the MSP knowledge base, with the permissions its endpoint answers (none of the organisation pages). */
export function KnowledgeBaseScope({ children }: { children?: ReactNode }) {
  const kb = useKnowledgeBase();
  const scope = useMemo(() => (kb.data ? knowledgeBaseScope(kb.data) : null), [kb.data]);
  if (kb.isPending) return <Loading label="Loading the knowledge base…" />;
  if (kb.isError) return <QueryError error={kb.error} what="the knowledge base" onRetry={() => void kb.refetch()} />;
  if (!scope) {
    return (
      <>
        <PageHeader title="Knowledge base" />
        <Alert variant="secondary">The MSP knowledge base is read by people who read documentation (“docs.read”) in an organisation. You do in none.</Alert>
      </>
    );
  }
  return <DocsScopeContext.Provider value={scope}>{children ?? <Outlet />}</DocsScopeContext.Provider>;
}
