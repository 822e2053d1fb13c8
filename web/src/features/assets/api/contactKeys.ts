import type { ContactListParams } from '../types';

/** The people assets are assigned to: read only by the assets pages (the directory, the form, the asset page). */
export const contactKeys = {
  all: (orgId: string) => ['contacts', orgId] as const,
  list: (orgId: string, params: ContactListParams) => [...contactKeys.all(orgId), 'list', params] as const,
  options: (orgId: string) => [...contactKeys.all(orgId), 'options'] as const,
};
