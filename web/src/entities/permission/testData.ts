import type { PermissionCatalog } from './usePermissionCatalog';

export const catalog: PermissionCatalog = {
  modules: [
    {
      module: 'org',
      permissions: [
        { name: 'org.read', description: 'See the organisation, its members and roles' },
        { name: 'members.manage', description: 'Add and remove members' },
        { name: 'roles.manage', description: 'Create and change roles' },
      ],
    },
    {
      module: 'assets',
      permissions: [
        { name: 'assets.read', description: 'See assets' },
        { name: 'assets.write', description: 'Change assets' },
      ],
    },
  ],
};
