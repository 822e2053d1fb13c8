import { useState, type ReactNode } from 'react';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { ConfirmAction } from '../../../components/ConfirmDialog';
import { SearchField } from '../../../components/FormFields';
import { Pager } from '../../../components/Pager';
import { useCursorStack } from '../../../lib/cursorStack';
import { errorMessage } from '../../../lib/problem';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useDeleteFolder } from '../api/useDeleteFolder';
import { useFolders } from '../api/useFolders';
import { credentialCount, folderTree } from '../folders';
import type { Folder } from '../types';
import { NewFolderForm } from './NewFolderForm';

export interface FolderListProps {
  orgId: string;
  /** The folder being viewed, or '' for all credentials. */
  selected: string;
  onSelect: (folderId: string) => void;
  canWrite: boolean;
}

const inactiveItem = 'bg-body-tertiary text-body text-decoration-none';

/** Folders per page of the sidebar; a vault with more pages through them or searches. */
const PAGE_SIZE = 100;

/**
 * The vault's folders as a tree, a page at a time by name: "All", each folder with its count, and (with vault.write)
 * new and delete-when-empty. A search lists the matching folders; a folder whose parent is on another page (or does
 * not match) shows at the top level.
 */
export function FolderList({ orgId, selected, onSelect, canWrite }: FolderListProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const paging = useCursorStack(JSON.stringify([orgId, q]));
  const folders = useFolders(orgId, { q, cursor: paging.cursor, limit: PAGE_SIZE });
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Folder | null>(null);
  const remove = useDeleteFolder();
  const tree = folderTree(folders.data?.items ?? []);

  const item = (key: string, active: boolean, onClick: () => void, content: ReactNode, depth = 0, extra?: ReactNode) => (
    <li key={key} className="d-flex align-items-center" style={{ paddingLeft: `${depth * 0.75}rem` }}>
      <Button
        // Not `light`: it glares in dark mode; the tertiary background follows the colour mode.
        variant={active ? 'primary' : 'link'}
        size="sm"
        className={`flex-grow-1 text-start d-flex justify-content-between align-items-center mb-1 ${active ? '' : inactiveItem}`}
        aria-current={active ? 'true' : undefined}
        onClick={onClick}
      >
        {content}
      </Button>
      {extra}
    </li>
  );

  return (
    <nav aria-label="Folders">
      <h2 className="h6 text-body-secondary text-uppercase small">Folders</h2>
      <SearchField id="vault-folder-search" label="Find folder" placeholder="Find folder" size="sm" className="mb-2" value={search} onChange={setSearch} />
      <ul className="list-unstyled mb-2" aria-busy={folders.isFetching}>
        {item('all', selected === '', () => onSelect(''), <span>All credentials</span>)}
        {tree.map(({ folder, depth, hasChildren }) =>
          item(
            folder.id,
            selected === folder.id,
            () => onSelect(folder.id),
            <>
              <span className="text-truncate">{folder.name}</span>
              <Badge bg={selected === folder.id ? 'light' : 'secondary'} text={selected === folder.id ? 'dark' : undefined} pill className="ms-2">
                {credentialCount(folder)}
              </Badge>
            </>,
            depth,
            canWrite && credentialCount(folder) === 0 && !hasChildren ? (
              <Button
                variant="link"
                size="sm"
                className="text-danger px-1 mb-1"
                aria-label={`Delete folder ${folder.name}`}
                title="Delete this empty folder"
                onClick={() => setDeleting(folder)}
              >
                ×
              </Button>
            ) : undefined,
          ),
        )}
      </ul>
      {folders.isSuccess && tree.length === 0 && <p className="small text-body-secondary mb-2">{q ? `No folders match “${q}”.` : 'No folders yet.'}</p>}
      {folders.data && <Pager paging={paging} nextCursor={folders.data.nextCursor} busy={folders.isFetching} label="Folder pages" />}
      {folders.isPending && (
        <Spinner animation="border" size="sm" role="status">
          <span className="visually-hidden">Loading folders…</span>
        </Spinner>
      )}
      {folders.isError && (
        <div className="text-danger small mb-2">
          Could not load folders: {errorMessage(folders.error)}{' '}
          <Button variant="link" size="sm" className="p-0" onClick={() => void folders.refetch()}>
            Retry
          </Button>
        </div>
      )}
      {canWrite &&
        (adding ? (
          <NewFolderForm
            orgId={orgId}
            defaultParentId={selected}
            onCancel={() => setAdding(false)}
            onCreated={(folder) => {
              setAdding(false);
              onSelect(folder.id);
            }}
          />
        ) : (
          <Button variant="outline-secondary" size="sm" onClick={() => setAdding(true)}>
            New folder
          </Button>
        ))}
      <ConfirmAction
        item={deleting}
        title="Delete folder"
        confirmLabel="Delete folder"
        mutation={remove}
        variables={(folder) => ({ orgId, folderId: folder.id, etag: folder.etag })}
        onDone={(folder) => selected === folder.id && onSelect('')}
        onClose={() => setDeleting(null)}
      >
        {(folder) => (
          <>
            Delete the empty folder <strong>{folder.name}</strong>?
          </>
        )}
      </ConfirmAction>
    </nav>
  );
}
