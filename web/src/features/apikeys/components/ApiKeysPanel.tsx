import { useState } from 'react';
import { useSearchParams } from 'react-router';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { ConfirmAction } from '../../../components/ConfirmDialog';
import { FlashAlert } from '../../../components/FlashAlert';
import { SortSelect } from '../../../components/FormFields';
import { PagedList } from '../../../components/QueryState';
import { useCursorStack } from '../../../lib/cursorStack';
import { useSetSearchParam } from '../../../lib/useSetSearchParam';
import { useSortParam } from '../../../lib/useSortParam';
import { useApiKeys } from '../api/useApiKeys';
import { useRevokeApiKey } from '../api/useRevokeApiKey';
import { useRotateApiKey } from '../api/useRotateApiKey';
import { apiKeySorts, type ApiKey, type ApiKeyOwner, type IssuedApiKey, type OrgOption } from '../types';
import { ApiKeysTable } from './ApiKeysTable';
import { NewApiKeyModal } from './NewApiKeyModal';
import { SecretDialog } from './SecretDialog';

const PAGE_SIZE = 50;

export interface ApiKeysPanelProps {
  owner: ApiKeyOwner;
  /** Whether the user holds a permission where the keys work: only those are offered as scopes. */
  canGrant: (permission: string) => boolean;
  /** Platform keys: names the bound organisations and offers them in the create form. */
  orgs?: { data: OrgOption[] | undefined; loading: boolean; error: unknown };
}

/** The key list with its filters and paging, and every action on keys: create, rotate, revoke, and the copy-once secret. */
export function ApiKeysPanel({ owner, canGrant, orgs }: ApiKeysPanelProps) {
  const [searchParams] = useSearchParams();
  const includeRevoked = searchParams.get('revoked') === 'true';

  const [creating, setCreating] = useState(false);
  const [rotating, setRotating] = useState<ApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  // The secret lives here only while its dialog is open.
  const [secret, setSecret] = useState<{ title: string; issued: IssuedApiKey } | null>(null);
  const [flash, setFlash] = useState<string | null>(null);

  const setParam = useSetSearchParam();
  const [sort, setSort] = useSortParam(apiKeySorts);
  const rotate = useRotateApiKey();
  const revoke = useRevokeApiKey();

  const ownerId = owner.kind === 'org' ? owner.orgId : 'platform';
  const paging = useCursorStack(JSON.stringify([ownerId, sort, includeRevoked]));
  const keys = useApiKeys(owner, { sort, includeRevoked, cursor: paging.cursor, limit: PAGE_SIZE });

  // A new action hides the message about the last one.
  const open = (show: (key: ApiKey) => void) => (key: ApiKey) => {
    setFlash(null);
    show(key);
  };

  const byId = new Map((orgs?.data ?? []).map((o) => [o.id, o.name]));
  const orgName = orgs ? (id: string) => byId.get(id) ?? `Unknown organisation (${id.slice(0, 8)}…)` : undefined;

  return (
    <>
      <FlashAlert message={flash} onClose={() => setFlash(null)} />

      <div className="d-flex flex-wrap align-items-center gap-3 mb-3">
        <div style={{ minWidth: '12rem' }}>
          <SortSelect id="apikeys-sort" label="Sort API keys by" sorts={apiKeySorts} value={sort} onChange={setSort} />
        </div>
        <Form.Check
          type="switch"
          role="switch"
          id="apikeys-show-revoked"
          label="Show revoked"
          checked={includeRevoked}
          onChange={(e) => setParam('revoked', e.target.checked ? 'true' : '')}
        />
        <Button
          variant="primary"
          className="ms-auto"
          onClick={() => {
            setFlash(null);
            setCreating(true);
          }}
        >
          New API key
        </Button>
      </div>

      <PagedList
        query={keys}
        paging={paging}
        what="API keys"
        inOrg
        empty={includeRevoked ? 'No API keys yet.' : 'No active API keys. Create one for a script or integration.'}
      >
        {(items, busy) => (
          <ApiKeysTable
            keys={items}
            busy={busy}
            orgName={orgName}
            onRotate={open(setRotating)}
            onRevoke={open(setRevoking)}
          />
        )}
      </PagedList>

      {creating && (
        <NewApiKeyModal
          owner={owner}
          canGrant={canGrant}
          orgs={orgs}
          onClose={() => setCreating(false)}
          onCreated={(issued) => {
            setCreating(false);
            setSecret({ title: 'API key created', issued });
          }}
        />
      )}
      <ConfirmAction
        item={rotating}
        title="Rotate API key secret"
        confirmLabel="Rotate secret"
        confirmVariant="warning"
        mutation={rotate}
        variables={(k) => ({ owner, keyId: k.id })}
        onDone={(_, issued) => setSecret({ title: 'New secret issued', issued })}
        onClose={() => setRotating(null)}
      >
        {(k) => (
          <>
            Issue a new client secret for <strong>{k.name}</strong> (<code>{k.clientId}</code>)? The current secret stops working at once and the
            key’s tokens are revoked: update everything that uses it with the new secret.
          </>
        )}
      </ConfirmAction>
      <ConfirmAction
        item={revoking}
        title="Revoke API key"
        confirmLabel="Revoke"
        mutation={revoke}
        variables={(k) => ({ owner, keyId: k.id })}
        onDone={(k) => setFlash(`API key “${k.name}” revoked.`)}
        onClose={() => setRevoking(null)}
      >
        {(k) => (
          <>
            Revoke <strong>{k.name}</strong> (<code>{k.clientId}</code>)? It gets no new tokens, and the tokens it holds stop working on their next
            request. This cannot be undone.
          </>
        )}
      </ConfirmAction>
      {secret && (
        <SecretDialog
          key={secret.issued.id}
          title={secret.title}
          issued={secret.issued}
          onClose={() => {
            setFlash(`API key “${secret.issued.key.name}” is ready.`);
            setSecret(null);
          }}
        />
      )}
    </>
  );
}
