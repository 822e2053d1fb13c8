import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Spinner from 'react-bootstrap/Spinner';
import { OrgTabs } from '../../../components/OrgTabs';
import { usePermissions } from '../../../auth/permissions';
import type { ApiKeyOwner } from '../types';
import { ApiKeysPanel } from './ApiKeysPanel';

/** `/orgs/:orgId/api-keys`: the organisation's API keys for scripts and integrations (apikeys.manage). */
export function OrgApiKeysPage() {
  const { orgId = '' } = useParams();
  const { can, ready } = usePermissions();
  const owner = useMemo<ApiKeyOwner>(() => ({ kind: 'org', orgId }), [orgId]);

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}>Organisation</Link>
      </nav>
      <h1 className="h3 mb-3">API keys</h1>
      <OrgTabs orgId={orgId} />
      {!ready ? (
        <div className="d-flex justify-content-center p-5">
          <Spinner animation="border" role="status">
            <span className="visually-hidden">Loading…</span>
          </Spinner>
        </div>
      ) : !can(orgId, 'apikeys.manage') ? (
        <Alert variant="warning" role="alert">
          You need the apikeys.manage permission in this organisation to see and issue its API keys.
        </Alert>
      ) : (
        <ApiKeysPanel owner={owner} canGrant={(permission) => can(orgId, permission)} />
      )}
    </>
  );
}
