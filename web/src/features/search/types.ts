import type { JsonOf, paths } from '../../api/types';

export type SearchResponse = JsonOf<paths['/api/v1/search']['get']['responses'][200]>;
export type SearchGroup = SearchResponse['groups'][number];
export type SearchItem = SearchGroup['items'][number];

export interface SearchParams {
  q: string;
  /** Empty: every type. */
  types: readonly string[];
  orgId: string;
  limit: number;
}

/** The types the API searches, in its order, with the labels the filters show. */
export const searchTypes = [
  { value: 'org', label: 'Clients' },
  { value: 'asset', label: 'Assets' },
  { value: 'credential', label: 'Credentials' },
  { value: 'contact', label: 'Contacts' },
  { value: 'location', label: 'Locations' },
  { value: 'subnet', label: 'Subnets' },
  { value: 'ipAddress', label: 'IP addresses' },
  { value: 'vlan', label: 'VLANs' },
  { value: 'rack', label: 'Racks' },
  { value: 'article', label: 'Articles' },
  { value: 'diagram', label: 'Diagrams' },
  { value: 'floor_plan', label: 'Floor plans' },
  { value: 'attachment', label: 'Files' },
] as const;

export type SearchType = (typeof searchTypes)[number]['value'];

export function isSearchType(value: string): value is SearchType {
  return searchTypes.some((t) => t.value === value);
}

/** The API answers 400 below two characters: nothing is asked before. */
export const MIN_QUERY = 2;
