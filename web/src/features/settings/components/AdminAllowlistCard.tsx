import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Form from 'react-bootstrap/Form';
import { FlashAlert } from '../../../components/FlashAlert';
import { SubmitButton } from '../../../components/FormFields';
import { errorMessage, hasStatus, isApiError } from '../../../lib/problem';
import {
  allowlistAllows,
  allowlistMessages,
  allowlistProblemErrors,
  entryForAddress,
  hasAllowlistErrors,
  noAllowlistErrors,
  parseAllowlist,
  validateAllowlist,
  type AllowlistErrors,
} from '../allowlist';
import { useUpdateSecuritySettings } from '../api/useUpdateSecuritySettings';
import type { SecuritySettings } from '../types';

const FIELD_ID = 'settings-admin-allowlist';

/** The errors of a failed save: a 400's field errors go under the field, the rest (e.g. a cancelled re-authentication) to the alert. */
// The draft stays as typed while "Currently saved" refreshes to the other administrator's list.
const STALE_SETTINGS =
  'Another administrator changed the security settings since this page loaded, so your list was not saved. “Currently saved” now shows their version: check your list against it and save again.';

function saveErrors(error: unknown): AllowlistErrors {
  if (!error) return noAllowlistErrors;
  if (isApiError(error) && error.status === 400) return allowlistProblemErrors(error.problem);
  if (hasStatus(error, 412)) return { ...noAllowlistErrors, other: [STALE_SETTINGS] };
  return { ...noAllowlistErrors, other: [errorMessage(error)] };
}

/**
 * The networks platform administration is allowed from. Edited as text, one entry per line; checked here first
 * (malformed entries, a list that leaves out your own address) because saving asks for the password again.
 */
export function AdminAllowlistCard({ settings }: { settings: SecuritySettings }) {
  const update = useUpdateSecuritySettings();
  const saved = settings.adminAllowedIps;
  // null: not edited, the text follows what is saved.
  const [draft, setDraft] = useState<string | null>(null);
  const [checked, setChecked] = useState<AllowlistErrors | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const text = draft ?? saved.join('\n');
  const entries = parseAllowlist(text);
  const dirty = entries.join('\n') !== saved.join('\n');
  const you = settings.yourAddress;
  const youAllowed = you ? allowlistAllows(entries, you) : true;

  // Once a save was attempted, the client-side check follows the text as it is edited.
  const clientErrors = checked ? validateAllowlist(entries, you) : noAllowlistErrors;
  const serverErrors = saveErrors(update.error);
  const fieldMessages = [...allowlistMessages(clientErrors), ...allowlistMessages(serverErrors)];
  const invalid = fieldMessages.length > 0;

  function edit(next: string) {
    setDraft(next);
    setFlash(null);
    if (update.isError) update.reset();
  }

  function addMyAddress() {
    if (!you) return;
    edit([...entries, entryForAddress(you)].join('\n'));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Line numbers in messages count the entries sent: drop blank lines and spaces from the text first.
    setDraft(entries.join('\n'));
    const errors = validateAllowlist(entries, you);
    setChecked(errors);
    setFlash(null);
    update.reset();
    if (hasAllowlistErrors(errors)) return;
    update.mutate(
      { etag: settings.etag, changes: { adminAllowedIps: entries } },
      {
        onSuccess: (result) => {
          setDraft(null);
          setChecked(null);
          const n = result.adminAllowedIps.length;
          setFlash(
            n === 0
              ? 'Saved. Administration is allowed from any address again.'
              : `Saved. Administration is now only allowed from ${n === 1 ? 'this network' : `these ${n} networks`}.`,
          );
        },
      },
    );
  }

  function discard() {
    setDraft(null);
    setChecked(null);
    setFlash(null);
    update.reset();
  }

  return (
    <Card as="section" aria-labelledby="admin-allowlist-title" className="mb-4">
      <Card.Body>
        <h2 id="admin-allowlist-title" className="h5 mb-2">
          Admin IP allowlist
        </h2>
        <p className="text-body-secondary small">
          When set, platform administration (users, settings, platform API keys, audit, security events) and admin-grade organisation
          actions (members, roles, API keys, organisation settings, deleting an organisation) only work from these networks. It applies at
          once to every session, including ones already signed in. Blocked attempts appear under{' '}
          <Link to="/security">Security events</Link>.
        </p>

        <h3 className="h6">Currently saved</h3>
        {saved.length === 0 ? (
          <p data-testid="admin-allowlist-saved">No restriction: administration is allowed from any address.</p>
        ) : (
          <ul aria-label="Allowed admin networks" data-testid="admin-allowlist-saved">
            {saved.map((network) => (
              <li key={network}>
                <code>{network}</code>
              </li>
            ))}
          </ul>
        )}

        <FlashAlert message={flash} onClose={() => setFlash(null)} />
        {serverErrors.other.length > 0 && (
          <Alert variant="danger" role="alert" dismissible onClose={() => update.reset()}>
            {serverErrors.other.map((m) => (
              <div key={m}>{m}</div>
            ))}
          </Alert>
        )}

        <Form noValidate onSubmit={handleSubmit} aria-label="Edit admin IP allowlist">
          <Form.Group className="mb-2" controlId={FIELD_ID}>
            <Form.Label>Allowed networks</Form.Label>
            <Form.Control
              as="textarea"
              rows={Math.min(10, Math.max(3, entries.length + 1))}
              name="adminAllowedIps"
              spellCheck={false}
              className="font-monospace"
              placeholder={'203.0.113.0/24\n198.51.100.7\n2001:db8::/48'}
              value={text}
              disabled={update.isPending}
              onChange={(e) => edit(e.target.value)}
              isInvalid={invalid}
              aria-describedby={[invalid ? `${FIELD_ID}-error` : null, `${FIELD_ID}-help`].filter(Boolean).join(' ')}
            />
            <Form.Text id={`${FIELD_ID}-help`} muted>
              One IP address or CIDR network per line, IPv4 or IPv6 (e.g. 203.0.113.0/24). Leave empty to allow administration from any
              address.
            </Form.Text>
            <Form.Control.Feedback type="invalid" id={`${FIELD_ID}-error`}>
              {fieldMessages.map((m) => (
                <div key={m}>{m}</div>
              ))}
            </Form.Control.Feedback>
          </Form.Group>

          <div className="d-flex flex-wrap align-items-center gap-2 mb-3" data-testid="your-address">
            <span>
              Your current address: {you ? <code>{you}</code> : <em>unknown</em>}
              {you && entries.length > 0 && (youAllowed ? ' (allowed by this list)' : ' (not in this list)')}
            </span>
            {you && !youAllowed && (
              <Button variant="outline-secondary" size="sm" onClick={addMyAddress} disabled={update.isPending}>
                Add my address
              </Button>
            )}
          </div>

          <div className="d-flex align-items-center gap-2">
            <SubmitButton pending={update.isPending} disabled={!dirty || update.isPending}>
              Save allowlist
            </SubmitButton>
            <Button variant="outline-secondary" onClick={discard} disabled={!dirty || update.isPending}>
              Discard changes
            </Button>
          </div>
        </Form>

        <p className="small text-body-secondary mt-3 mb-0">
          The list must include the address you are working from, so you cannot lock yourself out by accident. If you are locked out
          anyway (e.g. your address changed), an operator on the server removes the list with{' '}
          <code>dotnet ClientStor.Api.dll settings clear-admin-allowlist</code>. Behind a reverse proxy, make sure the server trusts it, or
          every request seems to come from the proxy.
        </p>
      </Card.Body>
    </Card>
  );
}
