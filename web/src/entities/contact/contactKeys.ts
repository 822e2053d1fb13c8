export interface ContactListParams {
  q: string;
  cursor: string | null;
  limit: number;
  /** `name` (the API's default, left out) or `-name`. */
  sort?: string;
}

/** The people of a client: the Contacts tab, and every select and name of an asset's contact. */
export const contactKeys = {
  all: (orgId: string) => ['contacts', orgId] as const,
  list: (orgId: string, params: ContactListParams) => [...contactKeys.all(orgId), 'list', params] as const,
  options: (orgId: string) => [...contactKeys.all(orgId), 'options'] as const,
};
