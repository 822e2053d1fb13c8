import { useState } from 'react';
import { SearchSelect } from '../../../components/SearchSelect';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { usePatchPanels } from '../api/usePatchPanels';
import type { PatchPanel } from '../types';
import { PICKER_SIZE } from './RackSelect';

export interface PanelSelectProps {
  id: string;
  orgId: string;
  /** The panel picked so far (it stays selectable while the search changes). */
  value: PatchPanel;
  onChange: (panel: PatchPanel) => void;
}

/** Picks any patch panel of the organisation, with its ports: a search by name over the paged panel list. */
export function PanelSelect({ id, orgId, value, onChange }: PanelSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const panels = usePatchPanels(orgId, { q, cursor: null, limit: PICKER_SIZE });
  return (
    <SearchSelect
      id={id}
      label="Panel"
      searchLabel="Find panel"
      placeholder="Panel name"
      noun="patch panels"
      search={search}
      onSearch={setSearch}
      query={panels}
      optionOf={(p) => ({ value: p.id, label: p.name })}
      value={value.id}
      pickedLabel={value.name}
      onChange={(_, panel) => panel && onChange(panel)}
      emptyLabel={null}
      className="mb-2"
    />
  );
}
