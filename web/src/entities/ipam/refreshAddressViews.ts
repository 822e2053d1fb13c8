import type { QueryClient } from '@tanstack/react-query';
import { refreshAssetDetails } from '../asset/refreshAssetViews';
import { ipamKeys } from './ipamKeys';

/**
 * After an address or subnet is written: the address lists, every subnet's utilisation (a subnet and those
 * containing it), and the pages of the assets the addresses belong to.
 */
export function refreshAddressViews(queryClient: QueryClient, orgId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ipamKeys.addresses(orgId) }),
    queryClient.invalidateQueries({ queryKey: ipamKeys.subnets(orgId) }),
    refreshAssetDetails(queryClient, orgId),
  ]);
}
