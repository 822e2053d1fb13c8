import { useState } from 'react';
import { useSearchParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { useCursorStack } from '../../../lib/cursorStack';
import { errorMessage, isApiError } from '../../../lib/problem';
import { useSetSearchParam } from '../../../lib/useSetSearchParam';
import { useApiKeys } from '../api/useApiKeys';
import { apiKeySorts, type ApiKey, type ApiKeyOwner, type ApiKeySort, type IssuedApiKey, type OrgOption } from '../types';
import { ApiKeysTable } from './ApiKeysTable';
import { NewApiKeyModal } from './NewApiKeyModal';
import { RevokeApiKeyModal } from './RevokeApiKeyModal';
import { RotateApiKeyModal } from './RotateApiKeyModal';
import { SecretDialog } from './SecretDialog';

const PAGE_SIZE = 50;

function parseSort(value: string | null): ApiKeySort {
  return apiKeySorts.find((s) => s.value === value)?.value ?? '-createdAt';
}

export interface ApiKeysPanelProps {
  owner: ApiKeyOwner;
  /** Whether the user holds a permission where the keys work: only those are offered as scopes. */
  canGrant(permission: string): boolean;
  /** Platform keys: names the bound organisations and offers them in the create form. */
  orgs?: { data: OrgOption[] | undefined; loading: boolean; error: unknown };
}

/** The key list with its filters and paging, and every action on keys: create, rotate, revoke, and the copy-once secret. */
export function ApiKeysPanel({ owner, canGrant, orgs }: ApiKeysPanelProps) {
  const [searchParams] = useSearchParams();
  const sort = parseSort(searchParams.get('sort'));
  const includeRevoked = searchParams.get('revoked') === 'true';

  const [creating, setCreating] = useState(false);
  const [rotating, setRotating] = useState<ApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  // The secret lives here only while its dialog is open.
  const [secret, setSecret] = useState<{ title: string; issued: IssuedApiKey } | null>(null);
  const [flash, setFlash] = useState<string | null>(null);

  const setParam = useSetSearchParam();

  const ownerId = owner.kind === 'org' ? owner.orgId : 'platform';
  const paging = useCursorStack(JSON.stringify([ownerId, sort, includeRevoked]));
  const keys = useApiKeys(owner, { sort, includeRevoked, cursor: paging.cursor, limit: PAGE_SIZE });
  const items = keys.data?.items ?? [];
  const nextCursor = keys.data?.nextCursor ?? null;
  const forbidden = isApiError(keys.error) && keys.error.status === 403;
  const notFound = isApiError(keys.error) && keys.error.status === 404;

  const byId = new Map((orgs?.data ?? []).map((o) => [o.id, o.name]));
  const orgName = orgs ? (id: string) => byId.get(id) ?? `Unknown organisation (${id.slice(0, 8)}…)` : undefined;

  return (
    <>
      {flash && (
        <Alert variant="success" dismissible onClose={() => setFlash(null)}>
          {flash}
        </Alert>
      )}

      <div className="d-flex flex-wrap align-items-center gap-3 mb-3">
        <Form.Group controlId="apikeys-sort" style={{ minWidth: '12rem' }}>
          <Form.Label className="visually-hidden">Sort API keys by</Form.Label>
          <Form.Select value={sort} onChange={(e) => setParam('sort', e.target.value === '-createdAt' ? '' : e.target.value)}>
            {apiKeySorts.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </Form.Select>
        </Form.Group>
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

      {keys.isPending ? (
        <div className="d-flex justify-content-center p-5">
          <Spinner animation="border" role="status">
            <span className="visually-hidden">Loading API keys…</span>
          </Spinner>
        </div>
      ) : keys.isError ? (
        <Alert variant={forbidden || notFound ? 'warning' : 'danger'} role="alert">
          {notFound ? (
            <p className="mb-0">This organisation does not exist or you cannot access it.</p>
          ) : forbidden ? (
            <p className="mb-0">You do not have permission to see the API keys: {errorMessage(keys.error)}</p>
          ) : (
            <>
              <p className="mb-2">Could not load API keys: {errorMessage(keys.error)}</p>
              <Button variant="outline-danger" size="sm" onClick={() => keys.refetch()}>
                Retry
              </Button>
            </>
          )}
        </Alert>
      ) : items.length === 0 && !paging.hasPrevious ? (
        <div className="text-center text-body-secondary p-5">
          {includeRevoked ? 'No API keys yet.' : 'No active API keys. Create one for a script or integration.'}
        </div>
      ) : (
        <>
          <ApiKeysTable
            keys={items}
            busy={keys.isFetching}
            orgName={orgName}
            onRotate={(k) => {
              setFlash(null);
              setRotating(k);
            }}
            onRevoke={(k) => {
              setFlash(null);
              setRevoking(k);
            }}
          />
          <nav aria-label="Pages" className="d-flex align-items-center gap-2">
            <Button variant="outline-secondary" size="sm" disabled={!paging.hasPrevious || keys.isFetching} onClick={paging.previous}>
              Previous
            </Button>
            <span className="text-body-secondary small">Page {paging.page}</span>
            <Button variant="outline-secondary" size="sm" disabled={!nextCursor || keys.isFetching} onClick={() => nextCursor && paging.next(nextCursor)}>
              Next
            </Button>
            {keys.isFetching && (
              <Spinner animation="border" size="sm" role="status">
                <span className="visually-hidden">Loading…</span>
              </Spinner>
            )}
          </nav>
        </>
      )}

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
      {rotating && (
        <RotateApiKeyModal
          key={rotating.id}
          owner={owner}
          apiKey={rotating}
          onClose={() => setRotating(null)}
          onRotated={(issued) => {
            setRotating(null);
            setSecret({ title: 'New secret issued', issued });
          }}
        />
      )}
      {revoking && (
        <RevokeApiKeyModal
          key={revoking.id}
          owner={owner}
          apiKey={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={() => {
            setFlash(`API key “${revoking.name}” revoked.`);
            setRevoking(null);
          }}
        />
      )}
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
