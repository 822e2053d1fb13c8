import { KNOWLEDGE_BASE_PATH, knowledgeBaseArticlePath } from '../../entities/knowledgeBase/useKnowledgeBase';
import type { SearchItem } from './types';

/**
 * Where a search result opens: its own page, or the page of the client that lists it. An article or a diagram of the
 * MSP knowledge base (`kbOrgId`) opens under /kb: it has no organisation pages.
 */
export function itemPath(item: SearchItem, kbOrgId?: string): string {
  if (kbOrgId && item.orgId === kbOrgId) {
    if (item.type === 'article') return knowledgeBaseArticlePath(item.id);
    if (item.type === 'diagram') return `${KNOWLEDGE_BASE_PATH}/diagrams/${item.id}`;
  }
  const org = `/orgs/${item.orgId}`;
  switch (item.type) {
    case 'org':
      return org;
    case 'asset':
      return `${org}/assets/${item.id}`;
    case 'credential':
      return `${org}/vault/${item.id}`;
    case 'contact':
      return `${org}/contacts?${new URLSearchParams({ q: item.title })}`;
    case 'location':
      return `${org}/locations?${new URLSearchParams({ q: item.title })}`;
    case 'subnet':
      return `${org}/ipam/subnets/${item.id}`;
    case 'ipAddress':
      // The subnet page filters its addresses by q: open it on this one.
      return item.parentId ? `${org}/ipam/subnets/${item.parentId}?${new URLSearchParams({ q: item.title })}` : `${org}/ipam`;
    case 'vlan':
      return `${org}/ipam?${new URLSearchParams({ vlan: item.id })}`;
    case 'rack':
      return `${org}/racks/${item.id}`;
    case 'article':
      return `${org}/docs/articles/${item.id}`;
    case 'diagram':
      return `${org}/docs/diagrams/${item.id}`;
    case 'floor_plan':
      return `${org}/docs/floor-plans/${item.id}`;
    case 'attachment':
      return attachmentParentPath(org, item.parentType, item.parentId);
    default:
      return org;
  }
}

/** A file opens on the page of what it is attached to, where its list and download are. */
function attachmentParentPath(org: string, parentType: string | null | undefined, parentId: string | null | undefined): string {
  if (!parentId) return org;
  switch (parentType) {
    case 'article':
      return `${org}/docs/articles/${parentId}`;
    case 'asset':
      return `${org}/assets/${parentId}`;
    case 'credential':
      return `${org}/vault/${parentId}`;
    default:
      return org;
  }
}

/** The client's list of one type, filtered by `q` where the list has a search: for "more results" notes. */
export function typeListPath(type: string, orgId: string, q: string, kbOrgId?: string): string | null {
  const org = `/orgs/${orgId}`;
  const withQ = (path: string) => `${path}?${new URLSearchParams({ q })}`;
  if (kbOrgId && orgId === kbOrgId) {
    if (type === 'diagram') return `${KNOWLEDGE_BASE_PATH}?${new URLSearchParams({ view: 'diagrams', q })}`;
    return type === 'article' ? withQ(KNOWLEDGE_BASE_PATH) : null;
  }
  switch (type) {
    case 'org':
      return withQ('/orgs');
    case 'asset':
      return withQ(`${org}/assets`);
    case 'credential':
      return withQ(`${org}/vault`);
    case 'contact':
      return withQ(`${org}/contacts`);
    case 'location':
      return withQ(`${org}/locations`);
    case 'subnet':
    case 'vlan':
      return withQ(`${org}/ipam`);
    case 'rack':
      return withQ(`${org}/racks`);
    case 'article':
      return withQ(`${org}/docs`);
    case 'diagram':
      return `${org}/docs?${new URLSearchParams({ view: 'diagrams', q })}`;
    case 'floor_plan':
      return `${org}/docs?${new URLSearchParams({ view: 'floor-plans', q })}`;
    default:
      return null;
  }
}

const fieldLabels: Record<string, string> = {
  name: 'Name',
  serial: 'Serial',
  serialNumber: 'Serial',
  macAddress: 'MAC address',
  ipAddress: 'IP address',
  address: 'Address',
  hostname: 'Hostname',
  username: 'Username',
  url: 'URL',
  email: 'Email',
  phone: 'Phone',
  network: 'Network',
  number: 'Number',
  slug: 'Slug',
  vid: 'VLAN ID',
  fileName: 'File name',
  content: 'Text',
  labels: 'Shape labels',
};

/** A matched field's name for people: `macAddress` → "MAC address". */
export function fieldLabel(field: string): string {
  if (fieldLabels[field]) return fieldLabels[field];
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
