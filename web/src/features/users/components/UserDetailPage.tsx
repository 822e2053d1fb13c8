import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Form from 'react-bootstrap/Form';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FlashAlert } from '../../../components/FlashAlert';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useFlash } from '../../../lib/useFlash';
import { useResetUserMfa } from '../api/useResetUserMfa';
import { useUnlockUser } from '../api/useUnlockUser';
import { useUpdateUser } from '../api/useUpdateUser';
import { useUser } from '../api/useUser';
import { isLocked, type UpdateUserBody, type User } from '../types';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserAccessSection } from './UserAccessSection';
import { UserBadges } from './UserBadges';
import { UserSessions } from './UserSessions';
import { shortDateTime } from '../../../lib/dates';

const dateFormat = shortDateTime;

export function UserDetailPage() {
  const { userId = '' } = useParams();
  const user = useUser(userId);

  return (
    <QueryState query={user} what="the user" notFound="This user does not exist." errorFooter={<Link to="/users">Back to users</Link>}>
      {(data) => <UserDetail user={data} />}
    </QueryState>
  );
}

interface PendingChange {
  title: string;
  question: ReactNode;
  confirmLabel: string;
  confirmVariant: string;
  changes: UpdateUserBody;
  done: string;
}

function UserDetail({ user }: { user: User }) {
  const updateUser = useUpdateUser();
  const unlockUser = useUnlockUser();
  const resetMfa = useResetUserMfa();
  const [flash, setFlash] = useFlash();
  const [confirming, setConfirming] = useState<PendingChange | null>(null);
  const [resetting, setResetting] = useState(false);
  const [resettingMfa, setResettingMfa] = useState(false);
  const name = <strong>{user.displayName || user.email}</strong>;

  const clearMessages = () => {
    setFlash(null);
    updateUser.reset();
    unlockUser.reset();
    resetMfa.reset();
  };

  const startAction = (change: PendingChange) => {
    clearMessages();
    setConfirming(change);
  };

  const activeChange: PendingChange = user.isActive
    ? {
        title: 'Deactivate user',
        question: <>Deactivate {name}? They cannot sign in, and all their sessions and tokens end at once.</>,
        confirmLabel: 'Deactivate',
        confirmVariant: 'danger',
        changes: { isActive: false },
        done: 'User deactivated. All their sessions have ended.',
      }
    : {
        title: 'Reactivate user',
        question: <>Reactivate {name}? They can sign in again.</>,
        confirmLabel: 'Reactivate',
        confirmVariant: 'success',
        changes: { isActive: true },
        done: 'User reactivated.',
      };

  const adminChange: PendingChange = user.isGlobalAdmin
    ? {
        title: 'Remove global admin',
        question: <>Remove global administrator rights from {name}? They keep only their organisation roles.</>,
        confirmLabel: 'Remove global admin',
        confirmVariant: 'danger',
        changes: { isGlobalAdmin: false },
        done: 'Global administrator rights removed.',
      }
    : {
        title: 'Make global admin',
        question: <>Make {name} a global administrator? They get every permission in every organisation, including user management.</>,
        confirmLabel: 'Make global admin',
        confirmVariant: 'warning',
        changes: { isGlobalAdmin: true },
        done: 'User is now a global administrator.',
      };

  const actionError = updateUser.error ?? unlockUser.error ?? resetMfa.error;

  return (
    <>
      <PageHeader
        crumbs={[{ to: '/users', label: 'Users' }]}
        title={user.email}
        badges={<UserBadges user={user} />}
        subtitle={user.displayName || 'No display name'}
      />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />
      <ErrorAlert
        error={actionError}
        conflict="This user was changed by someone else since the page loaded, so nothing was changed. The page now shows the latest version: check it and try again."
        onClose={clearMessages}
      />

      <Card className="mb-4">
        <Card.Body>
          <dl className="row mb-3">
            <dt className="col-sm-3">Created</dt>
            <dd className="col-sm-9">{dateFormat.format(new Date(user.createdAt))}</dd>
            <dt className="col-sm-3">Updated</dt>
            <dd className="col-sm-9">{dateFormat.format(new Date(user.updatedAt))}</dd>
            <dt className="col-sm-3">Password</dt>
            <dd className="col-sm-9">{user.mustChangePassword ? 'Must be changed at next sign-in' : 'Set by the user'}</dd>
            <dt className="col-sm-3">Two-factor</dt>
            <dd className="col-sm-9">{user.mfaEnabled ? 'Authenticator app set up' : 'Not set up'}</dd>
          </dl>
          <div className="mb-3">
            <Form.Check
              type="switch"
              // Announced as a switch (on/off), not a checkbox.
              role="switch"
              id="user-require-mfa"
              label="Require MFA"
              checked={user.requireMfa}
              disabled={updateUser.isPending}
              aria-describedby="user-require-mfa-help"
              onChange={(e) => {
                const requireMfa = e.target.checked;
                clearMessages();
                updateUser.mutate(
                  { userId: user.id, etag: user.etag, changes: { requireMfa } },
                  {
                    onSuccess: () =>
                      setFlash(
                        requireMfa
                          ? user.mfaEnabled
                            ? 'MFA is now required for this user.'
                            : 'MFA is now required for this user: they set up an authenticator app at their next sign-in.'
                          : 'MFA is no longer required for this user (unless it is required for everyone).',
                      ),
                  },
                );
              }}
            />
            <Form.Text id="user-require-mfa-help" muted>
              Without an authenticator app they must set one up at their next sign-in, and they cannot turn MFA off while it is required.
            </Form.Text>
          </div>
          <div className="d-flex flex-wrap gap-2" role="group" aria-label="User actions">
            <Button variant={user.isActive ? 'outline-danger' : 'outline-success'} onClick={() => startAction(activeChange)}>
              {user.isActive ? 'Deactivate…' : 'Reactivate…'}
            </Button>
            <Button variant="outline-secondary" onClick={() => startAction(adminChange)}>
              {user.isGlobalAdmin ? 'Remove global admin…' : 'Make global admin…'}
            </Button>
            {isLocked(user) && (
              <Button
                variant="outline-primary"
                disabled={unlockUser.isPending}
                onClick={() => {
                  clearMessages();
                  unlockUser.mutate(user.id, { onSuccess: () => setFlash('Account unlocked.') });
                }}
              >
                Unlock
              </Button>
            )}
            <Button
              variant="outline-danger"
              onClick={() => {
                setFlash(null);
                setResetting(true);
              }}
            >
              Reset password…
            </Button>
            {user.mfaEnabled && (
              <Button
                variant="outline-danger"
                onClick={() => {
                  clearMessages();
                  setResettingMfa(true);
                }}
              >
                Reset MFA…
              </Button>
            )}
          </div>
        </Card.Body>
      </Card>

      <UserAccessSection userId={user.id} />

      <section aria-labelledby="user-sessions-title">
        <h2 id="user-sessions-title" className="h5 mb-3">
          Sessions
        </h2>
        <UserSessions userId={user.id} />
      </section>

      <ConfirmDialog
        show={confirming !== null}
        title={confirming?.title ?? ''}
        confirmLabel={confirming?.confirmLabel ?? ''}
        confirmVariant={confirming?.confirmVariant}
        pending={updateUser.isPending}
        onClose={() => setConfirming(null)}
        onConfirm={() => {
          if (!confirming) return;
          const { changes, done } = confirming;
          updateUser.mutate({ userId: user.id, etag: user.etag, changes }, { onSuccess: () => setFlash(done), onSettled: () => setConfirming(null) });
        }}
      >
        {confirming?.question}
      </ConfirmDialog>

      <ConfirmDialog
        show={resettingMfa}
        title="Reset MFA"
        confirmLabel="Reset MFA"
        pending={resetMfa.isPending}
        onClose={() => setResettingMfa(false)}
        onConfirm={() =>
          resetMfa.mutate({ userId: user.id, etag: user.etag }, {
            onSuccess: () => setFlash('MFA reset. All their sessions have ended.'),
            onSettled: () => setResettingMfa(false),
          })
        }
      >
        Remove the authenticator app and recovery codes of {name}? Use this when they lost their device. All their sessions end; if
        MFA is required for them, they set up a new authenticator app at their next sign-in.
      </ConfirmDialog>

      <ResetPasswordModal
        user={user}
        show={resetting}
        onClose={() => setResetting(false)}
        onReset={() => {
          setResetting(false);
          setFlash('Password reset. The user must choose a new one at next sign-in; their sessions have ended.');
        }}
      />
    </>
  );
}
