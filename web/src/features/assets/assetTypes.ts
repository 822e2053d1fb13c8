import { assetStatuses, type AssetType } from './types';

// Built-in types come from the API as bare keys; these are what people read.
const builtInNames: Record<string, string> = {
  workstation: 'Workstation',
  server: 'Server',
  laptop: 'Laptop',
  switch: 'Switch',
  router: 'Router',
  firewall: 'Firewall',
  'access-point': 'Access point',
  printer: 'Printer',
  phone: 'Phone',
  ups: 'UPS',
  other: 'Other',
};

export function assetTypeName(type: AssetType): string {
  return type.builtIn ? (builtInNames[type.key] ?? type.name) : type.name;
}

/** The readable name of a type key; a key missing from the list (e.g. still loading) is shown as is. */
export function typeLabel(key: string, types: readonly AssetType[] | undefined): string {
  const type = types?.find((t) => t.key === key);
  return type ? assetTypeName(type) : (builtInNames[key] ?? key);
}

export function findCustomType(key: string, types: readonly AssetType[] | undefined): AssetType | undefined {
  return types?.find((t) => t.key === key && !t.builtIn);
}

export function statusLabel(status: string): string {
  return assetStatuses.find((s) => s.value === status)?.label ?? status;
}

export function statusBg(status: string): string {
  return assetStatuses.find((s) => s.value === status)?.bg ?? 'secondary';
}
