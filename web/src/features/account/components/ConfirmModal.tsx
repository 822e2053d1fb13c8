import type { ReactNode } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage } from '../../../lib/problem';

export interface ConfirmModalProps {
  show: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  confirmVariant?: string;
  pending?: boolean;
  /** The failed attempt's error (e.g. a 409), shown above the question with the API's detail. */
  error?: unknown;
  onConfirm(): void;
  onClose(): void;
}

/** Asks before an action that cannot simply be undone (ending a session, deactivating a user). */
export function ConfirmModal({ show, title, children, confirmLabel, confirmVariant = 'danger', pending = false, error, onConfirm, onClose }: ConfirmModalProps) {
  return (
    <Modal show={show} onHide={onClose} aria-labelledby="confirm-modal-title">
      <Modal.Header closeButton>
        <Modal.Title id="confirm-modal-title">{title}</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        {Boolean(error) && (
          <Alert variant="danger" role="alert">
            {errorMessage(error)}
          </Alert>
        )}
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
