import type { paths } from '../../api/schema';

// Derived through paths, not component names: schema names follow the API's class names.
type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type NmapImportResult = JsonOf<paths['/api/v1/orgs/{orgId}/discovery/nmap']['post']['responses'][200]>;
export type DiscoveredHost = NmapImportResult['items'][number];

export const hostActions = {
  created: { bg: 'success', planned: 'Will create', done: 'Created' },
  updated: { bg: 'info', planned: 'Will update', done: 'Updated' },
  unchanged: { bg: 'secondary', planned: 'Unchanged', done: 'Unchanged' },
  conflict: { bg: 'warning', planned: 'Conflict', done: 'Conflict' },
} as const;
export type HostAction = keyof typeof hostActions;

export const matchedByLabels: Record<string, string> = { mac: 'MAC address', ip: 'IP address', hostname: 'Hostname' };
