import Alert from 'react-bootstrap/Alert';
import { usePermissions } from '../../../auth/permissions';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { SettingsTabs } from '../../../components/SettingsTabs';
import { useOrgOptions } from '../../../entities/org/useOrgOptions';
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
      <PageHeader title="Platform API keys" />
      <SettingsTabs />
      {!ready ? (
        <Loading />
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
