import Badge from 'react-bootstrap/Badge';
import { isLocked, type User } from '../types';
import { shortDateTime } from '../../../lib/dates';

const dateFormat = shortDateTime;

/** Global admin, active/deactivated, locked, must-change-password and MFA at a glance. */
export function UserBadges({ user }: { user: User }) {
  return (
    <span className="d-inline-flex flex-wrap gap-1">
      {user.isGlobalAdmin && <Badge bg="warning" text="dark">Global admin</Badge>}
      {user.isActive ? <Badge bg="success">Active</Badge> : <Badge bg="secondary">Deactivated</Badge>}
      {isLocked(user) && user.lockedUntil && <Badge bg="danger">Locked until {dateFormat.format(new Date(user.lockedUntil))}</Badge>}
      {user.mustChangePassword && (
        <Badge bg="info" text="dark">
          Must change password
        </Badge>
      )}
      {user.mfaEnabled && <Badge bg="primary">MFA</Badge>}
      {user.requireMfa && (
        <Badge bg="light" text="dark" className="border">
          MFA required
        </Badge>
      )}
    </span>
  );
}
