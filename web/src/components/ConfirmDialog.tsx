import { useId, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import Spinner from 'react-bootstrap/Spinner';
import { hasStatus } from '../lib/problem';
import { ErrorAlert } from './ErrorAlert';

export interface ConfirmDialogProps {
  /** Defaults to shown: mount the dialog per item so its mutation starts clean. */
  show?: boolean;
  title: string;
  /** The question, with what will happen. */
  children: ReactNode;
  confirmLabel: string;
  confirmVariant?: string;
  pending?: boolean;
  /** The failed attempt's error (e.g. a 409 "still in use"), shown above the question with the API's detail. */
  error?: unknown;
  /** Said instead of the API's message for a 412: the record changed since it was read. */
  conflict?: ReactNode;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before an action that cannot simply be undone; the caller runs the mutation and closes on success. */
export function ConfirmDialog({
  show = true,
  title,
  children,
  confirmLabel,
  confirmVariant = 'danger',
  pending = false,
  error,
  conflict,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const titleId = useId();
  return (
    <Modal show={show} onHide={onClose} aria-labelledby={titleId}>
      <Modal.Header closeButton>
        <Modal.Title id={titleId}>{title}</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <ErrorAlert error={error} conflict={conflict} />
        {children}
      </Modal.Body>
      <Modal.Footer>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button variant={confirmVariant} disabled={pending} onClick={onConfirm}>
          {pending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-2" />}
          {confirmLabel}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}

/** The part of a TanStack mutation a confirmation needs. */
export interface ConfirmableMutation<TVariables, TResult> {
  mutate: (variables: TVariables, options: { onSuccess: (result: TResult) => void }) => void;
  isPending: boolean;
  error: unknown;
  reset: () => void;
}

export interface ConfirmActionProps<TItem, TVariables, TResult> extends Omit<ConfirmDialogProps, 'show' | 'children' | 'pending' | 'error' | 'onConfirm'> {
  /** What is asked about; nothing shows without it. */
  item: TItem | null;
  mutation: ConfirmableMutation<TVariables, TResult>;
  variables: (item: TItem) => TVariables;
  /** After the API confirmed the action, before the dialog closes (e.g. a flash message, or navigating away). */
  onDone?: (item: TItem, result: TResult) => void;
  children: (item: TItem) => ReactNode;
}

/** What a refused action on a stale record says, unless the caller says something more specific. */
export const STALE_ACTION =
  'This was changed by someone else since the page loaded, so nothing was done. Close this dialog to load the latest version, then try again if you still want to.';

/**
 * A confirmation that runs `mutation` for `item`: its error shows in the dialog (a 409 "still in use", a 412), and
 * closing the dialog forgets it, so the next item starts clean.
 */
export function ConfirmAction<TItem, TVariables, TResult>({
  item,
  mutation,
  variables,
  onDone,
  onClose,
  children,
  conflict = STALE_ACTION,
  ...dialog
}: ConfirmActionProps<TItem, TVariables, TResult>) {
  const queryClient = useQueryClient();
  if (item === null) return null;
  const close = () => {
    // After a 412 every view re-reads, so the person sees the change and a retry carries the current etag.
    if (hasStatus(mutation.error, 412)) void queryClient.invalidateQueries();
    mutation.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      {...dialog}
      conflict={conflict}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={close}
      onConfirm={() =>
        mutation.mutate(variables(item), {
          onSuccess: (result) => {
            onDone?.(item, result);
            close();
          },
        })
      }
    >
      {children(item)}
    </ConfirmDialog>
  );
}

export interface DeleteRecordDialogProps<TRecord extends { name: string }, TVariables> {
  /** The record being deleted; nothing shows without it. */
  record: TRecord | null;
  /** What it is, lower case: "asset" gives "Delete asset" and "Asset “…” deleted." */
  noun: string;
  mutation: ConfirmableMutation<TVariables, unknown>;
  variables: (record: TRecord) => TVariables;
  /** The list to go back to; it shows the "deleted" message. */
  backTo: string;
  confirmLabel?: string;
  onClose: () => void;
  /** The question, with what else goes with the record. */
  children: ReactNode;
}

/**
 * Deleting a record from its own page: the delete carries the etag the page read, a 412 says someone changed it
 * meanwhile, and success leaves for the list, which says what was deleted.
 */
export function DeleteRecordDialog<TRecord extends { name: string }, TVariables>({
  record,
  noun,
  backTo,
  confirmLabel = `Delete ${noun}`,
  children,
  ...action
}: DeleteRecordDialogProps<TRecord, TVariables>) {
  const navigate = useNavigate();
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  return (
    <ConfirmAction
      {...action}
      item={record}
      title={`Delete ${noun}`}
      confirmLabel={confirmLabel}
      conflict={`This ${noun} was changed by someone else, so it was not deleted. Close this dialog to load the latest version before deleting it.`}
      onDone={(r) => void navigate(backTo, { replace: true, state: { flash: `${Noun} “${r.name}” deleted.` } })}
    >
      {() => children}
    </ConfirmAction>
  );
}
