import { useState, type FormEvent } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage, isApiError, toFormErrors, type FormErrors } from '../../../lib/problem';
import { useCreateFolder } from '../api/useCreateFolder';
import type { FolderNode } from '../folders';
import { folderFormFields, type Folder, type FolderFormField } from '../types';

function folderErrors(error: unknown): FormErrors<FolderFormField> | null {
  if (!error) return null;
  if (isApiError(error) && error.status !== 403) return toFormErrors(error.problem, folderFormFields);
  return { fieldErrors: {}, formErrors: [errorMessage(error)] };
}

export interface NewFolderFormProps {
  orgId: string;
  tree: FolderNode[];
  /** Pre-selected parent (the folder being viewed), or '' for the top level. */
  defaultParentId: string;
  onCreated(folder: Folder): void;
  onCancel(): void;
}

export function NewFolderForm({ orgId, tree, defaultParentId, onCreated, onCancel }: NewFolderFormProps) {
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState(defaultParentId);
  const create = useCreateFolder();
  const errors = folderErrors(create.error);
  const fieldError = (field: FolderFormField) => errors?.fieldErrors[field]?.join(' ');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate({ orgId, body: { name: name.trim(), ...(parentId ? { parentId } : {}) } }, { onSuccess: onCreated });
  }

  return (
    <Form noValidate onSubmit={submit} aria-label="New folder" className="border rounded p-2 mt-2">
      {errors && errors.formErrors.length > 0 && (
        <Alert variant="danger" role="alert" className="small p-2">
          {errors.formErrors.join(' ')}
        </Alert>
      )}
      <fieldset disabled={create.isPending}>
        <Form.Group className="mb-2" controlId="new-folder-name">
          <Form.Label className="small mb-1">Folder name</Form.Label>
          <Form.Control
            size="sm"
            autoFocus
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.target.value)}
            isInvalid={Boolean(fieldError('name'))}
            aria-describedby={fieldError('name') ? 'new-folder-name-error' : undefined}
          />
          <Form.Control.Feedback type="invalid" id="new-folder-name-error">
            {fieldError('name')}
          </Form.Control.Feedback>
        </Form.Group>
        <Form.Group className="mb-2" controlId="new-folder-parent">
          <Form.Label className="small mb-1">Inside</Form.Label>
          <Form.Select
            size="sm"
            value={parentId}
            onChange={(e) => setParentId(e.target.value)}
            isInvalid={Boolean(fieldError('parentId'))}
            aria-describedby={fieldError('parentId') ? 'new-folder-parent-error' : undefined}
          >
            <option value="">Top level</option>
            {tree.map(({ folder, depth }) => (
              <option key={folder.id} value={folder.id}>
                {'\u00a0\u00a0'.repeat(depth)}
                {folder.name}
              </option>
            ))}
          </Form.Select>
          <Form.Control.Feedback type="invalid" id="new-folder-parent-error">
            {fieldError('parentId')}
          </Form.Control.Feedback>
        </Form.Group>
        <div className="d-flex gap-2">
          <Button type="submit" size="sm" variant="primary">
            {create.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-1" />}
            Create folder
          </Button>
          <Button size="sm" variant="outline-secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </fieldset>
    </Form>
  );
}
