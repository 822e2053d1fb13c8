import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configureAuth } from '../../../api/client';
import { assetKeys } from '../../../entities/asset/assetKeys';
import { ipamKeys } from '../../../entities/ipam/ipamKeys';
import { rackKeys } from '../../../entities/rack/rackKeys';
import { json, mockFetch } from '../../../test/render';
import { coreSwitch, orgId } from '../testData';
import { useUpdateAsset } from './useUpdateAsset';

afterEach(() => {
  vi.unstubAllGlobals();
  configureAuth(null);
});

/** What the other modules cache about the organisation's assets, by the keys their pages read. */
const views = {
  // IPAM names each address's asset and offers its interfaces; the port editor offers an asset's interfaces.
  assetDetail: assetKeys.detail(orgId, coreSwitch.id),
  // Every asset picker (IPAM address form, rack mount form, port editor) searches the asset list.
  assetSearch: assetKeys.list(orgId, { q: 'core', cursor: null, limit: 20 }),
  // Rack elevations and patch ports carry the asset's and its interfaces' names.
  rackElevation: rackKeys.elevation(orgId, 'r-a'),
  patchPanels: rackKeys.panels(orgId),
  // IPAM address lists refer to the asset and its interfaces.
  ipamAddresses: ipamKeys.addressList(orgId, { subnetId: 's-1', q: '', cursor: null, limit: 100 }),
};

describe('useUpdateAsset', () => {
  it('invalidates every view of the asset: the asset pages, IPAM and the racks, and nothing of other organisations', async () => {
    configureAuth({ getAccessToken: () => Promise.resolve('test-token'), renew: () => Promise.resolve(null), onUnauthenticated: () => {} });
    const { calls } = mockFetch(() => json({ ...coreSwitch, name: 'Core switch 2' }));
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    for (const key of Object.values(views)) queryClient.setQueryData(key, { seeded: true });
    const otherOrg = assetKeys.detail('another-org', coreSwitch.id);
    queryClient.setQueryData(otherOrg, { seeded: true });
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;

    const { result } = renderHook(() => useUpdateAsset(), { wrapper });
    await result.current.mutateAsync({ orgId, assetId: coreSwitch.id, etag: coreSwitch.etag, changes: { name: 'Core switch 2' } });

    expect(calls[0].method).toBe('PATCH');
    expect(calls[0].headers.get('If-Match')).toBe(coreSwitch.etag);
    const invalidated = Object.fromEntries(Object.entries(views).map(([view, key]) => [view, queryClient.getQueryState(key)?.isInvalidated]));
    expect(invalidated).toEqual({ assetDetail: true, assetSearch: true, rackElevation: true, patchPanels: true, ipamAddresses: true });
    expect(queryClient.getQueryState(otherOrg)?.isInvalidated).toBe(false);
  });
});
