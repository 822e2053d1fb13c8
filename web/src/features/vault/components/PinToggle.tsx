import Button from 'react-bootstrap/Button';
import { errorMessage } from '../../../lib/problem';
import { useUpdateCredential } from '../api/useUpdateCredential';
import type { Credential } from '../types';

/**
 * Whether the credential is pinned to its client's overview (shown there first, with its copy buttons), and with
 * vault.write the button that pins or unpins it (a PATCH with the etag read, like any edit).
 */
export function PinToggle({ orgId, credential, canWrite }: { orgId: string; credential: Credential; canWrite: boolean }) {
  const update = useUpdateCredential();
  return (
    <span className="d-inline-flex flex-wrap align-items-center gap-2">
      <span>{credential.pinned ? 'Pinned to the client’s overview' : 'Not pinned'}</span>
      {canWrite && (
        <Button
          variant="outline-secondary"
          size="sm"
          disabled={update.isPending}
          onClick={() => update.mutate({ orgId, credentialId: credential.id, etag: credential.etag, changes: { pinned: !credential.pinned } })}
        >
          {credential.pinned ? 'Unpin' : 'Pin to overview'}
        </Button>
      )}
      {update.isError && (
        <span role="alert" className="small text-danger">
          Could not change the pin: {errorMessage(update.error)}
        </span>
      )}
    </span>
  );
}
