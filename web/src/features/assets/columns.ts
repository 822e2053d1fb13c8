import { useCallback, useState } from 'react';

/** Columns of the asset table that can be hidden; name, type and status are always shown. */
export const optionalColumns = [
  { id: 'serial', label: 'Serial' },
  { id: 'manufacturer', label: 'Manufacturer' },
  { id: 'model', label: 'Model' },
  { id: 'ip', label: 'IP address' },
  { id: 'hostname', label: 'Hostname' },
  { id: 'location', label: 'Location' },
  { id: 'contact', label: 'Assigned to' },
  { id: 'warranty', label: 'Warranty' },
  { id: 'tags', label: 'Tags' },
  { id: 'macs', label: 'MAC addresses' },
  { id: 'updated', label: 'Updated' },
] as const;
export type OptionalColumn = (typeof optionalColumns)[number]['id'];

export const defaultColumns: readonly OptionalColumn[] = ['serial', 'model', 'ip', 'hostname', 'location', 'warranty', 'updated'];

const isColumn = (value: unknown): value is OptionalColumn => optionalColumns.some((c) => c.id === value);

/** Per organisation: the same person may track different things for different customers. Not a secret. */
export function columnsStorageKey(orgId: string): string {
  return `clientstor.assets.columns.${orgId}`;
}

export function loadColumns(orgId: string): OptionalColumn[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(columnsStorageKey(orgId)) ?? 'null');
    if (Array.isArray(stored)) return optionalColumns.map((c) => c.id).filter((id) => stored.filter(isColumn).includes(id));
  } catch {
    // Unreadable (or blocked) storage: fall back to the defaults.
  }
  return [...defaultColumns];
}

function saveColumns(orgId: string, columns: readonly OptionalColumn[]) {
  try {
    localStorage.setItem(columnsStorageKey(orgId), JSON.stringify(columns));
  } catch {
    // Storage full or blocked: the choice holds for this visit only.
  }
}

/** The optional columns shown for an organisation, remembered in localStorage. */
export function useColumnChoice(orgId: string) {
  const [state, setState] = useState(() => ({ orgId, columns: loadColumns(orgId) }));
  const columns = state.orgId === orgId ? state.columns : loadColumns(orgId);

  const toggle = useCallback(
    (column: OptionalColumn, shown: boolean) => {
      const next = optionalColumns.map((c) => c.id).filter((id) => (id === column ? shown : columns.includes(id)));
      saveColumns(orgId, next);
      setState({ orgId, columns: next });
    },
    [orgId, columns],
  );

  const reset = useCallback(() => {
    saveColumns(orgId, defaultColumns);
    setState({ orgId, columns: [...defaultColumns] });
  }, [orgId]);

  return { columns, shows: (column: OptionalColumn) => columns.includes(column), toggle, reset };
}
