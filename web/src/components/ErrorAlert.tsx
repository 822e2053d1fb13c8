import type { ReactNode } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { errorMessage, hasStatus, isAdminIpNotAllowed } from '../lib/problem';

export interface ErrorAlertProps {
  /** Nothing is shown without one. */
  error: unknown;
  /** Said instead of the API's message when the answer is 412: the record changed since it was read. */
  conflict?: ReactNode;
  className?: string;
  onClose?: () => void;
}

/** A failed action's problem details in one line (the API's detail, or what to do about an admin address block). */
export function ErrorAlert({ error, conflict, className, onClose }: ErrorAlertProps) {
  if (!error) return null;
  const stale = conflict !== undefined && hasStatus(error, 412);
  return (
    <Alert variant={stale ? 'warning' : 'danger'} role="alert" className={className} dismissible={Boolean(onClose)} onClose={onClose}>
      {stale ? conflict : errorMessage(error)}
    </Alert>
  );
}

export interface QueryErrorProps {
  error: unknown;
  /** What failed to load, for "Could not load <what>: …". */
  what: string;
  /** Said for a 404 (the record or organisation is gone, or belongs to someone else). */
  notFound?: ReactNode;
  /** Said for a 403 that is a missing permission, before the API's message. */
  forbidden?: ReactNode;
  onRetry?: () => void;
  /** Below the message, e.g. a link back to the list. */
  children?: ReactNode;
}

/**
 * Why a query failed, from its problem details: a 404 or a missing permission is a warning that retrying will not
 * change; anything else (an admin address block, a 5xx, the network) is an error with a Retry button.
 */
export function QueryError({ error, what, notFound, forbidden, onRetry, children }: QueryErrorProps) {
  const gone = notFound !== undefined && hasStatus(error, 404);
  const denied = forbidden !== undefined && hasStatus(error, 403) && !isAdminIpNotAllowed(error);
  const spacing = children ? 'mb-2' : 'mb-0';
  return (
    <Alert variant={gone || denied ? 'warning' : 'danger'} role="alert">
      {gone ? (
        <p className={spacing}>{notFound}</p>
      ) : denied ? (
        <p className={spacing}>
          {forbidden}: {errorMessage(error)}
        </p>
      ) : (
        <>
          <p className="mb-2">
            Could not load {what}: {errorMessage(error)}
          </p>
          {onRetry && (
            <Button variant="outline-danger" size="sm" className="me-2" onClick={onRetry}>
              Retry
            </Button>
          )}
        </>
      )}
      {children}
    </Alert>
  );
}

/** A save refused with 412: someone else changed the record since it was read; reloading shows their version. */
export function StaleAlert({ message, onReload }: { message: ReactNode; onReload: () => void }) {
  return (
    <Alert variant="warning" role="alert">
      <p className="mb-2">{message}</p>
      <Button variant="outline-dark" size="sm" onClick={onReload}>
        Reload
      </Button>
    </Alert>
  );
}
