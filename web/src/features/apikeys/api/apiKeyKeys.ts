import type { ApiKeyListParams, ApiKeyOwner } from '../types';

function ownerKey(owner: ApiKeyOwner) {
  return owner.kind === 'org' ? owner.orgId : 'platform';
}

export const apiKeyKeys = {
  all: (owner: ApiKeyOwner) => ['apikeys', ownerKey(owner)] as const,
  lists: (owner: ApiKeyOwner) => [...apiKeyKeys.all(owner), 'list'] as const,
  list: (owner: ApiKeyOwner, params: ApiKeyListParams) => [...apiKeyKeys.lists(owner), params] as const,
};
