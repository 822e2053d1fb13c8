import type { ReactNode } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { errorMessage } from '../../../lib/problem';

export interface ConfirmModalProps {
  title: string;
  confirmLabel: string;
  children: ReactNode;
  pending: boolean;
  /** Shown above the question, e.g. a 409 "still in use". */
  error?: unknown;
  onConfirm(): void;
  onClose(): void;
}

/** Asks before a removal in the assets area; the caller runs the mutation and closes on success. */
export function ConfirmModal({ title, confirmLabel, children, pending, error, onConfirm, onClose }: ConfirmModalProps) {
  return (
    <Modal show onHide={onClose} aria-labelledby="assets-confirm-title">
      <Modal.Header closeButton>
        <Modal.Title id="assets-confirm-title">{title}</Modal.Title>
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
        <Button variant="danger" disabled={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
