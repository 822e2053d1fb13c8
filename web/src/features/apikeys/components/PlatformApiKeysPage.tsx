import Alert from 'react-bootstrap/Alert';
import Spinner from 'react-bootstrap/Spinner';
import { usePermissions } from '../../../auth/permissions';
import { SettingsTabs } from '../../../components/SettingsTabs';
import { useOrgOptions } from '../api/useOrgOptions';
import type { ApiKeyOwner } from '../types';
import { ApiKeysPanel } from './ApiKeysPanel';

const platform: ApiKeyOwner = { kind: 'platform' };

/** `/settings/api-keys`, global administrators only: keys bound to several or all organisations. */
export function PlatformApiKeysPage() {
  const { me, ready } = usePermissions();
  const isAdmin = Boolean(me?.isGlobalAdmin);
  const orgs = useOrgOptions(isAdmin);

  return (
    <>
      <h1 className="h3 mb-3">Platform API keys</h1>
      <SettingsTabs />
      {!ready ? (
        <div className="d-flex justify-content-center p-5">
          <Spinner animation="border" role="status">
            <span className="visually-hidden">Loading…</span>
          </Spinner>
        </div>
      ) : !isAdmin ? (
        <Alert variant="warning" role="alert">
          Only global administrators can manage platform API keys.
        </Alert>
      ) : (
        <>
          <p className="text-body-secondary">
            Platform keys work in every organisation or in the ones you choose. Keys for a single organisation are issued on its API keys
            tab.
          </p>
          <ApiKeysPanel
            owner={platform}
            // A global administrator holds every permission; the picker still withholds the never-grantable ones.
            canGrant={() => true}
            orgs={{ data: orgs.data, loading: orgs.isPending, error: orgs.error }}
          />
        </>
      )}
    </>
  );
}
