import { useMemo } from 'react';
import { useParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import { usePermissions } from '../../../auth/permissions';
import { Loading } from '../../../components/Loading';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import type { ApiKeyOwner } from '../types';
import { ApiKeysPanel } from './ApiKeysPanel';

/** `/orgs/:orgId/api-keys`: the organisation's API keys for scripts and integrations (apikeys.manage). */
export function OrgApiKeysPage() {
  const { orgId = '' } = useParams();
  const { can, ready } = usePermissions();
  const owner = useMemo<ApiKeyOwner>(() => ({ kind: 'org', orgId }), [orgId]);

  return (
    <>
      <PageHeader crumbs={orgCrumbs(orgId)} title="API keys" orgId={orgId} />
      {!ready ? (
        <Loading />
      ) :  !can(orgId, 'apikeys.manage') ? (
        <Alert variant="warning" role="alert">
          You need the apikeys.manage permission in this organisation to see and issue its API keys.
        </Alert>
      ) : (
        <ApiKeysPanel owner={owner} canGrant={(permission) => can(orgId, permission)} />
      )}
    </>
  );
}
