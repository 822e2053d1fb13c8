import { useState } from 'react';
import { InlineForm, TextField } from '../../../components/FormFields';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useCreateFolder } from '../api/useCreateFolder';
import { folderFormFields, type Folder, type FolderFormField } from '../types';
import { FolderSelect } from './FolderSelect';

export interface NewFolderFormProps {
  orgId: string;
  /** Pre-selected parent (the folder being viewed), or '' for the top level. */
  defaultParentId: string;
  onCreated: (folder: Folder) => void;
  onCancel: () => void;
}

export function NewFolderForm({ orgId, defaultParentId, onCreated, onCancel }: NewFolderFormProps) {
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState(defaultParentId);
  const create = useCreateFolder();
  const errors = formErrorsOf(create.error, folderFormFields);
  const fieldError = (field: FolderFormField) => fieldMessage(errors, field);

  function submit() {
    create.mutate({ orgId, body: { name: name.trim(), ...(parentId ? { parentId } : {}) } }, { onSuccess: onCreated });
  }

  return (
    <InlineForm
      label="New folder"
      errors={errors}
      pending={create.isPending}
      submitLabel="Create folder"
      onSubmit={submit}
      onCancel={onCancel}
      compact
    >
      <TextField
        id="new-folder-name"
        className="mb-2"
        label="Folder name"
        compactLabel
        size="sm"
        autoFocus
        maxLength={200}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fieldError('name')}
      />
      <FolderSelect
        id="new-folder-parent"
        orgId={orgId}
        className="mb-2"
        label="Inside"
        compact
        value={parentId}
        onChange={setParentId}
        emptyLabel="Top level"
        error={fieldError('parentId')}
      />
    </InlineForm>
  );
}
