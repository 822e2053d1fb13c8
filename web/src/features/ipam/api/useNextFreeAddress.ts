import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { NextFree } from '../types';

export interface NextFreeInput {
  orgId: string;
  subnetId: string;
}

/** The lowest usable address not yet documented; 409 when the subnet is full. */
export async function nextFreeAddress({ orgId, subnetId }: NextFreeInput): Promise<NextFree> {
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/subnets/{subnetId}/next-free', { params: { path: { orgId, subnetId } } }));
}

/** Asked on demand (a button), never cached: the answer changes with every address saved. */
export function useNextFreeAddress() {
  return useMutation({ mutationFn: nextFreeAddress, gcTime: 0 });
}
