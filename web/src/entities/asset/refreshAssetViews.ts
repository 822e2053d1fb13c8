import type { QueryClient } from '@tanstack/react-query';
import { ipamKeys } from '../ipam/ipamKeys';
import { rackKeys } from '../rack/rackKeys';
import { assetKeys } from './assetKeys';

/**
 * After any write to an organisation's assets: every view that shows one refetches. The asset pages and pickers
 * read through assetKeys (IPAM and the port editor included); rack elevations and patch ports carry asset and
 * interface names; IPAM addresses lose an asset or interface that was removed.
 */
export function refreshAssetViews(queryClient: QueryClient, orgId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: assetKeys.lists(orgId) }),
    queryClient.invalidateQueries({ queryKey: assetKeys.details(orgId) }),
    queryClient.invalidateQueries({ queryKey: rackKeys.all(orgId) }),
    queryClient.invalidateQueries({ queryKey: ipamKeys.addresses(orgId) }),
  ]);
}

/** After a write elsewhere that an asset page shows (its IP addresses, its rack position): its details refetch. */
export function refreshAssetDetails(queryClient: QueryClient, orgId: string): Promise<unknown> {
  return queryClient.invalidateQueries({ queryKey: assetKeys.details(orgId) });
}
