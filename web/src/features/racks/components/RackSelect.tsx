import { useState } from 'react';
import { SearchSelect } from '../../../components/SearchSelect';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useRacks } from '../api/useRacks';

/** Matches offered at once; the search finds the others. */
export const PICKER_SIZE = 20;

export interface RackSelectProps {
  id: string;
  orgId: string;
  value: string;
  onChange: (rackId: string) => void;
  /** The empty choice ("Not in a rack"). */
  emptyLabel: string;
  error?: string;
}

/** Picks any rack of the organisation: a search by name over the paged rack list. */
export function RackSelect({ id, orgId, value, onChange, emptyLabel, error }: RackSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const racks = useRacks(orgId, { q, locationId: '', cursor: null, limit: PICKER_SIZE });
  return (
    <SearchSelect
      id={id}
      label="Rack"
      searchLabel="Find rack"
      placeholder="Rack name"
      noun="racks"
      search={search}
      onSearch={setSearch}
      query={racks}
      optionOf={(r) => ({ value: r.id, label: r.name })}
      value={value}
      onChange={(rackId) => onChange(rackId)}
      emptyLabel={emptyLabel}
      error={error}
      className=""
    />
  );
}
