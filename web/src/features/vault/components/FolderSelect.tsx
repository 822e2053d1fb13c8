import { useState } from 'react';
import { SearchSelect } from '../../../components/SearchSelect';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useFolder, useFolders } from '../api/useFolders';

/** Matches offered at once; the search finds the others. */
const PICKER_SIZE = 20;

export interface FolderSelectProps {
  id: string;
  orgId: string;
  label: string;
  value: string;
  onChange: (folderId: string) => void;
  /** The empty choice ("No folder", "Top level"). */
  emptyLabel: string;
  error?: string;
  /** Small controls, for the folder sidebar. */
  compact?: boolean;
  className?: string;
}

/** Picks any folder of the vault: a search by name over the paged folder list; a pre-set folder shows by name. */
export function FolderSelect({ id, orgId, label, value, onChange, emptyLabel, error, compact = false, className }: FolderSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const folders = useFolders(orgId, { q, cursor: null, limit: PICKER_SIZE });
  const picked = useFolder(orgId, value);
  return (
    <SearchSelect
      id={id}
      label={label}
      searchLabel="Find folder"
      placeholder="Folder name"
      noun="folders"
      search={search}
      onSearch={setSearch}
      query={folders}
      optionOf={(f) => ({ value: f.id, label: f.name })}
      value={value}
      pickedLabel={picked.data?.name ?? (picked.isSuccess ? 'Deleted folder' : 'Loading…')}
      onChange={(folderId) => onChange(folderId)}
      emptyLabel={emptyLabel}
      error={error}
      size={compact ? 'sm' : undefined}
      compactLabel={compact}
      className={className}
    />
  );
}
