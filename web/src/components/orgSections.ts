/** One destination among an organisation's pages: a tab, or an entry of the Manage menu. */
export interface OrgSection {
  label: string;
  /** Under `/orgs/:orgId`; '' is the organisation's landing page. */
  path: string;
  /** Every one of these is needed to see the section (the API checks the same on the page's calls). */
  permissions: readonly string[];
}

/** The tabs, in the order technicians use them. Overview is the landing page `/orgs/:orgId`. */
export const orgTabs: readonly OrgSection[] = [
  { label: 'Overview', path: '', permissions: [] },
  { label: 'Assets', path: 'assets', permissions: ['assets.read'] },
  { label: 'Vault', path: 'vault', permissions: ['vault.read'] },
  { label: 'Docs', path: 'docs', permissions: ['docs.read'] },
  { label: 'Contacts', path: 'contacts', permissions: ['assets.read'] },
  { label: 'Locations', path: 'locations', permissions: ['assets.read'] },
  { label: 'IPAM', path: 'ipam', permissions: ['ipam.read'] },
  { label: 'Racks', path: 'racks', permissions: ['assets.read'] },
  { label: 'Discovery', path: 'discovery', permissions: ['assets.write', 'ipam.write'] },
  { label: 'Audit log', path: 'audit', permissions: ['audit.read'] },
];

/** Administration of the organisation, behind the "Manage" menu. */
export const orgManageSections: readonly OrgSection[] = [
  { label: 'Settings', path: 'settings', permissions: ['org.read'] },
  { label: 'Members', path: 'members', permissions: ['org.read'] },
  { label: 'Roles', path: 'roles', permissions: ['org.read'] },
  { label: 'API keys', path: 'api-keys', permissions: ['apikeys.manage'] },
];

/** The sections the user may see, by `can(permission)` in this organisation. */
export function allowedSections(sections: readonly OrgSection[], can: (permission: string) => boolean): OrgSection[] {
  return sections.filter((s) => s.permissions.every(can));
}

/** Where a section lives. */
export function sectionHref(orgId: string, section: OrgSection): string {
  return section.path ? `/orgs/${orgId}/${section.path}` : `/orgs/${orgId}`;
}
