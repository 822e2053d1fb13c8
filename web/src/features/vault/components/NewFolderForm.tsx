import { useState } from 'react';
import { InlineForm, SelectField, TextField } from '../../../components/FormFields';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useCreateFolder } from '../api/useCreateFolder';
import type { FolderNode } from '../folders';
import { folderFormFields, type Folder, type FolderFormField } from '../types';

export interface NewFolderFormProps {
  orgId: string;
  tree: FolderNode[];
  /** Pre-selected parent (the folder being viewed), or '' for the top level. */
  defaultParentId: string;
  onCreated: (folder: Folder) => void;
  onCancel: () => void;
}

export function NewFolderForm({ orgId, tree, defaultParentId, onCreated, onCancel }: NewFolderFormProps) {
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
      <SelectField
        id="new-folder-parent"
        className="mb-2"
        label="Inside"
        compactLabel
        size="sm"
        value={parentId}
        onChange={(e) => setParentId(e.target.value)}
        error={fieldError('parentId')}
        options={tree.map(({ folder, depth }) => ({ value: folder.id, label: `${'\u00a0\u00a0'.repeat(depth)}${folder.name}` }))}
      >
        <option value="">Top level</option>
      </SelectField>
    </InlineForm>
  );
}
