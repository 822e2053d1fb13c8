import { useState, type ReactNode } from 'react';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { ConfirmDialog, STALE_ACTION } from '../../../components/ConfirmDialog';
import { InlineForm, SelectField, TextField } from '../../../components/FormFields';
import { QueryState } from '../../../components/QueryState';
import { fieldMessage, formErrorsOf, hasStatus } from '../../../lib/problem';
import { useDeleteDocFolder, useDocFolders, useSaveDocFolder } from '../api/useDocFolders';
import { useUnfiledCount } from '../api/useUnfiledCount';
import { buildFolderTree, folderOptions, type FolderTreeNode } from '../folderTree';
import { folderFormFields, type DocFolder, type FolderChoice } from '../types';
import { Icon, type IconName } from './Icons';

export interface DocFolderTreeProps {
  orgId: string;
  selected: FolderChoice;
  onSelect: (choice: FolderChoice) => void;
  canWrite: boolean;
  /** What the page lists in the folders: the root's name and the folders' counts follow it (Unfiled is counted for articles only). */
  content?: 'articles' | 'diagrams';
}

const sameChoice = (a: FolderChoice, b: FolderChoice) => a.kind === b.kind && (a.kind !== 'folder' || (b.kind === 'folder' && a.id === b.id));

/**
 * The knowledge base's folders as a tree: "All articles", "Unfiled", then the folders nested, each with its count
 * of articles. Beside the diagrams the root is "All diagrams" and the folders count their diagrams. With docs.write: a
 * new folder (inside the one chosen), and rename or delete the chosen one when it holds no article, diagram or folder.
 */
export function DocFolderTree({ orgId, selected, onSelect, canWrite, content = 'articles' }: DocFolderTreeProps) {
  const counted = content === 'articles';
  const folders = useDocFolders(orgId);
  const [editing, setEditing] = useState<'new' | 'rename' | null>(null);
  const [deleting, setDeleting] = useState<DocFolder | null>(null);
  const remove = useDeleteDocFolder();
  const unfiled = useUnfiledCount(orgId, counted);
  const all = folders.data ?? [];
  const current = selected.kind === 'folder' ? all.find((f) => f.id === selected.id) : undefined;
  const isEmpty = current && current.articleCount === 0 && current.diagramCount === 0 && !all.some((f) => f.parentId === current.id);
  const noun = counted ? 'articles' : 'diagrams';

  const entry = (choice: FolderChoice, icon: IconName, label: ReactNode, count?: number, more = false) => {
    const active = sameChoice(choice, selected);
    return (
      <Button
        variant={active ? 'primary' : 'link'}
        size="sm"
        className={`w-100 text-start d-flex align-items-center gap-2 mb-1 ${active ? '' : 'text-body text-decoration-none'}`}
        aria-current={active ? 'true' : undefined}
        onClick={() => onSelect(choice)}
      >
        <Icon name={icon} />
        <span className="text-truncate flex-grow-1">{label}</span>
        {count !== undefined && (
          <Badge bg={active ? 'light' : 'secondary'} text={active ? 'dark' : undefined} pill>
            {count}
            {more && '+'}
            <span className="visually-hidden"> {noun}</span>
          </Badge>
        )}
      </Button>
    );
  };

  const branch = (nodes: FolderTreeNode[], depth: number): ReactNode =>
    nodes.length > 0 && (
      <ul className="list-unstyled mb-0" style={depth > 0 ? { paddingLeft: '0.9rem', borderLeft: '1px solid var(--bs-border-color)', marginLeft: '0.6rem' } : undefined}>
        {nodes.map((node) => (
          <li key={node.folder.id}>
            {entry({ kind: 'folder', id: node.folder.id }, 'folder', node.folder.name, counted ? node.folder.articleCount : node.folder.diagramCount)}
            {branch(node.children, depth + 1)}
          </li>
        ))}
      </ul>
    );

  const closeDelete = () => {
    if (hasStatus(remove.error, 412)) void folders.refetch();
    remove.reset();
    setDeleting(null);
  };

  return (
    <nav aria-label="Knowledge base folders">
      <div className="small fw-semibold text-body-secondary text-uppercase mb-2" aria-hidden="true">
        Folders
      </div>
      {entry({ kind: 'all' }, 'stack', counted ? 'All articles' : 'All diagrams')}
      {entry({ kind: 'unfiled' }, 'inbox', 'Unfiled', counted ? unfiled.data?.count : undefined, unfiled.data?.more)}
      <QueryState query={folders} what="folders" inline inOrg>
        {(list) => (list.length === 0 ? <p className="small text-body-secondary my-2">No folders yet.</p> : branch(buildFolderTree(list), 0))}
      </QueryState>
      {canWrite && editing === null && (
        <div className="d-flex flex-wrap gap-2 mt-2">
          <Button variant="outline-secondary" size="sm" className="d-inline-flex align-items-center gap-1" onClick={() => setEditing('new')}>
            <Icon name="plus" size={14} /> New folder
          </Button>
          {current && (
            <Button variant="outline-secondary" size="sm" onClick={() => setEditing('rename')} aria-label={`Rename folder ${current.name}`}>
              Rename
            </Button>
          )}
          {current && isEmpty && (
            <Button variant="outline-danger" size="sm" onClick={() => setDeleting(current)} aria-label={`Delete folder ${current.name}`}>
              Delete
            </Button>
          )}
        </div>
      )}
      {canWrite && editing !== null && (
        <FolderForm
          key={editing}
          orgId={orgId}
          folders={all}
          folder={editing === 'rename' ? current : undefined}
          defaultParentId={current?.id ?? ''}
          onDone={(folder) => {
            setEditing(null);
            if (folder) onSelect({ kind: 'folder', id: folder.id });
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog title="Delete folder" confirmLabel="Delete folder" pending={remove.isPending} error={remove.error} conflict={STALE_ACTION} onClose={closeDelete}
          onConfirm={() =>
            remove.mutate({ orgId, folderId: deleting.id, etag: deleting.etag }, {
              onSuccess: () => {
                onSelect({ kind: 'all' });
                closeDelete();
              },
            })
          }>
          Delete the empty folder <strong>{deleting.name}</strong>? Only an empty folder can be deleted.
        </ConfirmDialog>
      )}
    </nav>
  );
}

interface FolderFormProps {
  orgId: string;
  folders: readonly DocFolder[];
  /** Renaming this folder; a new one without it. */
  folder?: DocFolder;
  defaultParentId: string;
  onDone: (saved: DocFolder | null) => void;
}

function FolderForm({ orgId, folders, folder, defaultParentId, onDone }: FolderFormProps) {
  const [name, setName] = useState(folder?.name ?? '');
  const [parentId, setParentId] = useState(defaultParentId);
  const save = useSaveDocFolder();
  const errors = formErrorsOf(save.error, folderFormFields);

  function submit() {
    const input = folder
      ? { orgId, folderId: folder.id, etag: folder.etag, body: { name: name.trim() } }
      : { orgId, body: { name: name.trim(), ...(parentId ? { parentId } : {}) } };
    save.mutate(input, { onSuccess: (saved) => onDone(saved) });
  }

  return (
    <InlineForm label={folder ? 'Rename folder' : 'New folder'} errors={errors} pending={save.isPending} submitLabel={folder ? 'Rename' : 'Create folder'}
      onSubmit={submit} onCancel={() => onDone(null)} compact>
      <TextField id="doc-folder-name" className="mb-2" label="Folder name" compactLabel size="sm" autoFocus maxLength={200} value={name}
        onChange={(e) => setName(e.target.value)} error={fieldMessage(errors, 'name')} />
      {!folder && (
        <SelectField id="doc-folder-parent" className="mb-2" label="Inside" compactLabel size="sm" value={parentId} onChange={(e) => setParentId(e.target.value)}
          options={folderOptions(folders)} error={fieldMessage(errors, 'parentId')}>
          <option value="">Top level</option>
        </SelectField>
      )}
    </InlineForm>
  );
}
